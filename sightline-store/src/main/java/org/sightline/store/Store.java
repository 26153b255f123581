package org.sightline.store;

import java.util.List;
import java.util.Optional;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;

/**
 * Where documents and what was read out of them are kept. Implementations: {@link SqliteStore}
 * (embedded default) and {@link PostgresStore} (shared), opened from a {@code --db} value by
 * {@link StoreLocator}; both pass the same contract tests ({@code StoreContract} and
 * {@code JudgementContract} in this module's test jar).
 *
 * <p>Each document's entities are kept as the document saw them; the stored entities are built
 * from them: same knowledge-base id, else same type and {@link org.sightline.core.Names#key name
 * key} (of the preferred name or any alias), and the analysts' judgements (merge, split, reject),
 * which are kept, reversible, and applied again whenever the entities are rebuilt.
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

    /**
     * Documents whose title or text hold every word of {@code query} (case and diacritics ignored,
     * no stemming; punctuation is a space and search syntax such as OR or quotes means nothing), best
     * match first, at most {@code limit}. A query without words finds nothing.
     */
    List<DocumentHit> searchDocuments(String query, int limit);

    /** All entities, or those of one type when {@code type} is not null, by name. */
    List<StoredEntity> entities(EntityType type);

    Optional<StoredEntity> entity(long id);

    /** Entities whose name or an alias has the same name key as {@code name}. */
    List<StoredEntity> findEntities(String name);

    List<StoredClaim> claims(ClaimQuery query);

    /**
     * The document entities of these stored entities (each document's own name, aliases, type,
     * knowledge-base link and mention count), by entity id, then document ingest order. Unknown
     * ids are ignored.
     */
    List<DocumentEntity> documentEntities(java.util.Collection<Long> entityIds);

    /** One claim by id, with its evidence and attribution, rejected or not. */
    Optional<StoredClaim> claim(long id);

    /**
     * Every claim that is not rejected, in claim id order, without evidence or attribution, read
     * in one streaming pass (for building an in-memory graph of the whole store). {@code each}
     * must not call back into the store.
     */
    void forEachClaim(java.util.function.Consumer<StoredClaimRow> each);

    /**
     * Every claim with its evidence, attribution chain and document title and outlet, in claim id
     * order, rejected ones too when {@code includeRejected}: what an export writes, read in one
     * streaming pass rather than a query per claim. {@code each} must not call back into the store.
     * The default goes through {@link #claims}, so a view that filters claims filters these too.
     */
    default void forEachClaimWithEvidence(boolean includeRejected, java.util.function.Consumer<StoredClaim> each) {
        ClaimQuery all = includeRejected ? ClaimQuery.ALL.withRejected() : ClaimQuery.ALL;
        claims(all).stream().sorted(java.util.Comparator.comparingLong(StoredClaim::id)).forEach(each);
    }

    /**
     * Every claim's relation, document and innermost speaker, in claim id order, rejected ones too
     * when {@code includeRejected}: a first pass for an export that counts independent sources,
     * lighter than {@link #forEachClaimWithEvidence} (no quotes, names or chains). The default goes
     * through that method, so a view that filters it filters this too.
     */
    default void forEachClaimOrigin(boolean includeRejected, java.util.function.Consumer<ClaimOrigin> each) {
        forEachClaimWithEvidence(includeRejected, c -> each.accept(new ClaimOrigin(c.id(), c.type(), c.subject().id(), c.object().id(),
                c.evidence().documentId(), c.attributedTo().isEmpty() ? -1 : c.attributedTo().get(0).id(), c.rejectedBy() != null)));
    }

    /** Like {@link #forEachClaim}, for the claims stored after claim {@code afterId} (ids only grow). */
    void forEachClaimAfter(long afterId, java.util.function.Consumer<StoredClaimRow> each);

    /**
     * What an in-memory graph needs to know to stay current: claims are only ever added (with
     * growing ids) unless the epoch changes, which it does whenever entities are rebuilt or a claim
     * is rejected or restored.
     */
    StoreVersion version();

    StoreStats stats();

    /** The stored entity each of these document entities belongs to now (for judgements' results). */
    List<Long> entitiesOfDocEntities(List<Long> docEntityIds);

    /**
     * Judges {@code other} to be the same as {@code keep}: the entities are rebuilt with both as
     * one, under {@code keep}'s id and name.
     */
    Judgement merge(long keep, long other, String madeBy, String why);

    /**
     * Judges that the document entities of {@code entityId} that a document called by one of
     * {@code names} (name or alias, compared by name key), or that one of {@code documentIds}
     * named, are another entity: they move to a new entity, named {@code newName} and typed
     * {@code newType} when given (else as the document named them), and linked to no
     * knowledge-base entry (a wrong link is what a split usually undoes).
     *
     * @throws IllegalArgumentException when nothing matches, or everything does
     */
    Judgement split(long entityId, List<String> names, List<String> documentIds, String newName,
                    org.sightline.core.EntityType newType, String madeBy, String why);

    /** Judges a claim wrong: it is kept, with its evidence, but left out of {@link #claims} answers. */
    Judgement reject(long claimId, String madeBy, String why);

    /** Takes back a judgement; the entities are rebuilt without it. */
    Judgement revert(long judgementId, String revertedBy);

    /** Every judgement, oldest first, reverted ones included. */
    List<Judgement> judgements();

    /** Recomputes the entities from every document's entities and the active judgements. */
    RebuildResult rebuildEntities();

    @Override
    void close();
}
