package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;

/** From a file on disk to claims in the store, through the command a user types. */
@RequiresSharedData("examples/seed-article.txt")
class IngestEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void findSeed() {
        seed = CliRun.seedOrSkip();
    }

    @Test
    void ingestedSeedAnswersWhoInfiltratesTheFederalPoliceWithTheQuoteAndItsSources() throws Exception {
        String db = dir.resolve("s.db").toString();
        CliRun ingest = CliRun.of("--db", db, "ingest", seed.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 new document(s)");

        CliRun claims = CliRun.of("--db", db, "claims", "--entity", "Iraqi Federal Police", "--type", "INFILTRATES", "--json");
        assertThat(claims.exit()).isZero();
        JsonNode arr = JSON.readTree(claims.out());
        assertThat(arr).isNotEmpty();
        JsonNode c = arr.get(0);
        assertThat(c.path("object").path("name").asText()).isEqualTo("Iraqi Federal Police");
        assertThat(c.path("stance").asText()).isEqualTo("ALLEGED");
        assertThat(c.path("evidence").path("quote").asText()).contains("concentrated in the Iraqi Federal Police");
        assertThat(c.path("attributed_to").findValuesAsText("name"))
                .containsExactly("DoD Office of Inspector General", "Washington Free Beacon", "iranbriefing");

        CliRun entity = CliRun.of("--db", db, "entity", "Badr Corps");
        assertThat(entity.exit()).isZero();
        assertThat(entity.out()).contains("Badr Organization").contains("Badr Brigade").contains("Badr Corps")
                .contains("MEMBER_OF").contains("Popular Mobilization Forces");
    }

    @Test
    void reingestingIsANoOpThatSaysSo() {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();
        String before = CliRun.of("--db", db, "claims").out();
        CliRun again = CliRun.of("--db", db, "ingest", seed.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("already stored");
        assertThat(again.out()).contains("0 new document(s)").contains("1 already stored");
        assertThat(CliRun.of("--db", db, "claims").out()).isEqualTo(before);
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheRestIsStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(seed, in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 3});
        Files.write(in.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'n', 'o', 'i', 'r'});
        Files.writeString(in.resolve("broken.html"), "<html><body><p>Kata'ib Hizballah controls the <b>checkpoint<div>");
        Files.write(in.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        Path big = in.resolve("huge.txt");
        try (var w = Files.newBufferedWriter(big)) {
            String line = "The brigade received funding from the ministry in the province.\n";
            for (long written = 0; written < 20L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        String db = dir.resolve("s.db").toString();
        CliRun run = CliRun.of("--db", db, "ingest", in.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt").contains("image.png").contains("latin1.txt")
                .contains("truncated.pdf").contains("huge.txt: file too large");
        assertThat(run.err().lines().filter(l -> l.startsWith("sightline: ")).count()).isEqualTo(5);
        assertThat(run.out()).contains("2 new document(s)");
        CliRun claims = CliRun.of("--db", db, "claims", "--type", "PART_OF");
        assertThat(claims.out()).contains("Emergency Response Division");
    }

    @Test
    void textAndExtractShowWhatExtractionSees() throws Exception {
        CliRun text = CliRun.of("text", seed.toString());
        assertThat(text.exit()).isZero();
        CliRun extract = CliRun.of("extract", seed.toString(), "--json");
        assertThat(extract.exit()).isZero();
        JsonNode x = JSON.readTree(extract.out());
        assertThat(x.path("document").path("source").asText()).isEqualTo("iranbriefing");
        for (JsonNode c : x.path("claims")) {
            int start = c.path("evidence").path("start").asInt();
            int end = c.path("evidence").path("end").asInt();
            assertThat(text.out().substring(start, end)).isEqualTo(c.path("evidence").path("quote").asText());
        }
    }

    @Test
    void anOutletGivenOnReingestIsNotSilentlyIgnored() throws Exception {
        Path release = Files.writeString(dir.resolve("release.md"),
                "---\ntitle: Treasury designates militia financiers\ndate: 2020-03-26\n---\n"
                        + "OFAC today designated Kata'ib Hizballah financiers pursuant to E.O. 13224.\n");
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", release.toString()).exit()).isZero();
        CliRun again = CliRun.of("--db", db, "ingest", "--source", "U.S. Department of the Treasury", release.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("release.md: already stored with outlet unknown")
                .contains("--source \"U.S. Department of the Treasury\" not applied");
    }

    @Test
    void badOptionValuesAreUsageErrorsAndABadDatabaseIsNamed() throws Exception {
        assertThat(CliRun.of("--db", dir.resolve("s.db").toString(), "ingest", "--threads", "0", seed.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("--db", dir.resolve("s.db").toString(), "ingest", "--max-size", "-1", seed.toString()).exit()).isEqualTo(2);
        Path notADb = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(200));
        CliRun bad = CliRun.of("--db", notADb.toString(), "claims");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("notes.db is not a Sightline database").doesNotContain("flyway");
        assertThat(CliRun.of("--db", dir.resolve("s.db").toString(), "ingest", seed.toString()).exit()).isZero();
        assertThat(CliRun.of("--db", dir.resolve("s.db").toString(), "claims", "--type", "funds").out()).contains("FUNDS");
    }

    @Test
    void usageErrorsExitWithTwoAndMissingFilesWithOne() {
        assertThat(CliRun.of("ingest", "--no-such-option", "x").exit()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("--db", dir.resolve("s.db").toString(), "ingest", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt");
        assertThat(CliRun.of("--help").out()).contains("ingest").contains("claims").contains("--db");
    }
}
