package org.sightline.store;

import java.sql.Connection;
import java.util.List;
import org.sightline.core.Document;

/**
 * SQLite: one writer at a time is the file lock's job (WAL, busy timeout), ids come from rowids,
 * and search is an FTS5 index kept by triggers (migration V4).
 */
final class SqliteDialect implements SqlDialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String migrations() {
        return "sqlite";
    }

    @Override
    public String nextDocumentSeq() {
        return "(SELECT COALESCE(MAX(seq), 0) + 1 FROM documents)";
    }

    @Override
    public void lockForWrite(Connection connection) {
        // SQLite takes the file's write lock at the first write; the busy timeout waits for it.
    }

    @Override
    public void explicitIdsWritten(Connection connection, String table) {
        // INTEGER PRIMARY KEY hands out MAX(rowid) + 1: always ahead.
    }

    @Override
    public void indexDocument(Connection connection, Document document) {
        // The documents_search_insert trigger indexes it.
    }

    /** FTS5 over title and text; every word is quoted, so the user's text is never query syntax. */
    @Override
    public List<DocumentHit> search(Connection connection, List<String> words, int limit) throws java.sql.SQLException {
        String match = String.join(" ", words.stream().map(w -> '"' + w + '"').toList());
        return Jdbc.list(connection, "SELECT d.id, d.title, d.source, d.url, d.published, d.path, d.media_type,"
                        + " d.ingested_at, snippet(document_search, 1, '«', '»', '…', 24) AS snippet"
                        + " FROM document_search JOIN documents d ON d.seq = document_search.rowid"
                        + " WHERE document_search MATCH ? ORDER BY bm25(document_search, 4.0, 1.0), d.seq LIMIT ?",
                DocumentRows::hit, match, limit);
    }
}
