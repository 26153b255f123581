package org.sightline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.sightline.core.NameKey;

/**
 * The shared store: a PostgreSQL database (or one schema of it, with {@code ?currentSchema=}),
 * schema kept by Flyway ({@code db/migration/postgresql}), one JDBC connection per open store.
 * Several processes may open the same database; writes take turns ({@link PostgresDialect#lockForWrite}),
 * reads never wait. A pool is not needed for one connection per process; a server that wants
 * parallel reads opens several stores.
 */
public final class PostgresStore extends JdbcStore {
    private final PostgresExposure exposure;

    private PostgresStore(PostgresLocation location, Connection connection, NameKey nameKey) {
        super(location.toString(), connection, nameKey, PostgresDialect.INSTANCE);
        this.exposure = new PostgresExposure(connection);
    }

    /** Opens the store at {@code url} with the exact name key ({@link NameKey#exact()}). */
    public static PostgresStore open(String url) {
        return open(PostgresLocation.parse(url), NameKey.exact());
    }

    /**
     * Connects, migrates the schema to the latest version, and rebuilds the entities if they were
     * clustered with another name key.
     *
     * @throws StoreException naming the location (never the password) and the problem
     */
    public static PostgresStore open(PostgresLocation location, NameKey nameKey) {
        Connection connection = null;
        try {
            // Connect before Flyway does, so an unreachable server or a wrong password says so in one line.
            connection = connect(location);
            Migrations.migrate(location.jdbcUrl(), location.user(), location.password(), PostgresDialect.INSTANCE.migrations());
            PostgresStore store = new PostgresStore(location, connection, nameKey);
            store.adoptNameKey();
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw new StoreException("cannot open store " + location + ": " + firstLine(e), e);
        }
    }

    /** A plain connection to {@code location}, as the store makes them (for tools that load or inspect it). */
    public static Connection connect(PostgresLocation location) throws SQLException {
        Properties props = new Properties();
        if (location.user() != null) {
            props.setProperty("user", location.user());
        }
        if (location.password() != null) {
            props.setProperty("password", location.password());
        }
        // Strings go untyped, so the shared SQL can write JSON text into jsonb columns.
        props.setProperty("stringtype", "unspecified");
        props.setProperty("ApplicationName", "sightline");
        props.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(location.jdbcUrl(), props);
    }

    /**
     * The exposure question answered in SQL (a recursive CTE over the claims table); see
     * {@link PostgresExposure}.
     */
    public synchronized List<ExposedTie> exposure(Collection<Long> funders, Collection<Long> sponsors,
                                                  Collection<Long> authorities, int maxDepth) {
        return read("ask the exposure of " + funders, () -> exposure.ask(funders, sponsors, authorities, maxDepth));
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
