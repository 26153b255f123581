package org.sightline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.SharedData;
import org.sightline.interop.ftm.FtmReader;
import org.sightline.interop.imports.ImportedFile;
import org.sightline.interop.stix.StixReader;
import org.sightline.store.SqliteStore;
import org.sightline.store.Store;
import org.sightline.store.StoreStats;

/**
 * Every format on stores the real extractor built: the seed article and the 90 treasury-iraq
 * releases (built once and cached under target/, see {@link CorpusStores}). Each STIX bundle is
 * valid, object by object, against the official schemas; each FtM entity against FtM's model; the
 * GraphML reads back in JGraphT with the store's counts; FtM and STIX round-trip every claim.
 */
class CorpusExportTest {
    @TempDir
    Path dir;

    @Test
    void seedArticle() throws Exception {
        Path db = CorpusStores.seed(SharedData.require("examples/seed-article.txt"));
        checkEveryFormat(db);
    }

    @Test
    void treasuryIraqReleases() throws Exception {
        Path db = CorpusStores.treasury(SharedData.require("corpus/treasury-iraq"));
        checkEveryFormat(db);
    }

    private void checkEveryFormat(Path db) throws Exception {
        StixSchemas schemas = new StixSchemas(SharedData.require("oracles/stix2/schemas"));
        FtmModel model = new FtmModel(SharedData.require("oracles/ftm/defaultModel.json"));
        try (Store store = SqliteStore.open(db)) {
            StoreStats stats = store.stats();
            assertThat(stats.claims()).isPositive();

            Exports stix = Exports.of(store, ExportFormat.STIX);
            JsonNode bundle = stix.json();
            assertThat(schemas.problems(bundle)).isEmpty();
            assertThat(FixtureExportTest.objects(bundle, "relationship")).hasSize(stats.claims());

            Exports ftm = Exports.of(store, ExportFormat.FTM);
            List<JsonNode> lines = ftm.lines();
            assertThat(model.problems(lines)).isEmpty();
            assertThat(ftm.summary().claims()).isEqualTo(stats.claims());

            Exports graphml = Exports.of(store, ExportFormat.GRAPHML);
            Map<String, Map<String, Attribute>> nodes = new HashMap<>();
            Map<String, Map<String, Attribute>> edges = new HashMap<>();
            Graph<String, String> g = JGraphT.read(graphml.text(), nodes, edges, new HashMap<>());
            assertThat(g.edgeSet()).hasSize(stats.claims());
            assertThat(g.vertexSet()).hasSize((int) graphml.summary().entities());
            assertThat(edges.values()).allSatisfy(a -> assertThat(a).containsKeys("type", "stance", "quote", "document", "attributed_to"));
            assertThat(nodes.values()).allSatisfy(a -> assertThat(a).containsKeys("name", "type"));

            List<String> claims = ClaimFacts.of(store);
            List<String> entities = ClaimFacts.entities(store);
            for (ExportFormat format : List.of(ExportFormat.FTM, ExportFormat.STIX)) {
                Path file = dir.resolve(db.getFileName() + "." + format.extension());
                Files.writeString(file, format == ExportFormat.FTM ? ftm.text() : stix.text());
                ImportedFile imported = format == ExportFormat.FTM ? new FtmReader().read(file) : new StixReader().read(file);
                assertThat(imported.problems()).as(format.name()).isEmpty();
                try (Store empty = SqliteStore.open(dir.resolve("roundtrip-" + format + ".db"))) {
                    imported.extractions().forEach(empty::save);
                    List<String> back = ClaimFacts.of(empty);
                    Map<String, Integer> lost = ClaimFacts.counts(claims);
                    ClaimFacts.counts(back).forEach((k, v) -> lost.merge(k, -v, Integer::sum));
                    lost.values().removeIf(v -> v == 0);
                    assertThat(lost).as(format + ": claims lost (positive) or gained (negative) in the round trip").isEmpty();
                    assertThat(ClaimFacts.entities(empty)).as(format.name()).isEqualTo(entities);
                }
            }
        }
    }
}
