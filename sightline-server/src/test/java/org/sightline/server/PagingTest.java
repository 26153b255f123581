package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import java.nio.file.Path;
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
import org.sightline.store.SaveResult;

/** A long upload: the same claim 81 times is one row, and entity and document pages come in pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingTest {
    static final int UNITS = 60;
    @TempDir
    static Path dir;
    TestServer t;
    SaveResult saved;
    long badr;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        StringBuilder text = new StringBuilder("Badr Corps is aligned with Iran, the monitor wrote. ");
        for (int i = 1; i <= UNITS; i++) {
            text.append("Badr Corps infiltrated Brigade ").append(100 + i).append(". ");
        }
        var b = new ExtractionBuilder(text.toString(), new DocumentMetadata("Long report", "Monitor", null, "2022-01-01", null, "text/plain"))
                .entity("b", "Badr Corps", ARMED_GROUP).entity("ir", "Iran", STATE).entity("m", "monitor", ORGANIZATION)
                .mention("b", "Badr Corps").mention("ir", "Iran").mention("m", "monitor");
        // The extractor read the same sentence many times (a long upload that repeats itself).
        for (int i = 0; i < 81; i++) {
            b.claim("a" + i, ClaimType.ALIGNED_WITH, "b", "ir", Stance.ASSERTED, "Badr Corps is aligned with Iran", List.of("m"), null, 0.9, Map.of());
        }
        for (int i = 1; i <= UNITS; i++) {
            String unit = "Brigade " + (100 + i);
            b.entity("u" + i, unit, SECURITY_UNIT).mention("u" + i, unit);
            b.claim("i" + i, ClaimType.INFILTRATES, "b", "u" + i, Stance.ASSERTED, "Badr Corps infiltrated " + unit, List.of("m"), null, 0.9, Map.of());
        }
        saved = t.store.save(b.build());
        t.server.visibility().changed();
        t.user("vera", Role.VIEWER);
        badr = t.store.findEntities("Badr Corps").get(0).id();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void repeatedIdenticalClaimsAreOneRowAndTheEntityPageComesInPages() {
        TestServer.Client vera = t.client().as("vera");
        Document first = Jsoup.parse(vera.get("/entities/" + badr).body());
        assertThat(first.select("li.claim")).hasSize(PageRoutes.CLAIMS_PER_PAGE);
        assertThat(first.selectFirst("nav.pager").text()).contains("claims 1–50 of 61");
        assertThat(first.select(".repeats").eachText()).containsExactly("Said the same 81 times");
        assertThat(first.select("li.claim blockquote").eachText()).containsOnlyOnce("Badr Corps is aligned with Iran");
        // Its timeline links only to claims on the page.
        for (String href : first.select("ol.timeline a").eachAttr("href")) {
            assertThat(first.getElementById(href.substring(1))).as(href).isNotNull();
        }
        Document second = Jsoup.parse(vera.get(first.selectFirst("nav.pager a[rel=next]").attr("href")).body());
        assertThat(second.select("li.claim")).hasSize(61 - PageRoutes.CLAIMS_PER_PAGE);
        // Past the end is the last page, not an error.
        assertThat(Jsoup.parse(vera.get("/entities/" + badr + "?page=99").body()).select("li.claim")).hasSize(11);
    }

    @Test
    void theDocumentPageListsItsClaimsInPagesAndKeepsEveryAnchor() {
        Document doc = Jsoup.parse(t.client().as("vera").get("/documents/" + saved.documentId()).body());
        assertThat(doc.select("aside li.claim")).hasSize(PageRoutes.CLAIMS_PER_PAGE);
        assertThat(doc.select("dl.meta dd").eachText()).contains("141");
        // Evidence links from other pages still land: every claim keeps its anchor in the text.
        assertThat(doc.select("article.text span.ev")).hasSize(141);
    }

    @Test
    void theApiPagesDocumentsAndClaims() {
        TestServer.Client vera = t.client().as("vera");
        var claims = vera.get("/api/entities/" + badr + "/claims?limit=10&offset=5");
        assertThat(claims.headers().firstValue("X-Total-Count")).hasValue("141");
        assertThat(claims.body().split("\"quote\"", -1)).hasSize(11);
        assertThat(vera.get("/api/documents?limit=1").headers().firstValue("X-Total-Count")).hasValue("1");
    }
}
