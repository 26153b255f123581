package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.NameKey;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.names.TransliterationKey;
import org.sightline.store.ExposedTie;
import org.sightline.store.PostgresLocation;
import org.sightline.store.PostgresStore;
import org.sightline.store.StoredEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.report.ExposureReport;
import org.sightline.store.PostgresTestDatabase;

/** The CLI with --db naming a PostgreSQL database: the same answers as with a SQLite file. */
class PostgresCommandsTest {
    private static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @AfterAll
    static void dropSchemas() {
        DB.dropSchemas();
    }

    @Test
    void theSeedIngestedIntoPostgresAnswersTheExposureQuestionAsSqliteDoes() throws Exception {
        String seed = CliRun.seedOrSkip().toString();
        String postgres = DB.freshSchemaUrl();
        String sqlite = dir.resolve("s.db").toString();

        CliRun ingest = CliRun.of("--db", postgres, "ingest", seed);
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("store jdbc:postgresql:").doesNotContain("password=" + PostgresTestDatabase.PASSWORD);
        assertThat(CliRun.of("--db", sqlite, "ingest", seed).exit()).isZero();
        assertThat(CliRun.of("--db", postgres, "ingest", seed).out()).contains("1 already stored");

        CliRun fromPostgres = CliRun.of("--db", postgres, "exposure", "--funder", "United States");
        CliRun fromSqlite = CliRun.of("--db", sqlite, "exposure", "--funder", "United States");

        assertThat(fromPostgres.exit()).as(fromPostgres.err()).isZero();
        assertThat(fromPostgres.out()).contains("Iraqi Federal Police", "Iraqi Ministry of Interior", "INFILTRATES")
                .isEqualTo(fromSqlite.out());
        assertThat(CliRun.of("--db", postgres, "claims", "--json").out())
                .isEqualTo(CliRun.of("--db", sqlite, "claims", "--json").out());
        theRecursiveCteFindsWhatTheInMemoryAnalysisFinds(postgres);
    }

    /** The exposure question as SQL (PostgresStore.exposure) on the seed: the same units, depths, groups and claims. */
    private static void theRecursiveCteFindsWhatTheInMemoryAnalysisFinds(String postgres) throws Exception {
        NameKey key = new TransliterationKey(NameMatcher.bundled());
        try (PostgresStore store = PostgresStore.open(PostgresLocation.parse(postgres), key)) {
            ExposureReport report = ExposureReport.run(store, "United States", List.of(), 0);
            ClaimGraph g = report.graph;
            Set<String> inMemory = new TreeSet<>();
            for (ExposureResult.Recipient r : report.result.recipients()) {
                for (ExposureResult.Unit u : r.units()) {
                    for (ExposureResult.Tie t : u.ties()) {
                        inMemory.add(g.entityId(r.node()) + " " + g.entityId(u.node()) + " " + u.chain().size() + " "
                                + g.entityId(t.group()) + " " + t.hop().type() + " "
                                + Arrays.toString(Arrays.stream(t.hop().claimIds(g)).sorted().toArray()));
                    }
                }
            }
            Set<String> sql = new TreeSet<>();
            for (ExposedTie t : store.exposure(report.funders.stream().map(StoredEntity::id).toList(),
                    report.sponsors.stream().map(StoredEntity::id).toList(),
                    report.authorities.stream().map(StoredEntity::id).toList(), Integer.MAX_VALUE)) {
                sql.add(t.recipient() + " " + t.unit() + " " + t.depth() + " " + t.group() + " " + t.tie() + " "
                        + t.claimIds());
            }
            assertThat(inMemory).hasSizeGreaterThanOrEqualTo(3);
            assertThat(sql).isEqualTo(inMemory);
        }
    }

    @Test
    void anUnreachableServerIsOneLineNamingItWithoutThePassword() {
        CliRun run = CliRun.of("--db", "postgresql://analyst:s3cret@127.0.0.1:1/sightline", "claims");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("postgresql://analyst@127.0.0.1:1/sightline", "refused").doesNotContain("s3cret");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }
}
