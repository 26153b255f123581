package org.sightline.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops password guessing against one account: after {@link #MAX_FAILURES} failed sign-ins for a
 * user name within {@link #WINDOW}, further attempts for that name are refused, without checking
 * the password, until the oldest failure leaves the window. Kept per name (not per address), so
 * that guessing from many addresses is stopped too; the cost is that a guesser can lock a user
 * out for a quarter of an hour, which the audit log shows. A success clears the name's failures.
 * In memory: a restart forgets the count, which a guesser cannot cause.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Names remembered at most, so a flood of made-up names cannot fill the heap. */
    private static final int MAX_NAMES = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for {@code name} may be tried now. */
    boolean allowed(String name) {
        Deque<Instant> times = failures.get(key(name));
        if (times == null) {
            return true;
        }
        synchronized (times) {
            prune(times);
            return times.size() < MAX_FAILURES;
        }
    }

    void failed(String name) {
        if (failures.size() >= MAX_NAMES) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    void succeeded(String name) {
        failures.remove(key(name));
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
