package org.sightline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;

/**
 * The embedded store: one SQLite file, schema kept by Flyway, one JDBC connection. Methods are
 * synchronized because a JDBC connection is not safe to share between threads mid-statement.
 */
public final class SqliteStore implements Store {
    /** How long a write waits for another process holding the file before it gives up. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final Connection connection;
    private final DocumentRows documents;
    private final EntityRows entities;
    private final ClaimRows claims;
    private final ExtractionWriter writer;

    private SqliteStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.documents = new DocumentRows(connection);
        this.entities = new EntityRows(connection);
        this.claims = new ClaimRows(connection);
        this.writer = new ExtractionWriter(connection);
    }

    /** Opens (creating if needed) the store in {@code dbFile} and migrates its schema to the latest version. */
    public static SqliteStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath();
        String url = "jdbc:sqlite:" + file;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Migrations.migrate(url, null, null, "sqlite");
            Connection connection = DriverManager.getConnection(url);
            try (Statement pragma = connection.createStatement()) {
                // WAL lets readers (another CLI run, a notebook) read while a batch ingest writes.
                pragma.execute("PRAGMA journal_mode = WAL");
                // SQLite enforces foreign keys only when asked, per connection.
                pragma.execute("PRAGMA foreign_keys = ON");
                pragma.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new SqliteStore(file, connection);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized SaveResult save(Extraction extraction) {
        String id = extraction.document().id();
        try {
            connection.setAutoCommit(false);
            try {
                if (documents.contains(id)) {
                    connection.rollback();
                    return new SaveResult(id, false, 0, 0);
                }
                SaveResult result = writer.write(extraction);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot save document " + id + " in " + file + ": " + e.getMessage(), e);
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
    public synchronized StoreStats stats() {
        return read("count", () -> new StoreStats(documents.count(), entities.count(), claims.count(), claims.countByType()));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
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
    private interface SqlRead<T> {
        T get() throws SQLException;
    }

    private <T> T read(String what, SqlRead<T> read) {
        try {
            return read.get();
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
