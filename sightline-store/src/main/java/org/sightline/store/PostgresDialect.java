package org.sightline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sightline.core.Document;

/**
 * PostgreSQL: writers take a transaction-scoped advisory lock, ids come from identity columns, and
 * search is a tsvector column ({@link TsvectorSearch}).
 */
final class PostgresDialect implements SqlDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** First half of the advisory lock key: "Sightline"; the second half is the schema's, so stores in two schemas never wait for each other. */
    private static final int LOCK_CLASS = 0x5167_11e0;

    private PostgresDialect() {
    }

    @Override
    public String migrations() {
        return "postgresql";
    }

    @Override
    public String nextDocumentSeq() {
        return "DEFAULT";
    }

    /**
     * Held until commit or rollback. Two processes saving the same document: the second waits,
     * then finds it stored and skips it; two saving documents that name the same new entity: the
     * second finds the entity the first created. A unique index could catch the first case but
     * not the second (entities match by name key across aliases), hence a lock.
     */
    @Override
    public void lockForWrite(Connection connection) throws SQLException {
        Jdbc.list(connection, "SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext(current_schema()))", row -> 1);
    }

    @Override
    public void explicitIdsWritten(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        // Never backwards: ids handed out and deleted since must not come back while a rebuild may still use them.
        Jdbc.list(connection, "SELECT setval(s.seq, GREATEST((SELECT COALESCE(MAX(id), 1) FROM " + table + "),"
                + " COALESCE(pg_sequence_last_value(s.seq), 1)))"
                + " FROM (SELECT pg_get_serial_sequence('" + table + "', 'id')::regclass AS seq) s", row -> 1);
    }

    @Override
    public void indexDocument(Connection connection, Document document) throws SQLException {
        TsvectorSearch.index(connection, document);
    }

    @Override
    public List<DocumentHit> search(Connection connection, List<String> words, int limit) throws SQLException {
        return TsvectorSearch.search(connection, words, limit);
    }
}
