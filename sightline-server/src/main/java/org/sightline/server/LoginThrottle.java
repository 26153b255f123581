package org.sightline.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops password guessing without letting a stranger lock anyone out: failed sign-ins are counted
 * per (user name, client address) and per client address. After {@link #MAX_FAILURES} failures
 * for a name from one address within {@link #WINDOW}, that name is refused from that address; after
 * {@link #MAX_ADDRESS_FAILURES} failures of any names from one address, that address is refused.
 * Sign-ins from other addresses go on as usual, so a guesser locks out only themself. A lock
 * lasts until its oldest failure leaves the window, or until an admin unlocks it. A success clears
 * its (name, address) failures, never the address's (a guesser with an account of their own could
 * reset it). In memory: a restart forgets the counts, which a guesser cannot cause.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Keys remembered at most, so a flood of made-up names cannot fill the heap. */
    private static final int MAX_KEYS = 100_000;

    /** A lock as the Admin page lists it: a user name from an address, or (name null) a whole address. */
    record Lock(String name, String address, Instant until) {
    }

    private final Clock clock;
    private final Map<Key, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** A name from an address, or an address alone (name null). */
    private record Key(String name, String address) {
        int limit() {
            return name == null ? MAX_ADDRESS_FAILURES : MAX_FAILURES;
        }
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for {@code name} from {@code address} may be tried now. */
    boolean allowed(String name, String address) {
        return !locked(new Key(name(name), address)) && !locked(new Key(null, address));
    }

    /**
     * Counts a failure; the locks it has just set (empty mostly), for the audit log.
     */
    List<Lock> failed(String name, String address) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times);
                    return times.isEmpty();
                }
            });
        }
        List<Lock> set = new ArrayList<>();
        for (Key key : List.of(new Key(name(name), address), new Key(null, address))) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                prune(times);
                times.addLast(clock.instant());
                if (times.size() == key.limit()) {
                    set.add(new Lock(key.name(), key.address(), times.peekFirst().plus(WINDOW)));
                }
            }
        }
        return set;
    }

    void succeeded(String name, String address) {
        failures.remove(new Key(name(name), address));
    }

    /** The locks in force now, latest ending first. */
    List<Lock> locks() {
        List<Lock> out = new ArrayList<>();
        failures.forEach((key, times) -> {
            synchronized (times) {
                prune(times);
                if (times.size() >= key.limit()) {
                    out.add(new Lock(key.name(), key.address(), times.peekFirst().plus(WINDOW)));
                }
            }
        });
        out.sort(Comparator.comparing(Lock::until).reversed());
        return out;
    }

    /**
     * Lifts locks: of {@code name} from {@code address}; of {@code name} from every address when
     * {@code address} is null; of the address itself when {@code name} is null. How many were in force.
     */
    int unlock(String name, String address) {
        String n = name == null ? null : name(name);
        List<Key> lifted = failures.keySet().stream()
                .filter(k -> n == null ? k.name() == null && k.address().equals(address)
                        : n.equals(k.name()) && (address == null || k.address().equals(address)))
                .toList();
        int inForce = 0;
        for (Key k : lifted) {
            inForce += locked(k) ? 1 : 0;
            failures.remove(k);
        }
        return inForce;
    }

    private boolean locked(Key key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= key.limit();
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String name(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
