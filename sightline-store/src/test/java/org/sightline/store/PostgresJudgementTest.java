package org.sightline.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The judgement contract against PostgreSQL, one fresh schema per test; skipped without a server. */
class PostgresJudgementTest extends JudgementContract {
    private static final PostgresTestDatabase DB = new PostgresTestDatabase();
    private final Map<Path, String> urls = new HashMap<>();

    @BeforeAll
    static void needPostgres() {
        PostgresTestDatabase.assumeAvailable();
    }

    @AfterAll
    static void dropSchemas() {
        DB.dropSchemas();
    }

    @Override
    protected Store openStore(Path dir) {
        return PostgresStore.open(urls.computeIfAbsent(dir, d -> DB.freshSchemaUrl()));
    }
}
