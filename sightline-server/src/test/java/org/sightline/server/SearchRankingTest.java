package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Stance;
import org.sightline.server.access.Role;
import org.sightline.store.ExtractionBuilder;

/** The search box: the entity a name is first, other spellings found by the name matcher, KB entries offered. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRankingTest {
    @TempDir
    static Path dir;
    TestServer t;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        // The Badran council is mentioned more often than Badr: mention counts alone would put it first.
        String text = "The Badran Tribal Council met. Badran Tribal Council elders spoke. Badran Tribal Council members left. "
                + "Badr Organization fighters arrived. Abu Mahdi al-Mohandes, a Badr Organization ally, spoke. "
                + "The Badran Tribal Council is associated with Badr Organization, the monitor wrote.";
        var b = new ExtractionBuilder(text, new DocumentMetadata("Badr note", "Monitor", null, "2022-01-01", null, "text/plain"))
                .entity("e1", "Badran Tribal Council", ORGANIZATION).entity("e2", "Badr Organization", ARMED_GROUP)
                .entityWithKb("e3", "Abu Mahdi al-Mohandes", PERSON, "abu-mahdi-al-muhandis").entity("e4", "Monitor", ORGANIZATION);
        for (int i = 0; i < 3; i++) {
            b.mention("e1", "Badran Tribal Council");
        }
        b.mention("e2", "Badr Organization").mention("e3", "Abu Mahdi al-Mohandes").mention("e4", "monitor");
        b.claim("c1", ClaimType.ASSOCIATED_WITH, "e1", "e2", Stance.ASSERTED, "The Badran Tribal Council is associated with Badr Organization",
                List.of("e4"), null, 0.9, Map.of());
        t.store.save(b.build());
        t.server.visibility().changed();
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void aWholeWordMatchComesBeforeAWordThatOnlyBeginsWithTheQuery() {
        assertThat(entities("Badr")).startsWith("Badr Organization").contains("Badran Tribal Council");
        assertThat(EntitySearch.rank(EntitySearch.fold("Badr Organization"), "badr")).isLessThan(
                EntitySearch.rank(EntitySearch.fold("Badran Tribal Council"), "badr"));
    }

    @Test
    void anotherSpellingIsFoundByTheNameMatcher() {
        assertThat(entities("Muhandis")).contains("Abu Mahdi al-Mohandes");
    }

    @Test
    void knowledgeBaseEntriesNoDocumentNamesAreOfferedApart() throws Exception {
        Document page = Jsoup.parse(t.client().as("vera").get("/search?q=Qassem+Soleimani").body());
        assertThat(page.select("ul.entities.kb li a").eachText()).anyMatch(n -> n.contains("Soleimani"));
        assertThat(page.selectFirst("ul.entities.kb li a").attr("href")).startsWith("/screen?name=");
        JsonNode api = new ObjectMapper().readTree(t.client().as("vera").get("/api/search?q=Qassem+Soleimani").body());
        assertThat(api.path("knowledge_base").size()).isPositive();
        assertThat(api.path("entities").size()).isZero();
    }

    private List<String> entities(String q) {
        Document page = Jsoup.parse(t.client().as("vera").get("/search?q=" + q).body());
        List<String> names = new ArrayList<>(page.select("ul.entities:not(.kb) li > a").eachText());
        assertThat(names).as("entities for %s", q).isNotEmpty();
        return names;
    }
}
