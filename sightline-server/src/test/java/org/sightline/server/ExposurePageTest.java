package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.ClaimType.ALIGNED_WITH;
import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.ClaimType.PART_OF;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Stance;
import org.sightline.server.access.Role;
import org.sightline.store.ExtractionBuilder;

/** The exposure page says how firm each step is and on whose word, as the CLI does; its chart counts sources once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExposurePageTest {
    @TempDir
    static Path dir;
    TestServer t;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        // One report: a congressman's hypothesis about US money, and two ties of the police that it alone reports.
        t.store.save(new ExtractionBuilder(
                "The United States may be funding the Interior Ministry, Joe Wilson said. The United States funds the Federal Police. "
                        + "The Federal Police are part of the Interior Ministry. Badr Corps infiltrated the Federal Police. "
                        + "Zorg Brigade infiltrated the Federal Police. Badr Corps is aligned with Iran. Zorg Brigade is aligned with Iran, the Free Beacon reported.",
                new DocumentMetadata("Money and militias", "Free Beacon", "https://example.org/fb", "2023-05-01", null, "text/plain"))
                .entityWithKb("e1", "United States", STATE, "us").entity("e2", "Interior Ministry", GOVERNMENT_BODY)
                .entity("e3", "Federal Police", SECURITY_UNIT).entity("e4", "Badr Corps", ARMED_GROUP)
                .entity("e5", "Zorg Brigade", ARMED_GROUP).entityWithKb("e6", "Iran", STATE, "ir")
                .entity("e7", "Joe Wilson", PERSON).entity("e8", "Free Beacon", ORGANIZATION)
                .mention("e1", "United States").mention("e2", "Interior Ministry").mention("e3", "Federal Police")
                .mention("e4", "Badr Corps").mention("e5", "Zorg Brigade").mention("e6", "Iran").mention("e7", "Joe Wilson")
                .mention("e8", "Free Beacon")
                .claim("c1", FUNDS, "e1", "e2", Stance.HYPOTHETICAL, "The United States may be funding the Interior Ministry",
                        List.of("e7", "e8"), null, 0.9, Map.of())
                .claim("c2", FUNDS, "e1", "e3", Stance.ASSERTED, "The United States funds the Federal Police", List.of("e8"), null, 0.9, Map.of())
                .claim("c3", PART_OF, "e3", "e2", Stance.ASSERTED, "The Federal Police are part of the Interior Ministry", List.of("e8"), null, 0.9, Map.of())
                .claim("c4", INFILTRATES, "e4", "e3", Stance.ALLEGED, "Badr Corps infiltrated the Federal Police", List.of("e8"), null, 0.9, Map.of())
                .claim("c5", INFILTRATES, "e5", "e3", Stance.ASSERTED, "Zorg Brigade infiltrated the Federal Police", List.of("e8"), null, 0.9, Map.of())
                .claim("c6", ALIGNED_WITH, "e4", "e6", Stance.ASSERTED, "Badr Corps is aligned with Iran", List.of("e8"), null, 0.9, Map.of())
                .claim("c7", ALIGNED_WITH, "e5", "e6", Stance.ASSERTED, "Zorg Brigade is aligned with Iran", List.of("e8"), null, 0.9, Map.of())
                .build());
        t.server.visibility().changed();
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void everyStepSaysItsStanceAndOnWhoseWord() {
        var page = Jsoup.parse(t.client().as("vera").get("/exposure?funder=United+States").body());
        List<Element> hops = page.select("details.hop");
        assertThat(hops).isNotEmpty();
        for (Element hop : hops) {
            Element summary = hop.selectFirst("summary");
            assertThat(summary.select(".account .badge")).as(summary.text()).isNotEmpty();
            assertThat(summary.text()).as(summary.text()).contains("according to");
            for (Element quote : hop.select("ul.quotes li")) {
                assertThat(quote.select(".badge")).isNotEmpty();
                assertThat(quote.selectFirst(".according")).as(quote.text()).isNotNull();
            }
        }
        Element hypothesis = hops.stream().filter(h -> h.selectFirst("summary").text().contains("Interior Ministry")
                && h.selectFirst("summary").text().contains("FUNDS")).findFirst().orElseThrow();
        assertThat(hypothesis.selectFirst("summary").text()).contains("hypothetical according to Joe Wilson ← Free Beacon");
        assertThat(hypothesis.selectFirst(".according").select("a").eachAttr("href")).hasSize(2);
    }

    @Test
    void theChartNamesEachUnitOnceAndCountsASourceOnceForAllItsTies() throws Exception {
        JsonNode answer = new ObjectMapper().readTree(t.client().as("vera").get("/api/exposure?funder=United+States").body());
        Map<String, JsonNode> bars = new HashMap<>();
        answer.path("chart").forEach(b -> bars.put(b.path("label").asText(), b));
        assertThat(bars).containsKeys("Federal Police", "Federal Police (Interior Ministry)");
        assertThat(bars.keySet()).noneMatch(l -> l.matches("(.+) \\(\\1\\)"));
        JsonNode police = bars.get("Federal Police");
        assertThat(police.path("ties").asInt()).isEqualTo(2);
        // Both ties come from the one report: one independent source, not two.
        assertThat(police.path("independentSources").asInt()).isEqualTo(1);
    }
}
