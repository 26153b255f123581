package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
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
import org.sightline.store.ClaimQuery;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * A RED collection's document leaves no trace for a reader who is not its member: every page
 * reachable from the home page and every /api route of the OpenAPI description, filled in with
 * every id the store holds (the secret ones included) and the secret words as queries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {
    @TempDir
    static Path dir;
    TestServer t;
    Extraction secret;
    Extraction open;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        secret = Fixtures.secretReport();
        open = Fixtures.publicReport();
        Collection red = t.holdInRed("Cell-7", secret, open);
        t.user("vera", Role.VIEWER);
        t.user("ana", Role.ANALYST);
        User mona = t.user("mona", Role.VIEWER);
        t.accounts.addMember(red.id(), mona.id());
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void aReaderOutsideTheRedCollectionFindsNoTraceOfItAnywhere() {
        for (String who : List.of("vera", "ana", "admin")) {
            TestServer.Client c = who.equals("admin") ? t.client() : t.client().as(who);
            if (who.equals("admin")) {
                c.login("admin", TestServer.ADMIN_PASSWORD);
            }
            Map<String, String> seen = Crawler.crawl(t, c);
            assertThat(seen.size()).as("pages and answers read as " + who).isGreaterThan(40);
            seen.forEach((url, body) -> {
                // What the reader typed comes back to them (the search box keeps it): that is no leak.
                String text = body.toLowerCase(Locale.ROOT);
                for (String s : Fixtures.SECRETS) {
                    if (url.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))) {
                        text = text.replace(s.toLowerCase(Locale.ROOT), "");
                    }
                }
                for (String s : Fixtures.SECRETS) {
                    assertThat(text).as(who + " reading " + url).doesNotContain(s.toLowerCase(Locale.ROOT));
                }
            });
            assertThat(json(c.get("/api/stats")).get("documents").asInt()).isEqualTo(1);
            assertThat(c.get("/documents/" + secret.document().id()).statusCode()).isEqualTo(404);
            assertThat(c.get("/api/documents/" + secret.document().id()).statusCode()).isEqualTo(404);
            if (!who.equals("vera")) {
                // Judgements on what one cannot see find nothing to judge.
                long hidden = t.store.claims(new ClaimQuery(null, null, secret.document().id(), 0)).get(0).id();
                assertThat(c.post("/claims/" + hidden + "/reject", Map.of("why", "x"), true).statusCode()).isEqualTo(404);
                assertThat(c.post("/api/claims/" + hidden + "/reject", Map.of("why", "x"), true).statusCode()).isEqualTo(404);
                assertThat(t.store.claim(hidden).orElseThrow().rejectedBy()).isNull();
            }
            // The shared entity is named as the readable document names it.
            String badr = c.get("/api/entities?q=Badr%20Corps").body();
            assertThat(badr).contains("\"name\":\"Badr Corps\"");
        }
    }

    @Test
    void aMemberSeesTheRedDocumentEverywhere() {
        TestServer.Client c = t.client().as("mona");
        assertThat(c.get("/search?q=Zorblax").body()).contains("Zorblax Quendrim").contains("Operation Nightjar Pelquist");
        assertThat(c.get("/exposure?funder=United+States").body()).contains("Zorblax Quendrim");
        assertThat(c.get("/api/exposure?funder=United%20States").body()).contains("Zorblax Quendrim");
        assertThat(json(c.get("/api/stats")).get("documents").asInt()).isEqualTo(2);
        assertThat(c.get("/documents/" + secret.document().id()).body()).contains("Nightjar");
        assertThat(c.get("/api/entities?q=Xylophant").body()).contains("Xylophant");
    }

    @Test
    void anonymousCallsOfEveryApiRouteAreRefusedAndPagesSendToTheLogin() {
        TestServer.Client anonymous = t.client();
        for (SightlineServer.ApiRoute r : t.server.apiRoutes()) {
            String path = r.path().replace("{id}", "1");
            HttpResponse<String> res = r.method().name().equals("GET") ? anonymous.get(path) : anonymous.post(path, Map.of(), false);
            assertThat(res.statusCode()).as(r.method() + " " + path).isEqualTo(401);
            assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        }
        HttpResponse<String> page = anonymous.get("/entities/1");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/login");
    }

    @Test
    void everyApiRouteIsDescribedInTheOpenApiFileAndNothingElseIs() throws Exception {
        Set<String> registered = new LinkedHashSet<>();
        t.server.apiRoutes().forEach(r -> registered.add(r.method().name().toLowerCase(Locale.ROOT) + " " + r.path()));
        Set<String> described = new LinkedHashSet<>();
        JsonNode paths = Crawler.openApi().get("paths");
        paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames().forEachRemaining(m -> described.add(m + " " + p)));
        assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
        TestServer.Client c = t.client().as("vera");
        assertThat(c.get("/api/openapi.yaml").body()).contains("openapi: 3");
    }

    @Test
    void signingInNeedsTheFormsCsrfTokenAndTheRightPassword() {
        TestServer.Client c = t.client();
        c.get("/login");
        assertThat(c.post("/login", Map.of("name", "vera", "password", "vera-password"), false).statusCode()).isEqualTo(403);
        assertThat(c.post("/login", Map.of("name", "vera", "password", "wrong-password"), true).statusCode()).isEqualTo(401);
        assertThat(t.accounts.audit(50)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("vera");
            assertThat(a.outcome()).isEqualTo("FAILED");
        });
        assertThat(c.post("/login", Map.of("name", "vera", "password", "vera-password"), true).statusCode()).isEqualTo(302);
        assertThat(c.get("/").statusCode()).isEqualTo(200);
        // Signed in, a state change without the token is still refused.
        assertThat(c.post("/account/tokens", Map.of("label", "x"), false).statusCode()).isEqualTo(403);
    }

    @Test
    void apiTokensActAsTheirUserWithoutCookiesAndViewersCannotUploadOrJudge() {
        TestServer.Client page = t.client().as("vera");
        String html = page.post("/account/tokens", Map.of("label", "notebook"), true).body();
        String token = Jsoup.parse(html).selectFirst("#new-token").text();
        assertThat(token).startsWith("sl_");
        assertThat(t.accounts.audit(50)).anySatisfy(a -> assertThat(a.action()).isEqualTo("TOKEN_CREATE"));

        TestServer.Client api = t.client();
        api.bearer = token;
        assertThat(api.get("/api/entities").statusCode()).isEqualTo(200);
        assertThat(api.get("/").statusCode()).as("a token reads pages").isEqualTo(200);
        long claim = t.store.claims(ClaimQuery.ALL).get(0).id();
        assertThat(api.post("/api/claims/" + claim + "/reject", Map.of("why", "test"), false).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/documents", Map.of(), false).statusCode()).isEqualTo(403);
        assertThat(page.post("/api/claims/" + claim + "/reject", Map.of("why", "test"), true).statusCode()).isEqualTo(403);
        assertThat(page.get("/upload").statusCode()).isEqualTo(403);
        assertThat(page.get("/admin").statusCode()).isEqualTo(403);
        assertThat(page.get("/api/audit").statusCode()).isEqualTo(403);

        api.bearer = "sl_not-a-token";
        assertThat(api.get("/api/entities").statusCode()).isEqualTo(401);
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        HttpResponse<String> r = t.client().get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'")
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(v -> assertThat(v).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return new ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(r.body(), e);
        }
    }
}
