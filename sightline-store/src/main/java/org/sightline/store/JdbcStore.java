package org.sightline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;
import org.sightline.core.NameKey;

/**
 * A {@link Store} over one JDBC connection: every method of the contract, written once for SQLite
 * and PostgreSQL; what differs is the {@link SqlDialect}. Methods are synchronized because a JDBC
 * connection is not safe to share between threads mid-statement.
 */
abstract class JdbcStore implements Store {
    /** Where the store is, for messages: a file, or a database URL without its password. */
    final String where;
    final Connection connection;
    private final SqlDialect dialect;
    private final DocumentRows documents;
    private final EntityRows entities;
    private final ClaimRows claims;
    private final ExtractionWriter writer;
    private final JudgementRows judgements;
    private final EntityRebuild rebuild;

    private final NameKey nameKey;

    JdbcStore(String where, Connection connection, NameKey nameKey, SqlDialect dialect) {
        this.where = where;
        this.connection = connection;
        this.nameKey = nameKey;
        this.dialect = dialect;
        this.documents = new DocumentRows(connection, dialect);
        this.entities = new EntityRows(connection, nameKey);
        this.claims = new ClaimRows(connection);
        this.writer = new ExtractionWriter(connection, nameKey, dialect);
        this.judgements = new JudgementRows(connection);
        this.rebuild = new EntityRebuild(connection, nameKey, dialect);
    }

    /** Entities clustered with another name key are rebuilt with this one, once, in one transaction. */
    final void adoptNameKey() {
        write("adopt name key " + nameKey.id(), () -> {
            List<String> stored = Jdbc.list(connection, "SELECT value FROM settings WHERE name = 'name_key'", r -> r.getString(1));
            if (stored.isEmpty() || !stored.get(0).equals(nameKey.id())) {
                if (Jdbc.longValue(connection, "SELECT COUNT(*) FROM doc_entities") > 0) {
                    rebuild.run(judgements.all());
                }
                Jdbc.update(connection, "DELETE FROM settings WHERE name = 'name_key'");
                Jdbc.update(connection, "INSERT INTO settings (name, value) VALUES ('name_key', ?)", nameKey.id());
            }
            return null;
        });
    }

    @Override
    public synchronized SaveResult save(Extraction extraction) {
        String id = extraction.document().id();
        try {
            // After the write lock: a document another process saved meanwhile is seen as stored.
            return transaction(true, () -> documents.contains(id) ? new SaveResult(id, false, 0, 0) : writer.write(extraction));
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot save document " + id + " in " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean containsDocument(String documentId) {
        return read("look up document " + documentId, () -> documents.contains(documentId));
    }

    @Override
    public synchronized Optional<StoredDocument> document(String documentId) {
        return read("read document " + documentId, () -> documents.find(documentId));
    }

    @Override
    public synchronized List<StoredDocument> documents() {
        return read("list documents", documents::all);
    }

    @Override
    public synchronized List<DocumentHit> searchDocuments(String query, int limit) {
        return read("search documents for " + query, () -> documents.search(query, limit));
    }

    @Override
    public synchronized List<StoredEntity> entities(EntityType type) {
        return read("list entities", () -> entities.all(type));
    }

    @Override
    public synchronized Optional<StoredEntity> entity(long id) {
        return read("read entity " + id, () -> entities.find(id));
    }

    @Override
    public synchronized List<StoredEntity> findEntities(String name) {
        return read("find entity '" + name + "'", () -> entities.findByName(name));
    }

    @Override
    public synchronized List<StoredClaim> claims(ClaimQuery query) {
        return read("list claims " + query, () -> claims.find(query));
    }

    @Override
    public synchronized List<DocumentEntity> documentEntities(java.util.Collection<Long> entityIds) {
        return read("read document entities", () -> entities.documentEntities(entityIds));
    }

    @Override
    public synchronized void forEachClaim(java.util.function.Consumer<StoredClaimRow> each) {
        forEachClaimAfter(0, each);
    }

    @Override
    public synchronized void forEachClaimAfter(long afterId, java.util.function.Consumer<StoredClaimRow> each) {
        // In a transaction: PostgreSQL streams rows through a cursor (fetch size) only inside one.
        try {
            transaction(false, () -> {
                claims.forEachRowAfter(afterId, each);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot read claims after " + afterId + " in " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void forEachClaimWithEvidence(boolean includeRejected, java.util.function.Consumer<StoredClaim> each) {
        try {
            transaction(false, () -> {
                claims.forEachWithEvidence(includeRejected, each);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot read claims with their evidence in " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void forEachClaimOrigin(boolean includeRejected, java.util.function.Consumer<ClaimOrigin> each) {
        try {
            transaction(false, () -> {
                claims.forEachOrigin(includeRejected, each);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot read the claims' origins in " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized StoreVersion version() {
        return read("read the store version", () -> new StoreVersion(
                Jdbc.longValue(connection, "SELECT COALESCE(MAX(id), 0) FROM claims"),
                Jdbc.longValue(connection, "SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) FROM settings WHERE name = 'epoch'")));
    }

    @Override
    public synchronized Optional<StoredClaim> claim(long id) {
        return read("read claim " + id, () -> claims.byId(id));
    }

    @Override
    public synchronized StoreStats stats() {
        return read("count", () -> new StoreStats(documents.count(), entities.count(), claims.count(), claims.countByType()));
    }

    @Override
    public synchronized List<Long> entitiesOfDocEntities(List<Long> docEntityIds) {
        return read("look up document entities", () -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (long de : docEntityIds) {
                ids.addAll(Jdbc.list(connection, "SELECT entity_id FROM doc_entities WHERE id = ?", r -> r.getLong(1), de));
            }
            return ids.stream().distinct().toList();
        });
    }

    @Override
    public synchronized Judgement merge(long keep, long other, String madeBy, String why) {
        return write("merge entities " + keep + " and " + other, () -> {
            StoredEntity a = requireEntity(keep);
            StoredEntity b = requireEntity(other);
            if (keep == other) {
                throw new IllegalArgumentException("entity " + keep + " cannot be merged with itself");
            }
            Judgement j = judgements.insert(JudgementKind.MERGE,
                    "merge entity " + other + " (" + b.name() + ") into " + keep + " (" + a.name() + ")", why, madeBy,
                    List.of(keep, other), List.of(firstDocEntity(keep), firstDocEntity(other)), null, null, null);
            rebuild.run(judgements.all());
            return j;
        });
    }

    @Override
    public synchronized Judgement split(long entityId, List<String> names, List<String> documentIds, String newName,
                                        org.sightline.core.EntityType newType, String madeBy, String why) {
        return write("split entity " + entityId, () -> {
            StoredEntity e = requireEntity(entityId);
            Set<String> keys = names.stream().map(nameKey::key).collect(java.util.stream.Collectors.toSet());
            Set<String> docs = Set.copyOf(documentIds);
            List<Long> all = new java.util.ArrayList<>();
            List<Long> chosen = new java.util.ArrayList<>();
            Jdbc.list(connection, "SELECT id, name, document_id, aliases FROM doc_entities WHERE entity_id = ? ORDER BY id",
                    r -> {
                        long id = r.getLong(1);
                        all.add(id);
                        List<String> called = new java.util.ArrayList<>(StringListJson.read(r.getString(4)));
                        called.add(r.getString(2));
                        if (docs.contains(r.getString(3))
                                || called.stream().map(nameKey::key).anyMatch(keys::contains)) {
                            chosen.add(id);
                        }
                        return null;
                    }, entityId);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("entity " + entityId + " (" + e.name()
                        + ") was never called " + names + (documentIds.isEmpty() ? "" : " nor named in documents " + documentIds));
            }
            if (chosen.size() == all.size()) {
                throw new IllegalArgumentException("that would split off all of entity " + entityId + " (" + e.name()
                        + "); nothing would be left");
            }
            String what = names.isEmpty() ? "" : " named " + String.join(" / ", names);
            what += documentIds.isEmpty() ? "" : " in " + documentIds.size() + " document(s)";
            Judgement j = judgements.insert(JudgementKind.SPLIT,
                    "split " + chosen.size() + " of " + all.size() + " document entities" + what + " off entity "
                            + entityId + " (" + e.name() + ")" + (newName == null ? "" : " as " + newName), why, madeBy,
                    List.of(entityId), chosen, null, newName, newType);
            rebuild.run(judgements.all());
            return j;
        });
    }

    @Override
    public synchronized Judgement reject(long claimId, String madeBy, String why) {
        return write("reject claim " + claimId, () -> {
            List<String> found = Jdbc.list(connection, "SELECT type || ': ' || quote FROM claims WHERE id = ?",
                    r -> r.getString(1), claimId);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no claim " + claimId);
            }
            List<Long> already = Jdbc.list(connection, "SELECT rejected_by FROM claims WHERE id = ? AND rejected_by IS NOT NULL",
                    r -> r.getLong(1), claimId);
            if (!already.isEmpty()) {
                throw new IllegalArgumentException("claim " + claimId + " is already rejected (judgement " + already.get(0) + ")");
            }
            Judgement j = judgements.insert(JudgementKind.REJECT, "reject claim " + claimId + " (" + found.get(0) + ")",
                    why, madeBy, List.of(), List.of(), claimId, null, null);
            Jdbc.update(connection, "UPDATE claims SET rejected_by = ? WHERE id = ?", j.id(), claimId);
            EntityRebuild.nextEpoch(connection);
            return j;
        });
    }

    @Override
    public synchronized Judgement revert(long judgementId, String revertedBy) {
        return write("revert judgement " + judgementId, () -> {
            Judgement j = judgements.find(judgementId)
                    .orElseThrow(() -> new IllegalArgumentException("no judgement " + judgementId));
            if (!j.active()) {
                throw new IllegalArgumentException("judgement " + judgementId + " was already reverted by "
                        + j.revertedBy() + " at " + j.revertedAt());
            }
            judgements.revert(judgementId, revertedBy);
            rebuild.run(judgements.all());
            return judgements.find(judgementId).orElseThrow();
        });
    }

    @Override
    public synchronized List<Judgement> judgements() {
        return read("list judgements", judgements::all);
    }

    @Override
    public synchronized RebuildResult rebuildEntities() {
        return write("rebuild entities", () -> rebuild.run(judgements.all()));
    }

    private StoredEntity requireEntity(long id) throws SQLException {
        return entities.find(id).orElseThrow(() -> new IllegalArgumentException("no entity " + id));
    }

    private long firstDocEntity(long entityId) throws SQLException {
        return Jdbc.longValue(connection, "SELECT MIN(id) FROM doc_entities WHERE entity_id = ?", entityId);
    }

    /** One transaction; an IllegalArgumentException (the analyst's mistake) passes through unwrapped. */
    <T> T write(String what, SqlRead<T> work) {
        try {
            return transaction(true, work);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws;
     * {@code writes} takes the dialect's write lock first.
     */
    private <T> T transaction(boolean writes, SqlRead<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (writes) {
                dialect.lockForWrite(connection);
            }
            T result = work.get();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + where + ": " + e.getMessage(), e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @FunctionalInterface
    interface SqlRead<T> {
        T get() throws SQLException;
    }

    <T> T read(String what, SqlRead<T> read) {
        try {
            return read.get();
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        }
    }
}
