package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/** Password guessing against one account is stopped after a few tries, and the audit log shows it. */
class LoginThrottleTest {
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
    void aNameIsRefusedAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        HandClock clock = new HandClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.allowed("vera")).isTrue();
            throttle.failed("vera");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.allowed("vera")).isFalse();
        assertThat(throttle.allowed(" VERA ")).as("the same name, however typed").isFalse();
        assertThat(throttle.allowed("ana")).isTrue();

        clock.now = Instant.parse("2026-11-25T06:00:00Z").plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.allowed("vera")).as("the first failure has left the window").isTrue();
        throttle.failed("vera");
        assertThat(throttle.allowed("vera")).isFalse();

        throttle.succeeded("vera");
        assertThat(throttle.allowed("vera")).isTrue();
        assertThat(Duration.ofMinutes(15)).isEqualTo(LoginThrottle.WINDOW);
    }

    @Test
    void theRightPasswordIsRefusedOnceANameIsThrottledAndOtherUsersSignInAsUsual() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            t.user("ana", Role.ANALYST);
            TestServer.Client guesser = t.client();
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(guesser.login("vera", "guess-" + i).statusCode()).isEqualTo(401);
            }

            HttpResponse<String> refused = t.client().login("vera", "vera-password");

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("Too many failed sign-ins");
            assertThat(t.client().login("ana", "ana-password").statusCode()).isEqualTo(302);
            assertThat(t.accounts.audit(50)).anySatisfy(a -> {
                assertThat(a.actor()).isEqualTo("vera");
                assertThat(a.action()).isEqualTo("LOGIN");
                assertThat(a.outcome()).isEqualTo("DENIED");
                assertThat(a.detail()).startsWith("throttled");
            });
        }
    }
}
