package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;

/** An analyst's merge, split and reject through the commands, each taken back with undo. */
@RequiresSharedData("examples/seed-article.txt")
class JudgementCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void findSeed() {
        seed = CliRun.seedOrSkip();
    }

    private JsonNode entity(String db, String name) throws Exception {
        CliRun run = CliRun.of("--db", db, "entity", name, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get(0);
    }

    @Test
    void badrIsOneEntityLinkedToTheKnowledgeBase() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();

        JsonNode badr = entity(db, "Badr Brigade");
        assertThat(badr.path("name").asText()).isEqualTo("Badr Organization");
        assertThat(badr.path("kb_id").asText()).isEqualTo("badr-organization");
        assertThat(badr.path("aliases").toString()).contains("Badr Brigade").contains("Badr Corps");
        assertThat(entity(db, "Badr Corps").path("id").asLong()).isEqualTo(badr.path("id").asLong());
    }

    @Test
    void mergeSplitAndRejectAreKeptAndUndone() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();
        long pmf = entity(db, "Popular Mobilization Forces").path("id").asLong();
        long badr = entity(db, "Badr Organization").path("id").asLong();

        // merge (a wrong one, on purpose): refused, since the KB holds them apart, unless forced; then undo
        CliRun refused = CliRun.of("--db", db, "merge", String.valueOf(pmf), String.valueOf(badr), "--why", "test");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("the knowledge base holds them apart");
        CliRun merge = CliRun.of("--db", db, "merge", String.valueOf(pmf), String.valueOf(badr), "--why", "test", "--as", "ana",
                "--force");
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("judgement 1").contains("into " + pmf);
        assertThat(entity(db, "Badr Corps").path("id").asLong()).isEqualTo(pmf);
        CliRun list = CliRun.of("--db", db, "judgements", "--json");
        JsonNode j = JSON.readTree(list.out()).get(0);
        assertThat(j.path("kind").asText()).isEqualTo("MERGE");
        assertThat(j.path("made_by").asText()).isEqualTo("ana");
        assertThat(j.path("why").asText()).isEqualTo("test");
        assertThat(CliRun.of("--db", db, "undo", "1", "--as", "ana").exit()).isZero();
        assertThat(entity(db, "Badr Corps").path("id").asLong()).isEqualTo(badr);
        assertThat(JSON.readTree(CliRun.of("--db", db, "judgements", "--json").out()).get(0).path("reverted_by").asText())
                .isEqualTo("ana");

        // split "Badr Corps" off Badr, and undo
        CliRun split = CliRun.of("--db", db, "split", String.valueOf(badr), "--name", "Badr Corps", "--why", "test");
        assertThat(split.exit()).as(split.err()).isEqualTo(1);
        assertThat(split.err()).contains("nothing would be left");

        // reject a claim, and undo
        JsonNode claims = JSON.readTree(CliRun.of("--db", db, "claims", "--type", "INFILTRATES", "--json").out());
        int before = claims.size();
        long claim = claims.get(0).path("id").asLong();
        CliRun reject = CliRun.of("--db", db, "reject", String.valueOf(claim), "--why", "misread");
        assertThat(reject.exit()).as(reject.err()).isZero();
        assertThat(JSON.readTree(CliRun.of("--db", db, "claims", "--type", "INFILTRATES", "--json").out())).hasSize(before - 1);
        CliRun noWhy = CliRun.of("--db", db, "reject", String.valueOf(claim));
        assertThat(noWhy.exit()).isEqualTo(2);
        assertThat(CliRun.of("--db", db, "undo", "2").exit()).isZero();
        assertThat(JSON.readTree(CliRun.of("--db", db, "claims", "--type", "INFILTRATES", "--json").out())).hasSize(before);
    }

    @Test
    void anAmbiguousOrUnknownEntityIsAUsageError() {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();
        CliRun unknown = CliRun.of("--db", db, "merge", "Nobody At All", "Badr Corps", "--why", "test");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no entity named \"Nobody At All\"");
    }
}
