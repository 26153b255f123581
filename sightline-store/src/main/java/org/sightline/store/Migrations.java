package org.sightline.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database schema up to date with the Flyway scripts of one dialect. */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** @param dialect the folder under db/migration: "sqlite" (later also "postgresql") */
    static void migrate(String jdbcUrl, String user, String password, String dialect) {
        MigrateResult result = Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration/" + dialect)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("migrated {} to schema version {}", jdbcUrl, result.targetSchemaVersion);
        }
    }
}
