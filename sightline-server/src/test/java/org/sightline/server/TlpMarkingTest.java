package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Extraction;
import org.sightline.server.access.Collection;
import org.sightline.server.access.Role;
import org.sightline.server.access.User;
import org.sightline.store.StoredEntity;

/**
 * What comes from a RED filing says so wherever a member reads it: the document's banner, its
 * claims on entity pages, graph edges, exposure paths and the exports, which carry the highest
 * marking they hold. A reader outside the collection sees no RED mark, since they see nothing of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlpMarkingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    TestServer t;
    Extraction secret;
    Extraction open;
    long police;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        secret = Fixtures.secretReport();
        open = Fixtures.publicReport();
        Collection red = t.holdInRed("Red Room", secret, open);
        User rita = t.user("rita", Role.ANALYST);
        t.accounts.addMember(red.id(), rita.id());
        t.user("ana", Role.ANALYST);
        t.server.visibility().changed();
        police = t.store.findEntities("Federal Police").stream().mapToLong(StoredEntity::id).findFirst().orElseThrow();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void eachDocumentHasABannerWithTheMarkingItIsReadUnder() {
        TestServer.Client rita = t.client().as("rita");
        assertThat(banner(rita, secret)).isEqualTo("TLP:RED");
        assertThat(banner(rita, open)).isEqualTo("TLP:GREEN");
        assertThat(banner(t.client().as("ana"), open)).isEqualTo("TLP:GREEN");
    }

    @Test
    void aMemberSeesWhichClaimsComeFromTheRedFiling() {
        Document page = Jsoup.parse(t.client().as("rita").get("/entities/" + police).body());
        List<String> red = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (Element li : page.select("li.claim")) {
            (li.select(".tlp-red").isEmpty() ? unmarked : red).add(li.selectFirst("blockquote").text());
        }
        assertThat(red).containsExactly("Zorblax Quendrim infiltrated the Federal Police");
        assertThat(unmarked).contains("The United States funds the Federal Police", "Badr Corps infiltrated the Federal Police");
    }

    @Test
    void graphEdgesCarryTheHighestMarkingOfTheirClaims() throws Exception {
        JsonNode g = JSON.readTree(t.client().as("rita").get("/api/entities/" + police + "/graph").body());
        List<String> marks = new ArrayList<>();
        g.path("edges").forEach(e -> marks.add(e.path("type").asText() + " " + e.path("tlp").asText()));
        assertThat(marks).contains("INFILTRATES RED", "FUNDS GREEN");
        JsonNode outside = JSON.readTree(t.client().as("ana").get("/api/entities/" + police + "/graph").body());
        outside.path("edges").forEach(e -> assertThat(e.path("tlp").asText()).isEqualTo("GREEN"));
    }

    @Test
    void exposurePathsAndTheAnswerSayTheirMarking() throws Exception {
        TestServer.Client rita = t.client().as("rita");
        JsonNode answer = JSON.readTree(rita.get("/api/export/exposure.json?funder=United+States").body());
        assertThat(answer.path("tlp").asText()).isEqualTo("TLP:RED");
        Document page = Jsoup.parse(rita.get("/exposure?funder=United+States").body());
        assertThat(page.selectFirst(".summary .tlp-banner").text()).startsWith("TLP:RED");
        assertThat(page.select("details.hop").stream().filter(h -> !h.select("summary .tlp-red").isEmpty())
                .map(h -> h.selectFirst("summary").text())).allMatch(s -> s.contains("Zorblax Quendrim")).isNotEmpty();

        TestServer.Client ana = t.client().as("ana");
        assertThat(JSON.readTree(ana.get("/api/export/exposure.json?funder=United+States").body()).path("tlp").asText()).isEqualTo("TLP:GREEN");
        assertThat(ana.get("/exposure?funder=United+States").body()).doesNotContain("TLP:RED");
    }

    @Test
    void exportsWriteTheHighestMarkingTheyHold() throws Exception {
        TestServer.Client rita = t.client().as("rita");
        String csv = rita.get("/api/export/entities/" + police + "/claims.csv").body();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",tlp,export_tlp");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).endsWith("\"TLP:RED\"");
        }
        assertThat(csv).contains("\"Zorblax Quendrim infiltrated the Federal Police\"");
        JsonNode json = JSON.readTree(rita.get("/api/export/entities/" + police + "/claims.json").body());
        assertThat(json.path("tlp").asText()).isEqualTo("TLP:RED");
        List<String> perClaim = new ArrayList<>();
        json.path("claims").forEach(c -> perClaim.add(c.path("tlp").asText()));
        assertThat(perClaim).contains("TLP:RED", "TLP:GREEN");

        String outside = t.client().as("ana").get("/api/export/entities/" + police + "/claims.csv").body();
        assertThat(outside).doesNotContain("TLP:RED").contains("\"TLP:GREEN\"");
    }

    private static String banner(TestServer.Client c, Extraction doc) {
        return Jsoup.parse(c.get("/documents/" + doc.document().id()).body()).selectFirst(".tlp-banner").text();
    }
}
