package org.sightline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sightline.core.NameKey;

/** The embedded store: one SQLite file, schema kept by Flyway, one JDBC connection. */
public final class SqliteStore extends JdbcStore {
    /** How long a write waits for another process holding the file before it gives up. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteStore(Path file, Connection connection, NameKey nameKey) {
        super(file.toString(), connection, nameKey, SqliteDialect.INSTANCE);
    }

    /** Opens the store with the exact name key ({@link NameKey#exact()}). */
    public static SqliteStore open(Path dbFile) {
        return open(dbFile, NameKey.exact());
    }

    /**
     * Opens (creating if needed) the store in {@code dbFile}, migrates its schema to the latest
     * version, and rebuilds the entities if they were clustered with another name key.
     */
    public static SqliteStore open(Path dbFile, NameKey nameKey) {
        Path file = dbFile.toAbsolutePath();
        String url = "jdbc:sqlite:" + file;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Migrations.migrate(url, null, null, SqliteDialect.INSTANCE.migrations());
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
            SqliteStore store = new SqliteStore(file, connection, nameKey);
            store.adoptNameKey();
            return store;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }
}
