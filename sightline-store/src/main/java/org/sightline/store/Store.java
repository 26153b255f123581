package org.sightline.store;

import java.util.List;
import java.util.Optional;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;

/**
 * Where documents and what was read out of them are kept. Implementations: {@link SqliteStore}
 * (embedded default); PostgreSQL comes later and must pass the same contract tests
 * ({@code StoreContract} in this module's test jar).
 *
 * <p>Entities are merged across documents by type and {@link org.sightline.core.Names#key name key}
 * (of the preferred name or any alias); the reference knowledge base will refine this later.
 */
public interface Store extends AutoCloseable {

    /**
     * Stores a document, its entities, mentions and claims with their evidence and attribution,
     * in one transaction: on any failure nothing of it is written. A document already present
     * (same id) is left as it is and the result says so.
     */
    SaveResult save(Extraction extraction);

    boolean containsDocument(String documentId);

    Optional<StoredDocument> document(String documentId);

    /** All documents, oldest ingest first, without their text. */
    List<StoredDocument> documents();

    /** All entities, or those of one type when {@code type} is not null, by name. */
    List<StoredEntity> entities(EntityType type);

    Optional<StoredEntity> entity(long id);

    /** Entities whose name or an alias has the same name key as {@code name}. */
    List<StoredEntity> findEntities(String name);

    List<StoredClaim> claims(ClaimQuery query);

    StoreStats stats();

    @Override
    void close();
}
