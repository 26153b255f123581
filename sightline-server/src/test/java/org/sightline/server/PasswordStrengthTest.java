package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/**
 * Weak passwords are refused with the reason (too short, too few different characters, a run of
 * keys, a repeated pattern, a common password), wherever a password is set; the password-change
 * form's current-password check is throttled as sign-in is.
 */
class PasswordStrengthTest {
    @TempDir
    Path dir;

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        assertThat(Passwords.problem("short1")).contains("at least 10 characters");
        assertThat(Passwords.problem("aaaaaaaaaa")).contains("only 1 different character");
        assertThat(Passwords.problem("abababababab")).contains("only 2 different");
        assertThat(Passwords.problem("abcdefghijkl")).contains("run of repeated, consecutive or neighbouring keys");
        assertThat(Passwords.problem("9876543210")).contains("run of");
        assertThat(Passwords.problem("qwertyuiop")).contains("run of");
        assertThat(Passwords.problem("1qaz2wsx3edc")).contains("common");
        assertThat(Passwords.problem("a1b2c3a1b2c3")).contains("repeats a short pattern");
        assertThat(Passwords.problem("password123")).contains("most common passwords");
        assertThat(Passwords.problem("P@ssw0rd2024!")).contains("most common passwords");
        assertThat(Passwords.problem("2024Sunshine!!")).contains("most common passwords");
        assertThat(Passwords.problem("iloveyou1234")).contains("most common passwords");
        assertThat(Passwords.problem("x".repeat(80))).isNotNull();
        assertThat(Passwords.problem("plum-orchard-lantern-42")).isNull();
        assertThat(Passwords.problem(TestServer.ADMIN_PASSWORD)).isNull();
        assertThat(Passwords.problem("correct horse battery staple")).isNull();
    }

    @Test
    void theAdminFormAndThePasswordChangeRefuseWeakPasswordsSayingWhy() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            TestServer.Client admin = t.client();
            admin.login("admin", TestServer.ADMIN_PASSWORD);
            HttpResponse<String> weak = admin.post("/admin/users", Map.of("name", "newbie", "password", "aaaaaaaaaa", "role", "VIEWER"), true);
            assertThat(weak.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(weak.body()).text()).contains("only 1 different character");
            assertThat(admin.post("/admin/users", Map.of("name", "newbie", "password", "Password2024", "role", "VIEWER"), true).body())
                    .contains("most common passwords");
            assertThat(t.accounts.userByName("newbie")).isEmpty();

            TestServer.Client vera = t.client().as("vera");
            HttpResponse<String> change = vera.post("/account/password", Map.of("current", "vera-password", "password", "1234567890"), true);
            assertThat(change.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(change.body()).text()).contains("run of repeated, consecutive or neighbouring keys");
            assertThat(t.client().login("vera", "vera-password").statusCode()).as("the password is unchanged").isEqualTo(302);
        }
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordFormAreThrottledAsSignInIsAndAnAdminCanUnlock() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            TestServer.Client vera = t.client().as("vera");
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(vera.post("/account/password", Map.of("current", "guess-" + i, "password", "plum-orchard-lantern-42"), true)
                        .statusCode()).isEqualTo(403);
            }
            HttpResponse<String> refused = vera.post("/account/password", Map.of("current", "vera-password", "password", "plum-orchard-lantern-42"), true);
            assertThat(refused.statusCode()).as("even the right password, once locked").isEqualTo(429);
            assertThat(Jsoup.parse(refused.body()).text()).contains("Too many wrong passwords");
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("LOGIN_LOCK");
                assertThat(a.target()).isEqualTo("vera");
            });
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("PASSWORD_CHANGE");
                assertThat(a.outcome()).isEqualTo("DENIED");
                assertThat(a.detail()).startsWith("throttled");
            });

            TestServer.Client admin = t.client();
            admin.login("admin", TestServer.ADMIN_PASSWORD);
            assertThat(admin.post("/admin/unlock", Map.of("name", "vera"), true).statusCode()).isEqualTo(200);
            assertThat(vera.post("/account/password", Map.of("current", "vera-password", "password", "plum-orchard-lantern-42"), true)
                    .statusCode()).isEqualTo(200);
        }
    }
}
