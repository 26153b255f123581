package org.sightline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.core.NameKey;

/**
 * Turns what a user wrote after {@code --db} (or in {@code $SIGHTLINE_DB}) into a store, so the CLI,
 * the server and the Spark loader open stores the same way: {@code postgresql://…},
 * {@code postgres://…} or {@code jdbc:postgresql:…} is a {@link PostgresStore}
 * ({@link PostgresLocation}); anything else is the path of a {@link SqliteStore} file.
 */
public final class StoreLocator {
    private StoreLocator() {
    }

    /** Opens (creating and migrating as needed) the store {@code db} names. */
    public static Store open(String db, NameKey nameKey) {
        return PostgresLocation.matches(db)
                ? PostgresStore.open(PostgresLocation.parse(db), nameKey)
                : SqliteStore.open(Path.of(db), nameKey);
    }

    public static boolean isPostgres(String db) {
        return PostgresLocation.matches(db);
    }

    /**
     * Whether there is a store to read: a SQLite file must exist; a PostgreSQL database is taken to
     * exist (opening it says if it does not, and an empty one is an empty store).
     */
    public static boolean exists(String db) {
        return isPostgres(db) || Files.exists(Path.of(db));
    }

    /** {@code db} for messages: a PostgreSQL URL without its password, a path as it is. */
    public static String describe(String db) {
        return isPostgres(db) ? PostgresLocation.redact(db.strip()) : db;
    }
}
