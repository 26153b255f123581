package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.ClaimType.ALIGNED_WITH;
import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.ClaimType.PART_OF;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Stance;
import org.sightline.server.access.Role;
import org.sightline.store.ExtractionBuilder;
import org.sightline.store.SaveResult;

/** The document page: every claim's evidence link lands on its own quote, however quotes overlap. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPageTest {
    static final String TEXT = "The United States funds the Federal Police through a training program. "
            + "Badr Corps, which is aligned with Iran, infiltrated the Federal Police, part of the Interior Ministry.";
    @TempDir
    static Path dir;
    TestServer t;
    SaveResult saved;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        // Nested, overlapping and identical quotes, as the extractor writes them for one sentence.
        saved = t.store.save(new ExtractionBuilder(TEXT, new DocumentMetadata("Overlaps", "Monitor", null, "2022-01-01", null, "text/plain"))
                .entity("e1", "United States", STATE).entity("e2", "Federal Police", SECURITY_UNIT)
                .entity("e3", "Badr Corps", ARMED_GROUP).entity("e4", "Iran", STATE).entity("e5", "Interior Ministry", GOVERNMENT_BODY)
                .mention("e1", "United States").mention("e2", "Federal Police").mention("e3", "Badr Corps").mention("e4", "Iran")
                .mention("e5", "Interior Ministry").entity("e6", "Monitor", org.sightline.core.EntityType.ORGANIZATION)
                .claim("c1", FUNDS, "e1", "e2", Stance.ASSERTED, "The United States funds the Federal Police through a training program", List.of("e6"), null, 0.9, Map.of())
                .claim("c2", FUNDS, "e1", "e2", Stance.ASSERTED, "The United States funds the Federal Police", List.of("e6"), null, 0.9, Map.of())
                .claim("c3", ALIGNED_WITH, "e3", "e4", Stance.ASSERTED, "Badr Corps, which is aligned with Iran", List.of("e6"), null, 0.9, Map.of())
                .claim("c4", INFILTRATES, "e3", "e2", Stance.ASSERTED, "Badr Corps, which is aligned with Iran, infiltrated the Federal Police", List.of("e6"), null, 0.9, Map.of())
                .claim("c5", PART_OF, "e2", "e5", Stance.ASSERTED, "the Federal Police, part of the Interior Ministry", List.of("e6"), null, 0.9, Map.of())
                .claim("c6", ALIGNED_WITH, "e3", "e4", Stance.ALLEGED, "Badr Corps, which is aligned with Iran", List.of("e6"), null, 0.9, Map.of())
                .build());
        t.server.visibility().changed();
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void everyEvidenceLinkLandsOnItsOwnQuote() {
        String html = t.client().as("vera").get("/documents/" + saved.documentId()).body();
        var page = Jsoup.parse(html);
        List<Element> claims = page.select("li.claim");
        assertThat(claims).hasSize(6);
        // Where in the text each anchor stands.
        Map<String, Integer> at = new HashMap<>();
        StringBuilder text = new StringBuilder();
        page.selectFirst("article.text").traverse((Node n, int depth) -> {
            if (n instanceof TextNode tn) {
                text.append(tn.getWholeText());
            } else if (n instanceof Element e && e.id().startsWith("ev-")) {
                assertThat(at.put(e.id(), text.length())).as("id %s repeats", e.id()).isNull();
            }
        });
        // The template indents the article; the text itself starts after that.
        int lead = text.length() - text.toString().stripLeading().length();
        assertThat(text.toString().strip()).isEqualTo(TEXT);
        for (Element li : claims) {
            String link = li.selectFirst("a[href*=#ev-]").attr("href");
            String target = link.substring(link.indexOf('#') + 1);
            assertThat(at).as("target of %s", link).containsKey(target);
            String quote = li.selectFirst("blockquote").text();
            assertThat(TEXT.substring(at.get(target) - lead)).as(link).startsWith(quote);
        }
        // A highlight names every claim whose quote covers it, so a click can show them.
        Element nested = page.select("article.text mark").stream().filter(m -> m.text().equals("The United States funds the Federal Police"))
                .findFirst().orElseThrow();
        assertThat(nested.attr("data-claims").split(" ")).hasSize(2);
    }
}
