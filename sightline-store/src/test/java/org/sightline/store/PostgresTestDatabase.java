package org.sightline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sightline.core.NameKey;

/**
 * The PostgreSQL database the tests use, from the environment:
 * {@code SIGHTLINE_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/sightline_test}),
 * {@code SIGHTLINE_TEST_PG_USER} and {@code SIGHTLINE_TEST_PG_PASSWORD} (default {@code sightline}
 * for both). Each caller gets a schema of its own ({@link #freshSchemaUrl()}), dropped by
 * {@link #dropSchemas()}. When no PostgreSQL answers, tests are skipped with a message saying how
 * to run them, unless {@code SIGHTLINE_REQUIRE_PG=1} (set by {@code .ci/run}), which makes it a
 * failure, so CI cannot skip them silently.
 *
 * <p>As a JUnit extension ({@code @RegisterExtension static final PostgresTestDatabase DB = new
 * PostgresTestDatabase();}) it skips each test without a server and drops its schemas after the last.
 */
public final class PostgresTestDatabase implements BeforeEachCallback, AfterAllCallback {
    public static final String URL = env("SIGHTLINE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/sightline_test");
    public static final String USER = env("SIGHTLINE_TEST_PG_USER", "sightline");
    public static final String PASSWORD = env("SIGHTLINE_TEST_PG_PASSWORD", "sightline");
    private static final boolean REQUIRED = "1".equals(System.getenv("SIGHTLINE_REQUIRE_PG"));

    /** Null when reachable, else why not; asked once per JVM. */
    private static String unreachable;
    private static boolean probed;
    private static boolean warned;

    private final List<String> schemas = new ArrayList<>();
    private final Map<Path, String> urls = new HashMap<>();

    /** Skips the calling test (or fails it, in CI) when PostgreSQL cannot be reached. */
    public static synchronized void assumeAvailable() {
        if (!probed) {
            probed = true;
            try (Connection c = connect(URL)) {
                unreachable = null;
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
        }
        if (unreachable != null) {
            String message = "PostgreSQL at " + URL + " as " + USER + " is not reachable (" + unreachable + "); set "
                    + "SIGHTLINE_TEST_PG_URL/_USER/_PASSWORD or start one (see .ci/run) to run the PostgreSQL tests";
            if (REQUIRED) {
                throw new IllegalStateException("SIGHTLINE_REQUIRE_PG=1 but " + message);
            }
            if (!warned) {
                warned = true;
                System.err.println("[PostgreSQL tests skipped] " + message);
            }
            Assumptions.abort(message);
        }
    }

    /** A new, empty schema; the returned JDBC URL (with user and password) opens a store in it. */
    public synchronized String freshSchemaUrl() {
        assumeAvailable();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = connect(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " in " + URL + ": " + e.getMessage(), e);
        }
        schemas.add(schema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&user=" + USER + "&password=" + PASSWORD;
    }

    /** The store of a contract test's directory: a fresh schema the first time, the same one when reopened. */
    public synchronized PostgresStore open(Path dir, NameKey nameKey) {
        return PostgresStore.open(PostgresLocation.parse(url(dir)), nameKey);
    }

    /** The JDBC URL of the schema that {@link #open} uses for {@code dir}. */
    public synchronized String url(Path dir) {
        return urls.computeIfAbsent(dir, d -> freshSchemaUrl());
    }

    /** Per test, so each skipped test is listed as skipped with the reason (a skipped class shows as no tests). */
    @Override
    public void beforeEach(ExtensionContext context) {
        assumeAvailable();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dropSchemas();
    }

    /** A plain connection to the test database (not to any test schema). */
    public static Connection connect() throws SQLException {
        return connect(URL);
    }

    public synchronized void dropSchemas() {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = connect(URL); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            schemas.clear();
            urls.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schemas " + schemas + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
