package org.sightline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.EntityType;
import org.sightline.core.Names;
import org.sightline.core.Stance;
import org.sightline.core.testing.SharedData;

/** The extraction JSON contract of ONTOLOGY.md, on documents that exercise most of the rules. */
class ExtractionJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> WRITTEN = new ConcurrentHashMap<>();

    /** A made-up report with quotes over paragraphs, pronouns, ordinal units, money, roles and times. */
    static final String REPORT = """
            Kata'ib Hizballah, an Iran-backed militia, has infiltrated the Counter-Terrorism Service and the \
            Federal Police, the State Department has alleged.

            According to Reuters, the Pentagon's inspector general said that fighters loyal to Badr are \
            concentrated in the second and third divisions of the Iraqi Army. It added that the Iraqi Ministry \
            of Interior receives $250 million in US assistance each year.

            Hadi al-Amiri, the secretary-general of the Badr Organization, told Al-Monitor: “The Badr \
            Organization does not control the Interior Ministry.

            “Its fighters are loyal to Iraq.”

            The Emergency Response Division falls under the Ministry of Interior. It was created in 2006.

            On December 29, 2019, US forces struck Kata'ib Hizballah facilities in Anbar. Iran's Supreme \
            Leader Ali Khamenei condemned the strikes.

            Source » Long War Journal
            """;

    static Stream<Arguments> documents() {
        List<Arguments> docs = new ArrayList<>();
        docs.add(Arguments.of("report with Source line", TestExtractor.document(REPORT, null)));
        docs.add(Arguments.of("report without any metadata", Document.of(REPORT.strip(), null)));
        docs.add(Arguments.of("report with full metadata", Document.of(REPORT.strip(), new DocumentMetadata(
                "Militias inside Iraq's security forces", "Long War Journal", "https://www.longwarjournal.org/x",
                "2021-07-01", "/tmp/report.txt", "text/plain"))));
        docs.add(Arguments.of("blank metadata values", Document.of(REPORT.strip(),
                new DocumentMetadata("", " ", "", "", null, null))));
        docs.add(Arguments.of("no entities", TestExtractor.document("The markets closed early because of the heat.", null)));
        // The seed article too when ../shared is there; SharedData.require fails without it in CI.
        if (SharedData.has("examples/seed-article.txt") || SharedData.required()) {
            try {
                String seed = Files.readString(SharedData.require("examples/seed-article.txt"), StandardCharsets.UTF_8);
                docs.add(Arguments.of("seed article", Document.of(seed.strip(),
                        new DocumentMetadata(null, "iranbriefing", null, null, null, "text/plain"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return docs.stream();
    }

    private static JsonNode json(String name, Document doc) {
        String written = WRITTEN.computeIfAbsent(name, n -> ExtractionJson.write(TestExtractor.get().extract(doc)));
        try {
            return JSON.readTree(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: unknown values are omitted, not null or empty")
    @MethodSource("documents")
    void unknownValuesAreOmitted(String name, Document doc) {
        JsonNode root = json(name, doc);
        List<String> bad = new ArrayList<>();
        walk(root, "", bad);
        assertThat(bad).as("null, empty or blank values in the JSON of %s:\n%s", name, root.toPrettyString()).isEmpty();
        if (blank(doc.metadata().title())) {
            assertThat(root.path("document").has("title")).isFalse();
        }
        if (blank(doc.metadata().published())) {
            assertThat(root.path("document").has("published")).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}: fields and values of the contract")
    @MethodSource("documents")
    void fieldsAndValuesFollowTheContract(String name, Document doc) {
        JsonNode root = json(name, doc);
        JsonNode d = root.path("document");
        assertThat(d.path("id").asText()).isEqualTo(doc.id()).startsWith("sha256:");
        DocumentMetadata md = doc.metadata();
        Map<String, String> known = new LinkedHashMap<>();
        known.put("title", md.title());
        known.put("source", md.source());
        known.put("published", md.published());
        known.put("url", md.url());
        known.forEach((field, value) -> {
            if (!blank(value)) {
                assertThat(d.path(field).asText()).as("document.%s", field).isEqualTo(value);
            }
        });
        assertThat(root.path("entities").isArray()).isTrue();
        assertThat(root.path("claims").isArray()).isTrue();
        for (JsonNode e : root.path("entities")) {
            assertThat(e.path("id").isTextual()).as("entity id: %s", e).isTrue();
            assertThat(e.path("name").isTextual()).as("entity name: %s", e).isTrue();
            assertThat(EntityType.valueOf(e.path("type").asText())).isNotNull();
            if (e.has("aliases")) {
                assertThat(e.path("aliases").isArray()).isTrue();
                e.path("aliases").forEach(a -> assertThat(a.isTextual()).isTrue());
            }
        }
        for (JsonNode c : root.path("claims")) {
            assertThat(c.path("id").isTextual()).as("claim id: %s", c).isTrue();
            assertThat(ClaimType.valueOf(c.path("type").asText())).isNotNull();
            assertThat(Stance.valueOf(c.path("stance").asText())).isNotNull();
            assertThat(c.path("subject").isTextual()).as("subject: %s", c).isTrue();
            assertThat(c.path("object").isTextual()).as("object: %s", c).isTrue();
            assertThat(c.path("attributed_to").isArray() && !c.path("attributed_to").isEmpty()).as("attributed_to: %s", c).isTrue();
            assertThat(c.path("confidence").isNumber()).as("confidence: %s", c).isTrue();
            assertThat(c.path("confidence").asDouble()).isBetween(0.0, 1.0);
            if (c.has("attributes")) {
                c.path("attributes").properties().forEach(a -> assertThat(a.getValue().isTextual())
                        .as("attribute %s of %s", a.getKey(), c).isTrue());
            }
            JsonNode ev = c.path("evidence");
            assertThat(ev.path("start").isInt() && ev.path("end").isInt() && ev.path("quote").isTextual())
                    .as("evidence: %s", c).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}: every id a claim names is an entity")
    @MethodSource("documents")
    void claimsNameOnlyListedEntities(String name, Document doc) {
        JsonNode root = json(name, doc);
        Set<String> ids = new HashSet<>();
        root.path("entities").forEach(e -> assertThat(ids.add(e.path("id").asText())).as("entity ids are unique").isTrue());
        Set<String> claimIds = new HashSet<>();
        for (JsonNode c : root.path("claims")) {
            assertThat(claimIds.add(c.path("id").asText())).as("claim ids are unique").isTrue();
            assertThat(ids).as("subject of %s", c).contains(c.path("subject").asText());
            assertThat(ids).as("object of %s", c).contains(c.path("object").asText());
            c.path("attributed_to").forEach(a -> assertThat(ids).as("attributed_to of %s", c).contains(a.asText()));
            assertThat(c.path("subject").asText()).as("a claim relates two entities: %s", c).isNotEqualTo(c.path("object").asText());
        }
        for (JsonNode c : root.path("claims")) {
            String outlet = last(c.path("attributed_to"));
            if (!blank(doc.metadata().source())) {
                assertThat(entityNamed(root, outlet, doc.metadata().source()))
                        .as("the chain of %s ends with the outlet %s", c.path("id"), doc.metadata().source()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}: evidence quotes are the text at their offsets")
    @MethodSource("documents")
    void evidenceQuotesAreTheTextAtTheirOffsets(String name, Document doc) {
        JsonNode root = json(name, doc);
        String text = doc.text();
        for (JsonNode c : root.path("claims")) {
            JsonNode ev = c.path("evidence");
            int start = ev.path("start").asInt();
            int end = ev.path("end").asInt();
            assertThat(start).as("evidence of %s", c).isGreaterThanOrEqualTo(0).isLessThan(end);
            assertThat(end).as("evidence of %s", c).isLessThanOrEqualTo(text.length());
            assertThat(ev.path("quote").asText()).as("quote of %s", c.path("id")).isEqualTo(text.substring(start, end));
        }
    }

    @ParameterizedTest(name = "{0}: the same text twice gives the same JSON")
    @MethodSource("documents")
    void extractionIsDeterministic(String name, Document doc) {
        String first = ExtractionJson.write(TestExtractor.get().extract(doc));
        String second = ExtractionJson.write(TestExtractor.get().extract(Document.of(doc.text(), doc.metadata())));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void extractionFromSeveralThreadsGivesTheSameJson() {
        Document doc = TestExtractor.document(REPORT, null);
        String alone = ExtractionJson.write(TestExtractor.get().extract(doc));
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> ExtractionJson.write(TestExtractor.get().extract(doc))));
        }
        runs.forEach(r -> assertThat(r.join()).isEqualTo(alone));
    }

    @Test
    void theReportYieldsClaimsWithEveryOptionalField() {
        JsonNode root = json("report with Source line", TestExtractor.document(REPORT, null));
        JsonNode claims = root.path("claims");
        assertThat(claims).as("claims of the report:\n%s", root.toPrettyString()).hasSizeGreaterThan(5);
        assertThat(claims).anySatisfy(c -> assertThat(c.has("time")).isTrue());
        assertThat(claims).anySatisfy(c -> assertThat(c.path("attributes").has("amount")).isTrue());
        assertThat(claims).anySatisfy(c -> assertThat(c.path("attributes").has("role")).isTrue());
        assertThat(claims).anySatisfy(c -> assertThat(c.path("attributed_to").size()).isGreaterThan(2));
        assertThat(root.path("entities")).anySatisfy(e -> assertThat(e.has("kb_id")).isTrue());
        assertThat(root.path("entities")).anySatisfy(e -> assertThat(e.has("kb_id")).isFalse());
        assertThat(root.path("document").path("source").asText()).isEqualTo("Long War Journal");
    }

    private static void walk(JsonNode n, String path, List<String> bad) {
        if (n.isNull() || n.isMissingNode()) {
            bad.add(path + " is null");
        } else if (n.isTextual() && n.asText().isBlank()) {
            bad.add(path + " is \"" + n.asText() + "\"");
        } else if (n.isObject()) {
            if (n.isEmpty()) {
                bad.add(path + " is {}");
            }
            n.properties().forEach(f -> walk(f.getValue(), path + "/" + f.getKey(), bad));
        } else if (n.isArray()) {
            boolean topLevelList = path.equals("/entities") || path.equals("/claims");
            if (n.isEmpty() && !topLevelList) {
                bad.add(path + " is []");
            }
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), path + "/" + i, bad);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String last(JsonNode array) {
        return array.get(array.size() - 1).asText();
    }

    private static boolean entityNamed(JsonNode root, String id, String name) {
        for (JsonNode e : root.path("entities")) {
            if (e.path("id").asText().equals(id)) {
                List<String> names = new ArrayList<>(List.of(e.path("name").asText()));
                e.path("aliases").forEach(a -> names.add(a.asText()));
                return names.stream().anyMatch(n -> Names.key(n).equals(Names.key(name)));
            }
        }
        return false;
    }
}
