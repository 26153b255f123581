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

    int count() throws SQLException {
        return (int) Jdbc.longValue(connection, "SELECT COUNT(*) FROM documents");
    }

    private static StoredDocument map(ResultSet row, String text) throws SQLException {
        DocumentMetadata metadata = new DocumentMetadata(row.getString("title"), row.getString("source"),
                row.getString("url"), row.getString("published"), row.getString("path"), row.getString("media_type"));
        return new StoredDocument(row.getString("id"), metadata, text, Instant.parse(row.getString("ingested_at")));
    }
}
