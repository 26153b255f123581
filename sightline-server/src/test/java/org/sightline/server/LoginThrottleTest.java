package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/**
 * Password guessing is stopped per (user name, client address) and per address, so a guesser
 * locks out only their own address; an admin can lift a lock, and the audit log shows both.
 */
class LoginThrottleTest {
    private static final String GUESSER = "127.0.0.2";

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-25T06:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aNameIsRefusedFromOneAddressAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.allowed("vera", "10.0.0.9")).isTrue();
            assertThat(throttle.failed("vera", "10.0.0.9")).hasSize(i == LoginThrottle.MAX_FAILURES - 1 ? 1 : 0);
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.allowed("vera", "10.0.0.9")).isFalse();
        assertThat(throttle.allowed(" VERA ", "10.0.0.9")).as("the same name, however typed").isFalse();
        assertThat(throttle.allowed("vera", "10.0.0.1")).as("the same name from elsewhere").isTrue();
        assertThat(throttle.allowed("ana", "10.0.0.9")).isTrue();
        assertThat(throttle.locks()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("vera");
            assertThat(l.address()).isEqualTo("10.0.0.9");
        });

        clock.now = Instant.parse("2026-11-25T06:00:00Z").plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.allowed("vera", "10.0.0.9")).as("the first failure has left the window").isTrue();
        throttle.failed("vera", "10.0.0.9");
        assertThat(throttle.allowed("vera", "10.0.0.9")).isFalse();

        throttle.succeeded("vera", "10.0.0.9");
        assertThat(throttle.allowed("vera", "10.0.0.9")).isTrue();
        assertThat(Duration.ofMinutes(15)).isEqualTo(LoginThrottle.WINDOW);
    }

    @Test
    void anAddressTryingManyNamesIsRefusedForEveryNameAndAnAdminCanLiftIt() {
        LoginThrottle throttle = new LoginThrottle(new HandClock());
        for (int i = 0; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.allowed("ana", "10.0.0.9")).isFalse();
        assertThat(throttle.allowed("ana", "10.0.0.1")).isTrue();
        assertThat(throttle.unlock(null, "10.0.0.9")).isEqualTo(1);
        assertThat(throttle.allowed("ana", "10.0.0.9")).isTrue();
    }

    @Test
    void aGuesserElsewhereLocksOutOnlyThemselfAndTheLockIsAudited() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            PeerClient guesser = new PeerClient(t.base, GUESSER);
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(guesser.login("vera", "guess-" + i).status()).isEqualTo(401);
            }

            PeerClient.Answer refused = new PeerClient(t.base, GUESSER).login("vera", "vera-password");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body()).contains("Too many failed sign-ins");
            assertThat(t.client().login("vera", "vera-password").statusCode()).as("vera at her own machine").isEqualTo(302);
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("LOGIN_LOCK");
                assertThat(a.target()).isEqualTo("vera");
                assertThat(a.detail()).contains(GUESSER);
            });
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.actor()).isEqualTo("vera");
                assertThat(a.action()).isEqualTo("LOGIN");
                assertThat(a.outcome()).isEqualTo("DENIED");
                assertThat(a.detail()).startsWith("throttled").contains(GUESSER);
            });
        }
    }

    @Test
    void anAddressTryingManyNamesIsRefusedForEveryNameFromThereOnly() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("ana", Role.ANALYST);
            PeerClient guesser = new PeerClient(t.base, GUESSER);
            for (int i = 0; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
                assertThat(guesser.login("user" + i, "guess").status()).isEqualTo(401);
            }
            assertThat(new PeerClient(t.base, GUESSER).login("ana", "ana-password").status()).isEqualTo(429);
            assertThat(t.client().login("ana", "ana-password").statusCode()).isEqualTo(302);
            assertThat(t.accounts.audit(100)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("LOGIN_LOCK");
                assertThat(a.target()).isEqualTo("address " + GUESSER);
            });
        }
    }

    @Test
    void anAdminUnlocksFromTheAdminPageWithItsCsrfTokenOrFromTheApiAndBothAreAudited() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            lockOut(t, "vera");
            TestServer.Client admin = t.client();
            admin.login("admin", TestServer.ADMIN_PASSWORD);
            Document page = Jsoup.parse(admin.get("/admin").body());
            assertThat(page.select("form[action=/admin/unlock]").text()).contains("vera").contains(GUESSER);

            assertThat(admin.post("/admin/unlock", Map.of("name", "vera", "address", GUESSER), false).statusCode()).isEqualTo(403);
            HttpResponse<String> unlocked = admin.post("/admin/unlock", Map.of("name", "vera", "address", GUESSER), true);
            assertThat(unlocked.statusCode()).isEqualTo(200);
            assertThat(unlocked.body()).contains("Unlocked vera");
            assertThat(new PeerClient(t.base, GUESSER).login("vera", "vera-password").status()).isEqualTo(302);
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.actor()).isEqualTo("admin");
                assertThat(a.action()).isEqualTo("LOGIN_UNLOCK");
                assertThat(a.target()).isEqualTo("vera");
                assertThat(a.outcome()).isEqualTo("OK");
            });

            lockOut(t, "vera");
            String token = Jsoup.parse(admin.post("/account/tokens", Map.of("label", "ops"), true).body()).selectFirst("#new-token").text();
            TestServer.Client api = t.client();
            api.bearer = token;
            HttpResponse<String> viaApi = api.post("/api/admin/unlock", Map.of("name", "vera"), false);
            assertThat(viaApi.statusCode()).isEqualTo(200);
            assertThat(viaApi.body()).contains("\"unlocked\":1");
            assertThat(new PeerClient(t.base, GUESSER).login("vera", "vera-password").status()).isEqualTo(302);
            assertThat(t.accounts.audit(50).stream().filter(a -> a.action().equals("LOGIN_UNLOCK"))).hasSize(2);

            TestServer.Client viewer = t.client().as("vera");
            assertThat(viewer.post("/admin/unlock", Map.of("name", "vera"), true).statusCode()).isEqualTo(403);
        }
    }

    private static void lockOut(TestServer t, String name) {
        PeerClient guesser = new PeerClient(t.base, GUESSER);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            guesser.login(name, "guess-" + i);
        }
        assertThat(new PeerClient(t.base, GUESSER).login(name, name + "-password").status()).isEqualTo(429);
    }
}
