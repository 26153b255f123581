package org.sightline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sightline.core.DocumentMetadata;

/** Reads the documents table. */
final class DocumentRows {
    private static final String METADATA = "id, title, source, url, published, path, media_type, ingested_at";

    private final Connection connection;

    DocumentRows(Connection connection) {
        this.connection = connection;
    }

    boolean contains(String id) throws SQLException {
        return !Jdbc.list(connection, "SELECT 1 FROM documents WHERE id = ?", row -> 1, id).isEmpty();
    }

    Optional<StoredDocument> find(String id) throws SQLException {
        return Jdbc.list(connection, "SELECT " + METADATA + ", text FROM documents WHERE id = ?",
                row -> map(row, row.getString("text")), id).stream().findFirst();
    }

    /** Oldest ingest first; texts are left out because listings never need them. */
    List<StoredDocument> all() throws SQLException {
        return Jdbc.list(connection, "SELECT " + METADATA + " FROM documents ORDER BY seq", row -> map(row, null));
    }

    /** FTS5 over title and text; every word is quoted, so the user's text is never query syntax. */
    List<DocumentHit> search(String query, int limit) throws SQLException {
        List<String> words = SearchWords.of(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String match = String.join(" ", words.stream().map(w -> '"' + w + '"').toList());
        return Jdbc.list(connection, "SELECT d.id, d.title, d.source, d.url, d.published, d.path, d.media_type,"
                        + " d.ingested_at, snippet(document_search, 1, '«', '»', '…', 24) AS snippet"
                        + " FROM document_search JOIN documents d ON d.seq = document_search.rowid"
                        + " WHERE document_search MATCH ? ORDER BY bm25(document_search, 4.0, 1.0), d.seq LIMIT ?",
                row -> new DocumentHit(row.getString("id"), map(row, null).metadata(), row.getString("snippet")),
                match, limit);
    }

    int count() throws SQLException {
        return (int) Jdbc.longValue(connection, "SELECT COUNT(*) FROM documents");
    }

    private static StoredDocument map(ResultSet row, String text) throws SQLException {
        DocumentMetadata metadata = new DocumentMetadata(row.getString("title"), row.getString("source"),
                row.getString("url"), row.getString("published"), row.getString("path"), row.getString("media_type"));
        return new StoredDocument(row.getString("id"), metadata, text, Instant.parse(row.getString("ingested_at")));
    }
}
