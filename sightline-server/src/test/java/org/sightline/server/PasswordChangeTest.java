package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/**
 * A password change ends the user's other sessions and offers to revoke their API tokens; tokens
 * expire on a date chosen when they are made (90 days unless chosen), shown on the Account page.
 */
class PasswordChangeTest {
    private static final String NEW_PASSWORD = "plum-orchard-lantern-42";

    @TempDir
    Path dir;

    @Test
    void aPasswordChangeSignsOutOtherSessionsKeepsThisOneAndOffersToRevokeTokens() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            TestServer.Client here = t.client().as("vera");
            TestServer.Client elsewhere = t.client().as("vera");
            String token = newToken(here, Map.of("label", "notebook"));

            var changed = here.post("/account/password", Map.of("current", "vera-password", "password", NEW_PASSWORD), true);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.body()).contains("other sessions are signed out");

            assertThat(elsewhere.get("/").statusCode()).as("the other session has ended").isEqualTo(302);
            assertThat(elsewhere.get("/api/stats").statusCode()).isEqualTo(401);
            assertThat(here.get("/").statusCode()).as("the session that changed it goes on").isEqualTo(200);
            assertThat(bearer(t, token).get("/api/stats").statusCode()).as("kept: the box was not ticked").isEqualTo(200);

            Document page = Jsoup.parse(here.get("/account").body());
            assertThat(page.select("form[action=/account/tokens/revoke-all] button").text()).contains("Revoke all");
            assertThat(page.select("form[action=/account/password] input[name=revoke_tokens]").attr("checked")).isNotNull();
            assertThat(here.post("/account/tokens/revoke-all", Map.of(), true).body()).contains("1 API token(s) revoked");
            assertThat(bearer(t, token).get("/api/stats").statusCode()).isEqualTo(401);

            String second = newToken(here, Map.of("label", "script"));
            assertThat(here.post("/account/password", Map.of("current", NEW_PASSWORD, "password", NEW_PASSWORD + "x",
                    "revoke_tokens", "true"), true).body()).contains("1 API token(s) revoked");
            assertThat(bearer(t, second).get("/api/stats").statusCode()).isEqualTo(401);

            assertThat(t.client().login("vera", "vera-password").statusCode()).isEqualTo(401);
            assertThat(t.client().login("vera", NEW_PASSWORD + "x").statusCode()).isEqualTo(302);
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("PASSWORD_CHANGE");
                assertThat(a.outcome()).isEqualTo("OK");
                assertThat(a.detail()).contains("other sessions ended").contains("1 API token(s) revoked");
            });
        }
    }

    @Test
    void tokensExpireOnTheDateChosenAtCreationNinetyDaysUnlessChosen() throws Exception {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            TestServer.Client vera = t.client().as("vera");
            newToken(vera, Map.of("label", "default"));
            newToken(vera, Map.of("label", "week", "days", "7"));
            Document page = Jsoup.parse(vera.get("/account").body());
            assertThat(page.select("select[name=days] option[selected]").attr("value")).isEqualTo("90");
            Instant now = Instant.now();
            assertThat(expiry(page, "default")).isCloseTo(now.plus(Duration.ofDays(90)), within(5, ChronoUnit.MINUTES));
            assertThat(expiry(page, "week")).isCloseTo(now.plus(Duration.ofDays(7)), within(5, ChronoUnit.MINUTES));
            assertThat(vera.post("/account/tokens", Map.of("label", "x", "days", "0"), true).statusCode()).isEqualTo(400);
            assertThat(vera.post("/account/tokens", Map.of("label", "x", "days", "100000"), true).body()).contains("days");

            String old = newToken(vera, Map.of("label", "old"));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sightline.db"));
                 PreparedStatement st = c.prepareStatement("UPDATE server_tokens SET expires_at = ? WHERE label = 'old'")) {
                st.setString(1, Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString());
                assertThat(st.executeUpdate()).isEqualTo(1);
            }
            var refused = bearer(t, old).get("/api/stats");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("expired");
            assertThat(Jsoup.parse(vera.get("/account").body()).select("tr:has(td:containsOwn(old)) td.expires").text()).contains("expired");
        }
    }

    @Test
    void disablingAUserEndsTheirSessionsAndTokensSoEnablingThemBringsNeitherBack() {
        try (TestServer t = new TestServer(dir, false)) {
            var vera = t.user("vera", Role.VIEWER);
            TestServer.Client session = t.client().as("vera");
            String token = newToken(session, Map.of("label", "script"));
            TestServer.Client admin = t.client();
            admin.login("admin", TestServer.ADMIN_PASSWORD);
            assertThat(admin.post("/admin/users/" + vera.id(), Map.of("role", "VIEWER", "disabled", "true"), true).statusCode()).isEqualTo(200);
            assertThat(admin.post("/admin/users/" + vera.id(), Map.of("role", "VIEWER", "disabled", "false"), true).statusCode()).isEqualTo(200);
            assertThat(session.get("/").statusCode()).isEqualTo(302);
            assertThat(bearer(t, token).get("/api/stats").statusCode()).as("the token was revoked when she was disabled").isEqualTo(401);
            assertThat(t.client().as("vera").get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTokenChangesNothingOutsideTheApiAndNeverOpensTheAccountPage() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            String token = newToken(t.client().as("vera"), Map.of("label", "script", "days", "7"));
            TestServer.Client api = bearer(t, token);
            assertThat(api.get("/api/stats").statusCode()).isEqualTo(200);
            // A leaked week-long token must not mint itself a year-long one, nor read the account page.
            var minted = api.post("/account/tokens", Map.of("label", "minted", "days", "365"), false);
            assertThat(minted.statusCode()).as("sent to sign in").isEqualTo(302);
            assertThat(minted.headers().firstValue("Location").orElse("")).startsWith("/login");
            var page = api.get("/account");
            assertThat(page.statusCode()).as("a page asks to sign in").isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/login");
            assertThat(api.post("/account/password", Map.of("current", "vera-password", "password", NEW_PASSWORD), false).statusCode())
                    .isEqualTo(302);
            assertThat(t.client().login("vera", "vera-password").statusCode()).as("the password is unchanged").isEqualTo(302);
            assertThat(t.accounts.tokens(t.accounts.userByName("vera").orElseThrow().id())).hasSize(1);
        }
    }

    @Test
    void aNewPasswordMayNotHoldTheUserNameNorBeTheOneInUseAndNamesDifferInMoreThanCase() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            TestServer.Client vera = t.client().as("vera");
            var named = vera.post("/account/password", Map.of("current", "vera-password", "password", "Kx9#veraQz71"), true);
            assertThat(named.statusCode()).isEqualTo(400);
            assertThat(named.body()).contains("contains the user name");
            t.accounts.setPasswordHash(t.accounts.userByName("vera").orElseThrow().id(), Passwords.hash(NEW_PASSWORD));
            var same = vera.post("/account/password", Map.of("current", NEW_PASSWORD, "password", NEW_PASSWORD), true);
            assertThat(same.statusCode()).isEqualTo(400);
            assertThat(same.body()).contains("the one you have now");

            TestServer.Client admin = t.client();
            admin.login("admin", TestServer.ADMIN_PASSWORD);
            var lookAlike = admin.post("/admin/users", Map.of("name", "Admin", "password", NEW_PASSWORD, "role", "VIEWER"), true);
            assertThat(lookAlike.statusCode()).isEqualTo(409);
            var ownName = admin.post("/admin/users", Map.of("name", "bobsmith", "password", "bobsmith-orchard-42", "role", "VIEWER"), true);
            assertThat(ownName.statusCode()).isEqualTo(400);
            assertThat(ownName.body()).contains("contains the user name");
        }
    }

    private static String newToken(TestServer.Client c, Map<String, String> form) {
        var r = c.post("/account/tokens", form, true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body()).selectFirst("#new-token").text();
    }

    private static TestServer.Client bearer(TestServer t, String token) {
        TestServer.Client c = t.client();
        c.bearer = token;
        return c;
    }

    private static Instant expiry(Document page, String label) {
        return Instant.parse(page.select("tr:has(td:containsOwn(" + label + ")) td.expires time").attr("datetime"));
    }
}
