package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.STATE;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;
import org.sightline.store.ClaimQuery;
import org.sightline.store.ExtractionBuilder;
import org.sightline.store.StoredEntity;

/** A document whose text, title, url and entity names are attacks renders inert on every page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssTest {
    static final String GROUP = "Evil<script>alert(2)</script> Group";
    static final String BRIGADE = "\"><img src=x onerror=alert(3)> Brigade";
    static final String SOURCE = "<b onmouseover=alert(7)>Mallory</b>";

    @TempDir
    static Path dir;
    TestServer t;
    Extraction x;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        x = new ExtractionBuilder("<script>alert('xss-text')</script> Washington said. " + GROUP + " funds the " + BRIGADE
                + ", said " + SOURCE + ". The United States funds the " + BRIGADE + " too, said " + SOURCE + ".",
                new DocumentMetadata("<script>alert(4)</script>Title\"><svg onload=alert(5)>", "<i onclick=alert(8)>outlet</i>",
                        "javascript:alert(6)", "2024-01-01", null, "text/plain"))
                .entity("e1", GROUP, ARMED_GROUP)
                .entity("e2", BRIGADE, ARMED_GROUP, "'onfocus='alert(9)")
                .entity("e3", SOURCE, ORGANIZATION)
                .entityWithKb("e4", "United States", STATE, "us")
                .mention("e1", GROUP).mention("e2", BRIGADE).mention("e3", SOURCE).mention("e4", "United States")
                .claim("c1", FUNDS, "e1", "e2", Stance.ASSERTED, GROUP + " funds the " + BRIGADE, List.of("e3"), null, 0.9, Map.of())
                .claim("c2", FUNDS, "e4", "e2", Stance.ASSERTED, "The United States funds the " + BRIGADE, List.of("e3"), null, 0.9, Map.of())
                .build();
        t.store.save(x);
        t.server.visibility().changed();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void everyPageShowingTheHostileDocumentRendersItAsText() {
        TestServer.Client c = t.client();
        c.login("admin", TestServer.ADMIN_PASSWORD);
        List<String> pages = new ArrayList<>(List.of("/", "/search?q=alert", "/search?q=Brigade", "/documents/" + x.document().id(),
                "/exposure?funder=United+States", "/screen?name=Mallory", "/screen?name=Evil+Group", "/admin"));
        for (StoredEntity e : t.store.entities(null)) {
            pages.add("/entities/" + e.id());
            pages.add("/entities/" + e.id() + "/graph");
        }
        pages.add("/graph/edge?claims=" + String.join(",", t.store.claims(ClaimQuery.ALL).stream().map(cl -> String.valueOf(cl.id())).toList()));
        for (String page : pages) {
            HttpResponse<String> r = c.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertInert(page, r.body());
        }
        // The payloads are there, as text: escaped, not dropped.
        String doc = c.get("/documents/" + x.document().id()).body();
        assertThat(doc).contains("&lt;script&gt;alert('xss-text')&lt;/script&gt;").contains("&lt;img src=x onerror=alert(3)&gt;");
        assertThat(Jsoup.parse(doc).select("mark").text()).contains(GROUP);
        assertThat(doc).doesNotContain("javascript:alert(6)");
        // JSON answers are JSON (no sniffing as HTML).
        HttpResponse<String> api = c.get("/api/documents/" + x.document().id());
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static void assertInert(String page, String html) {
        assertThat(html).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload")
                .doesNotContain("<b onmouseover").doesNotContain("<i onclick");
        var doc = Jsoup.parse(html);
        for (Element s : doc.select("script")) {
            assertThat(s.attr("src")).as(page + ": every script is the app's own file").matches("/(webjars|static)/.+\\.js");
            assertThat(s.data()).as(page + ": no inline script").isBlank();
        }
        assertThat(doc.select("img, svg, iframe, object, embed")).as(page).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(page + ": no event handler attribute on <" + e.tagName() + ">").doesNotStartWith("on");
            }
        }
        for (Element a : doc.select("a[href]")) {
            assertThat(a.attr("href")).as(page).matches("(/|#|https?://).*");
        }
    }
}
