package org.sightline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sightline.core.NameKey;

/** The judgement contract against PostgreSQL, one fresh schema per test; skipped without a server. */
class PostgresJudgementTest extends JudgementContract {
    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Override
    protected Store openStore(Path dir) {
        return DB.open(dir, NameKey.exact());
    }
}
