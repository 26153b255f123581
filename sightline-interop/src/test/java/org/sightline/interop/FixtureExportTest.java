package org.sightline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.ClaimType;
import org.sightline.core.testing.SharedData;
import org.sightline.interop.ftm.FtmReader;
import org.sightline.interop.stix.StixReader;
import org.sightline.store.ClaimQuery;
import org.sightline.store.SqliteStore;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;

/** Every format on a small store that holds every entity type and claim type. */
class FixtureExportTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = SqliteStore.open(dir.resolve("fixture.db"));
        store.save(Fixtures.report());
        store.save(Fixtures.repeat());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void stixBundleIsValidAgainstTheOfficialSchemasObjectByObject() throws Exception {
        StixSchemas schemas = new StixSchemas(SharedData.require("oracles/stix2/schemas"));
        Exports stix = Exports.of(store, ExportFormat.STIX, ExportSelection.ALL, doc -> "AMBER");
        JsonNode bundle = stix.json();
        assertThat(schemas.problems(bundle)).isEmpty();

        List<JsonNode> relationships = objects(bundle, "relationship");
        assertThat(relationships).hasSize(16);
        assertThat(objects(bundle, "note")).hasSize(16);
        JsonNode infiltrates = relationships.stream().filter(r -> r.path("x_sightline_claim_type").asText().equals("INFILTRATES")
                && r.path("x_sightline_stance").asText().equals("ALLEGED")).findFirst().orElseThrow();
        assertThat(infiltrates.path("description").asText()).isEqualTo("Badr Corps infiltrated the Federal Police in 2014");
        assertThat(infiltrates.path("confidence").asInt()).isEqualTo(80);
        assertThat(infiltrates.path("external_references").get(0).path("url").asText()).isEqualTo("https://example.org/militias");
        // created by the innermost speaker, the inspector general, an identity
        JsonNode creator = byId(bundle, infiltrates.path("created_by_ref").asText());
        assertThat(creator.path("name").asText()).isEqualTo("DoD Office of Inspector General");
        assertThat(creator.path("type").asText()).isEqualTo("identity");
        assertThat(infiltrates.path("x_sightline_attributed_to")).hasSize(2);
        // STIX's own type where one fits: the sponsor behind a threat actor
        assertThat(relationships.stream().filter(r -> r.path("x_sightline_claim_type").asText().equals("ALIGNED_WITH")))
                .allMatch(r -> r.path("relationship_type").asText().equals("attributed-to"));
        assertThat(byName(bundle, "Badr Corps").path("type").asText()).isEqualTo("threat-actor");
        assertThat(byName(bundle, "Hadi al-Amiri").path("identity_class").asText()).isEqualTo("individual");
        assertThat(byName(bundle, "U.S. Embassy in Baghdad").path("type").asText()).isEqualTo("location");
        // every object from the AMBER filing is marked, by the TLP 2.0 definition
        List<JsonNode> markings = objects(bundle, "marking-definition");
        assertThat(markings).singleElement().satisfies(m -> {
            assertThat(m.path("name").asText()).isEqualTo("TLP:AMBER");
            assertThat(m.path("id").asText()).isEqualTo("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");
        });
        for (JsonNode o : bundle.path("objects")) {
            if (!o.path("type").asText().equals("marking-definition")) {
                assertThat(o.path("object_marking_refs").get(0).asText()).as(o.path("id").asText()).isEqualTo(markings.get(0).path("id").asText());
            }
        }
        assertThat(stix.summary().highestMarking()).isEqualTo("AMBER");
    }

    @Test
    void ftmEntitiesAreValidAgainstTheModel() throws Exception {
        FtmModel model = new FtmModel(SharedData.require("oracles/ftm/defaultModel.json"));
        List<JsonNode> lines = Exports.of(store, ExportFormat.FTM).lines();
        assertThat(model.problems(lines)).isEmpty();

        Map<String, JsonNode> bySchema = new java.util.HashMap<>();
        lines.forEach(l -> bySchema.putIfAbsent(l.path("schema").asText(), l));
        assertThat(bySchema.keySet()).contains("Membership", "Directorship", "Ownership", "Payment", "Sanction", "UnknownLink",
                "Person", "Organization", "PublicBody", "Address", "Project", "Vessel", "Airplane");
        JsonNode payment = bySchema.get("Payment");
        assertThat(payment.path("properties").path("amount").get(0).asText()).isEqualTo("1500000000");
        assertThat(payment.path("properties").path("currency").get(0).asText()).isEqualTo("USD");
        JsonNode sanction = bySchema.get("Sanction");
        assertThat(sanction.path("properties").path("authority").get(0).asText()).isEqualTo("US Department of State");
        assertThat(sanction.path("properties").path("program").get(0).asText()).isEqualTo("Foreign Terrorist Organization");
        assertThat(sanction.path("properties").path("startDate").get(0).asText()).isEqualTo("2009-06");
        JsonNode infiltration = lines.stream().filter(l -> l.path("properties").path("summary").path(0).asText()
                .equals("Badr Corps infiltrated the Federal Police in 2014")).findFirst().orElseThrow();
        assertThat(infiltration.path("schema").asText()).isEqualTo("UnknownLink");
        assertThat(infiltration.path("properties").path("role").get(0).asText()).isEqualTo("infiltrates");
        assertThat(infiltration.path("properties").path("description").get(0).asText())
                .contains("Stance: ALLEGED").contains("Said by: DoD Office of Inspector General [").contains("] via iranbriefing [");
        assertThat(infiltration.path("properties").path("sourceUrl").get(0).asText()).isEqualTo("https://example.org/militias");
        assertThat(infiltration.path("properties").path("publisher").get(0).asText()).isEqualTo("iranbriefing");
        JsonNode iran = lines.stream().filter(l -> l.path("caption").asText().equals("Iran")).findFirst().orElseThrow();
        assertThat(iran.path("properties").path("country").get(0).asText()).isEqualTo("ir");
    }

    @Test
    void theOpenSanctionsImporterReadsTheFtmExportByTheFollowTheMoneyLibrarysModel() throws Exception {
        Path file = dir.resolve("export.ftm.jsonl");
        Files.writeString(file, Exports.of(store, ExportFormat.FTM).text());
        var read = new org.sightline.resolve.imports.FtmImporter().read(file);
        // every line parses, has a schema the library knows, and every relation's ends are in the file
        assertThat(read.problems()).isEmpty();
        assertThat(read.recordsRead()).isEqualTo(Exports.of(store, ExportFormat.FTM).lines().size());
    }

    @Test
    void idsAreTheSameInEveryExportAndInAnotherStoreOfTheSameDocuments() throws Exception {
        String first = Exports.of(store, ExportFormat.FTM).text();
        assertThat(Exports.of(store, ExportFormat.FTM).text()).isEqualTo(first);
        try (Store other = SqliteStore.open(dir.resolve("other.db"))) {
            other.save(Fixtures.repeat());
            other.save(Fixtures.report());
            List<String> ids = ids(first);
            assertThat(ids(Exports.of(other, ExportFormat.FTM).text())).containsExactlyInAnyOrderElementsOf(ids);
        }
        JsonNode a = Exports.of(store, ExportFormat.STIX).json();
        JsonNode b = Exports.of(store, ExportFormat.STIX).json();
        assertThat(stixIds(b)).isEqualTo(stixIds(a));
    }

    @Test
    void graphmlReadsBackInJGraphTWithTheSameCountsAndAttributes() throws Exception {
        Exports graphml = Exports.of(store, ExportFormat.GRAPHML, ExportSelection.ALL, doc -> "GREEN");
        Map<String, Map<String, Attribute>> nodes = new java.util.HashMap<>();
        Map<String, Map<String, Attribute>> edges = new java.util.HashMap<>();
        Map<String, Attribute> graphAttrs = new java.util.HashMap<>();
        Graph<String, String> g = JGraphT.read(graphml.text(), nodes, edges, graphAttrs);

        assertThat(g.vertexSet()).hasSize((int) graphml.summary().entities());
        assertThat(g.edgeSet()).hasSize(16);
        // JGraphT's importer reads no graph-level data (it knows keys for nodes, edges and all): read it as XML
        assertThat(GraphmlGraphData.of(graphml.text())).containsEntry("tlp", "TLP:GREEN");
        // the two ALIGNED_WITH claims are parallel edges with their own quotes and speakers
        List<Map<String, Attribute>> aligned = edges.values().stream().filter(a -> a.get("type").getValue().equals("ALIGNED_WITH")).toList();
        assertThat(aligned).hasSize(2);
        assertThat(aligned).allSatisfy(a -> {
            assertThat(a.get("quote").getValue()).isEqualTo("Badr Corps is aligned with Iran");
            assertThat(a.get("independent_sources").getValue()).isEqualTo("2");
            assertThat(a.get("independent_sources").getType().name()).isEqualTo("INT");
        });
        Map<String, Attribute> badr = nodes.values().stream().filter(a -> a.get("name").getValue().equals("Badr Corps")).findFirst().orElseThrow();
        assertThat(badr.get("type").getValue()).isEqualTo("ARMED_GROUP");
        assertThat(badr.get("kb_id").getValue()).isEqualTo("badr-organization");
        assertThat(badr.get("tlp").getValue()).isEqualTo("TLP:GREEN");
        // every claim of the store is one edge, with its quote
        List<String> quotes = new ArrayList<>(edges.values().stream().map(a -> a.get("quote").getValue()).toList());
        List<String> stored = new ArrayList<>(store.claims(ClaimQuery.ALL).stream().map(c -> c.evidence().quote()).toList());
        quotes.sort(null);
        stored.sort(null);
        assertThat(quotes).isEqualTo(stored);
    }

    @Test
    void csvIsOneRfc4180RowPerClaim() throws Exception {
        Exports csv = Exports.of(store, ExportFormat.CSV);
        List<List<String>> rows = Rfc4180.parse(csv.text());
        assertThat(csv.text()).contains("\r\n");
        assertThat(rows.get(0)).startsWith("claim_id", "type", "subject", "subject_type", "object", "object_type", "stance", "attributed_to", "quote");
        assertThat(rows).hasSize(17);
        int quote = rows.get(0).indexOf("quote");
        int chain = rows.get(0).indexOf("attributed_to");
        List<String> member = rows.stream().filter(r -> r.get(1).equals("MEMBER_OF")).findFirst().orElseThrow();
        assertThat(member.get(quote)).isEqualTo("Kata'ib Hizballah, \"a militia, and more\", is a member of the Popular Mobilization Forces");
        List<String> responsible = rows.stream().filter(r -> r.get(1).equals("RESPONSIBLE_FOR")).findFirst().orElseThrow();
        assertThat(responsible.get(quote)).contains("\nIt was said");
        List<String> infiltration = rows.stream().filter(r -> r.get(quote).startsWith("Badr Corps infiltrated")).findFirst().orElseThrow();
        assertThat(infiltration.get(chain)).isEqualTo("DoD Office of Inspector General < iranbriefing");
    }

    @Test
    void selectionsTakeEntitiesTypesDatesAndRejections() throws Exception {
        long kh = store.findEntities("Kata'ib Hizballah").get(0).id();
        Exports neighbourhood = Exports.of(store, ExportFormat.CSV, new ExportSelection(Set.of(kh), Set.of(), null, false, null), Markings.NONE);
        assertThat(neighbourhood.summary().claims()).isEqualTo(7);
        Exports typed = Exports.of(store, ExportFormat.CSV,
                new ExportSelection(Set.of(), Set.of(ClaimType.FUNDS, ClaimType.DESIGNATED), null, false, null), Markings.NONE);
        assertThat(typed.summary().claims()).isEqualTo(3);
        // the speech has no date: it counts from its ingest, today
        Exports recent = Exports.of(store, ExportFormat.CSV, new ExportSelection(Set.of(), Set.of(), "2022-01-01", false, null), Markings.NONE);
        assertThat(recent.summary().claims()).isEqualTo(2);

        StoredClaim targeted = store.claims(new ClaimQuery(null, ClaimType.TARGETED, null, 1)).get(0);
        store.reject(targeted.id(), "analyst", "wrong reading");
        assertThat(Exports.of(store, ExportFormat.CSV).summary().claims()).isEqualTo(15);
        Exports withRejected = Exports.of(store, ExportFormat.STIX, new ExportSelection(Set.of(), Set.of(), null, true, null), Markings.NONE);
        assertThat(withRejected.summary().rejected()).isEqualTo(1);
        assertThat(objects(withRejected.json(), "relationship").stream().filter(r -> r.path("x_sightline_rejected").asBoolean())).hasSize(1);
    }

    @Test
    void ftmAndStixRoundTripIntoAnEmptyStoreWithEveryClaim() throws Exception {
        List<String> claims = ClaimFacts.of(store);
        List<String> entities = ClaimFacts.entities(store);
        for (ExportFormat format : List.of(ExportFormat.FTM, ExportFormat.STIX)) {
            Path file = dir.resolve("export." + format.extension());
            Files.writeString(file, Exports.of(store, format).text());
            var imported = format == ExportFormat.FTM ? new FtmReader().read(file) : new StixReader().read(file);
            assertThat(imported.problems()).as(format.name()).isEmpty();
            try (Store empty = SqliteStore.open(dir.resolve("empty-" + format + ".db"))) {
                imported.extractions().forEach(empty::save);
                assertThat(ClaimFacts.of(empty)).as(format.name()).isEqualTo(claims);
                assertThat(ClaimFacts.entities(empty)).as(format.name()).isEqualTo(entities);
            }
        }
    }

    private static List<String> ids(String ftm) {
        List<String> out = new ArrayList<>();
        for (String line : ftm.split("\n")) {
            int i = line.indexOf("\"id\":\"");
            out.add(line.substring(i + 6, line.indexOf('"', i + 6)));
        }
        return out;
    }

    private static List<String> stixIds(JsonNode bundle) {
        List<String> out = new ArrayList<>();
        bundle.path("objects").forEach(o -> out.add(o.path("id").asText()));
        return out;
    }

    static List<JsonNode> objects(JsonNode bundle, String type) {
        List<JsonNode> out = new ArrayList<>();
        bundle.path("objects").forEach(o -> {
            if (o.path("type").asText().equals(type)) {
                out.add(o);
            }
        });
        return out;
    }

    private static JsonNode byId(JsonNode bundle, String id) {
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("id").asText().equals(id)) {
                return o;
            }
        }
        throw new AssertionError("no object " + id);
    }

    private static JsonNode byName(JsonNode bundle, String name) {
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("name").asText().equals(name) && !o.path("description").asText().startsWith("The source of claims")) {
                return o;
            }
        }
        throw new AssertionError("no object named " + name);
    }
}
