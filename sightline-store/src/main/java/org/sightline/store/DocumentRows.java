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
    private final SqlDialect dialect;

    DocumentRows(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
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

    /** Every word of the query in the title or the text; how is the dialect's (FTS5, tsvector). */
    List<DocumentHit> search(String query, int limit) throws SQLException {
        List<String> words = SearchWords.of(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        return dialect.search(connection, words, limit);
    }

    /** A search result row: the metadata columns and {@code snippet}. */
    static DocumentHit hit(ResultSet row) throws SQLException {
        return new DocumentHit(row.getString("id"), map(row, null).metadata(), row.getString("snippet"));
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
