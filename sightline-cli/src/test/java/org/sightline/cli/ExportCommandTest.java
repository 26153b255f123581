package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;
import org.sightline.core.testing.SharedData;
import org.sightline.interop.ClaimFacts;
import org.sightline.interop.FtmModel;
import org.sightline.interop.JGraphT;
import org.sightline.interop.StixSchemas;
import org.sightline.store.SqliteStore;
import org.sightline.store.Store;

/**
 * {@code sightline export} on the seed article, each format as a tool would open it, and the round
 * trips back in through {@code kb import-ftm} and {@code kb import-stix} into empty stores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RequiresSharedData({"examples/seed-article.txt", "oracles/stix2/schemas", "oracles/ftm/defaultModel.json"})
class ExportCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    String db;

    @BeforeAll
    void ingestTheSeed(@TempDir Path storeDir) {
        db = storeDir.resolve("seed.db").toString();
        CliRun ingest = CliRun.of("--db", db, "ingest", "-q", CliRun.seedOrSkip().toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
    }

    @Test
    void aStoreThatAServerFiledInARedCollectionExportsMarkedRedAndAPlainStoreUnmarked() throws Exception {
        Path plain = dir.resolve("plain.csv");
        CliRun unmarked = CliRun.of("--db", db, "export", "--format", "csv", "-o", plain.toString());
        assertThat(unmarked.exit()).as(unmarked.err()).isZero();
        assertThat(unmarked.err()).doesNotContain("marked TLP");

        // the same text in a store a server keeps, filed only in a RED collection
        String served = dir.resolve("served.db").toString();
        assertThat(CliRun.of("--db", served, "ingest", "-q", CliRun.seedOrSkip().toString()).exit()).isZero();
        try (Store store = SqliteStore.open(Path.of(served));
             org.sightline.server.access.JdbcAccountStore accounts = org.sightline.server.access.JdbcAccountStore.open(served)) {
            var red = accounts.createCollection("Red Room", org.sightline.server.access.Tlp.RED);
            store.documents().forEach(d -> accounts.file(red.id(), d.id(), "test"));
        }
        Path file = dir.resolve("red.csv");
        CliRun run = CliRun.of("--db", served, "export", "--format", "csv", "-o", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("marked TLP:RED");
        List<String> lines = Files.readAllLines(file);
        int tlp = List.of(lines.get(0).split(",")).indexOf("tlp");
        assertThat(tlp).isPositive();
        assertThat(lines.get(1)).contains(",TLP:RED,");
    }

    @Test
    void stixExportIsAValidBundleAndComesBackWhole() throws Exception {
        Path file = dir.resolve("seed.stix.json");
        CliRun run = CliRun.of("--db", db, "export", "--format", "stix", "-o", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("claim(s) and").contains("exported as stix to " + file);
        JsonNode bundle = JSON.readTree(file.toFile());
        assertThat(new StixSchemas(SharedData.require("oracles/stix2/schemas")).problems(bundle)).isEmpty();

        String back = dir.resolve("from-stix.db").toString();
        CliRun in = CliRun.of("--db", back, "kb", "import-stix", file.toString());
        assertThat(in.exit()).as(in.err()).isZero();
        assertSameClaims(back);
    }

    @Test
    void ftmExportIsValidAndComesBackWholeThroughImportFtm() throws Exception {
        Path file = dir.resolve("seed.ftm.jsonl");
        assertThat(CliRun.of("--db", db, "export", "--format", "ftm", "-o", file.toString(), "-q").exit()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            lines.add(JSON.readTree(l));
        }
        assertThat(new FtmModel(SharedData.require("oracles/ftm/defaultModel.json")).problems(lines)).isEmpty();

        String back = dir.resolve("from-ftm.db").toString();
        CliRun in = CliRun.of("--db", back, "kb", "import-ftm", file.toString());
        assertThat(in.exit()).as(in.err()).isZero();
        assertSameClaims(back);
    }

    @Test
    void graphmlAndCsvGoToStandardOutput() throws Exception {
        CliRun graphml = CliRun.of("--db", db, "export", "--format", "graphml", "-o", "-", "-q");
        assertThat(graphml.exit()).isZero();
        var g = JGraphT.read(graphml.out(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        try (Store store = SqliteStore.open(Path.of(db))) {
            assertThat(g.edgeSet()).hasSize(store.stats().claims());
        }
        CliRun csv = CliRun.of("--db", db, "export", "--format", "csv", "--type", "INFILTRATES", "-o", "-", "-q");
        assertThat(csv.out()).startsWith("claim_id,type,subject").contains("officers sympathetic to Iranian or militia interests");
        assertThat(csv.out().split("\r\n")).allSatisfy(row -> assertThat(row).satisfiesAnyOf(
                r -> assertThat(r).startsWith("claim_id"), r -> assertThat(r).contains(",INFILTRATES,")));
    }

    @Test
    void anEntitysNeighbourhoodAndBadOptions() {
        CliRun badr = CliRun.of("--db", db, "export", "--format", "csv", "--entity", "Badr", "-o", "-", "-q");
        assertThat(badr.exit()).isZero();
        List<String> rows = List.of(badr.out().split("\r\n"));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains("Badr Organization"));
        assertThat(CliRun.of("--db", db, "export", "--format", "pdf", "-o", "-").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("--db", db, "export", "--format", "csv", "--since", "last week", "-o", "-").exit()).isEqualTo(ExitCodes.USAGE);
        CliRun nowhere = CliRun.of("--db", db, "export", "--format", "csv", "-o", dir.resolve("no/such/folder/x.csv").toString());
        assertThat(nowhere.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(nowhere.err()).contains("no folder");
        CliRun nobody = CliRun.of("--db", db, "export", "--format", "csv", "--entity", "Nobody At All", "-o", "-");
        assertThat(nobody.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(nobody.err()).contains("no entity named \"Nobody At All\"");
    }

    /** Both stores read with the CLI's name key, which wrote them: it decides which spellings are the name's own. */
    private void assertSameClaims(String back) {
        org.sightline.core.NameKey key = new org.sightline.resolve.names.TransliterationKey(org.sightline.resolve.names.NameMatcher.bundled());
        try (Store original = SqliteStore.open(Path.of(db), key); Store imported = SqliteStore.open(Path.of(back), key)) {
            assertThat(ClaimFacts.of(imported)).isEqualTo(ClaimFacts.of(original));
            assertThat(ClaimFacts.entities(imported)).isEqualTo(ClaimFacts.entities(original));
        }
    }
}
