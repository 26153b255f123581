package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;
import org.sightline.server.access.User;

/**
 * A failed sign-in takes about as long whether the name exists, is disabled or is unknown, so
 * timing does not tell which user names exist. The bound is loose (a bcrypt check against none
 * differs by a factor of about 50), so a busy machine does not make it flake.
 */
class LoginTimingTest {
    private static final int TRIES = 3;

    @TempDir
    Path dir;

    @Test
    void unknownAndDisabledNamesCostAsMuchAsAWrongPassword() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            User gone = t.user("gone", Role.VIEWER);
            t.accounts.setDisabled(gone.id(), true);
            failedLogin(t, "warm-up");
            double known = median(t, i -> "vera");
            double unknown = median(t, i -> "nobody-" + i);
            double disabled = median(t, i -> "gone");

            assertThat(unknown).as("unknown name %.3f s, wrong password %.3f s", unknown, known).isGreaterThanOrEqualTo(0.3 * known);
            assertThat(disabled).as("disabled user %.3f s, wrong password %.3f s", disabled, known).isGreaterThanOrEqualTo(0.3 * known);
        }
    }

    private static double median(TestServer t, java.util.function.IntFunction<String> name) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            times.add(failedLogin(t, name.apply(i)));
        }
        times.sort(Double::compare);
        return times.get(TRIES / 2);
    }

    /** Seconds the POST of a wrong password for {@code name} took; it must fail. */
    private static double failedLogin(TestServer t, String name) {
        TestServer.Client c = t.client();
        c.get("/login");
        long start = System.nanoTime();
        int status = c.post("/login", Map.of("name", name, "password", "wrong-password-here", "next", "/"), true).statusCode();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(status).isEqualTo(401);
        return seconds;
    }
}
