package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Collection;
import org.sightline.server.access.Role;
import org.sightline.server.access.Tlp;
import org.sightline.server.access.User;

/**
 * A form field or query parameter that does not parse is the client's mistake: 400 with the field
 * named, never 500 "internal error", and nothing is changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormValuesTest {
    @TempDir
    static Path dir;
    TestServer t;
    TestServer.Client admin;
    TestServer.Client api;
    Collection red;
    User vera;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        t.store.save(Fixtures.publicReport());
        red = t.accounts.createCollection("Red Room", Tlp.RED);
        vera = t.user("vera", Role.VIEWER);
        admin = t.client();
        admin.login("admin", TestServer.ADMIN_PASSWORD);
        String token = Jsoup.parse(admin.post("/account/tokens", Map.of("label", "ops"), true).body()).selectFirst("#new-token").text();
        api = t.client();
        api.bearer = token;
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void badAdminFormValuesAnswer400NamingTheFieldAndChangeNothing() {
        assertBad(admin.post("/admin/users", Map.of("name", "newbie", "password", "a-long-enough-secret", "role", "FOO"), true), "role", "FOO");
        assertThat(t.accounts.userByName("newbie")).isEmpty();
        assertBad(admin.post("/admin/users/" + vera.id(), Map.of("role", "FOO"), true), "role", "FOO");
        assertBad(admin.post("/admin/users/" + vera.id(), Map.of("role", "ANALYST", "disabled", "maybe"), true), "disabled", "maybe");
        assertThat(t.accounts.user(vera.id()).orElseThrow().role()).isEqualTo(Role.VIEWER);

        assertBad(admin.post("/admin/collections", Map.of("name", "Purple", "tlp", "PURPLE"), true), "tlp", "PURPLE");
        assertThat(t.accounts.collections()).noneMatch(c -> c.name().equals("Purple"));
        assertBad(admin.post("/admin/collections/" + red.id() + "/tlp", Map.of("tlp", "PURPLE"), true), "tlp", "PURPLE");
        assertThat(t.accounts.collection(red.id()).orElseThrow().tlp()).isEqualTo(Tlp.RED);

        assertBad(admin.post("/admin/collections/" + red.id() + "/members", Map.of("user", "abc"), true), "user", "abc");
        assertBad(admin.post("/admin/collections/" + red.id() + "/members", Map.of("user", "123456789012345678901234"), true), "user", "1234");
        assertThat(t.accounts.members(red.id())).isEmpty();

        // Lower case is still the constant meant.
        assertThat(admin.post("/admin/collections", Map.of("name", "Amber Desk", "tlp", "amber"), true).statusCode()).isEqualTo(200);
    }

    @Test
    void badQueryAndApiFormValuesAnswer400NamingTheParameter() {
        long entity = t.store.entities(null).get(0).id();
        assertBad(api.get("/api/entities?type=NOPE"), "type", "NOPE");
        assertBad(api.get("/api/documents?limit=abc"), "limit", "abc");
        assertBad(api.get("/api/documents?limit=99999999999"), "limit", "99999999999");
        assertBad(api.get("/api/documents?offset=-3"), "offset", "-3");
        assertBad(api.get("/api/audit?limit=many"), "limit", "many");
        assertBad(admin.get("/entities/" + entity + "?page=x"), "page", "x");
        assertBad(api.post("/api/entities/" + entity + "/merge", Map.of("other", "abc", "why", "same"), false), "other", "abc");
        // An explicit offset 0 is the first item, as no offset is.
        assertThat(api.get("/api/documents?offset=0").body()).contains(Fixtures.publicReport().document().id());
    }

    @Test
    void aFormBodyTheServerCannotDecodeIs400() {
        long claim = t.store.claims(org.sightline.store.ClaimQuery.ALL).get(0).id();
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(t.base + "/api/entities/" + claim + "/merge"))
                .header("Authorization", "Bearer " + api.bearer)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("other=%zz&why=%")).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("internal error");
    }

    private static String error(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("error").asText();
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static void assertBad(HttpResponse<String> r, String field, String value) {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(400);
        String text = r.body().startsWith("{") ? error(r.body()) : Jsoup.parse(r.body()).text();
        assertThat(text).as(r.uri().toString()).contains("\"" + field + "\"").contains(value).doesNotContain("internal error");
    }
}
