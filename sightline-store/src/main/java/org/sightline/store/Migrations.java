package org.sightline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database schema up to date with the Flyway scripts of one dialect. */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * The highest migration version under each db/migration folder; {@code MigrationsTest} checks it against the
     * files. A store already at this version skips Flyway, whose classpath scan and validation cost
     * about a second on every command.
     */
    static final int LATEST = 4;

    /** @param dialect the folder under db/migration: "sqlite" or "postgresql" */
    static void migrate(String jdbcUrl, String user, String password, String dialect) {
        if (upToDate(jdbcUrl, user, password)) {
            return;
        }
        MigrateResult result = Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration/" + dialect)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("migrated {} to schema version {}", PostgresLocation.redact(jdbcUrl), result.targetSchemaVersion);
        }
    }

    private static boolean upToDate(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success")) {
            int highest = 0;
            while (rows.next()) {
                String v = rows.getString(1);
                if (v != null && v.matches("\\d+")) {
                    highest = Math.max(highest, Integer.parseInt(v));
                }
            }
            return highest == LATEST;
        } catch (SQLException e) {
            // No history table yet (a new store) or anything unexpected: let Flyway decide.
            return false;
        }
    }
}
