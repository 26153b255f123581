package org.sightline.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The data folder the tests read beside the clone ({@code ../shared}: the seed article and its gold
 * file, OFAC SDN lists, the treasury-iraq corpus, the gold set, name pairs, the scorer; the README
 * says where each comes from). Looked for in {@code SIGHTLINE_SHARED} when that is set, else in the
 * {@code sightline.shared} property (the parent pom sets it to {@code ../shared} beside the repository
 * root), else {@code ../../shared} and {@code ../shared} from the working directory (a module, or
 * the root).
 *
 * <p>A test that needs a file of it asks {@link #require}: when the file is absent the test is
 * skipped with a message naming the path and how to get it, unless {@code SIGHTLINE_REQUIRE_SHARED=1}
 * (set by {@code .ci/run}), which makes it a failure, so CI cannot skip them silently. Static field
 * initialisers must use {@link #path}, which never skips (a skip there would fail the class). A test
 * class that reads the data in {@code @BeforeAll} is annotated {@link RequiresSharedData} too, so that
 * it is reported as skipped with the reason (a {@code @BeforeAll} that skips shows as no tests run).
 *
 * <p>In sightline-core's test-jar, for every module's tests.
 */
public final class SharedData {
    public static final String DIR_VARIABLE = "SIGHTLINE_SHARED";
    public static final String REQUIRE_VARIABLE = "SIGHTLINE_REQUIRE_SHARED";

    private static final Set<String> WARNED = new LinkedHashSet<>();

    private SharedData() {
    }

    /** True when {@code SIGHTLINE_REQUIRE_SHARED=1}: missing shared data fails the test instead of skipping it. */
    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    /** The shared folder found, or null when none of the places holds one. */
    public static Path dir() {
        for (String candidate : candidates()) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /**
     * Where {@code relative} is (or would be) in the shared folder; never skips, so it is safe in a
     * static initialiser. Check it with {@link #require} before reading.
     */
    public static Path path(String relative) {
        Path dir = dir();
        return (dir != null ? dir : Path.of(candidates().get(0)).toAbsolutePath().normalize()).resolve(relative);
    }

    /** True when {@code relative} exists in the shared folder (for data a test reads only if there). */
    public static boolean has(String relative) {
        return Files.exists(path(relative));
    }

    /**
     * The file or folder {@code relative} of the shared folder. When it is absent, skips the calling
     * test (or container, from {@code @BeforeAll}) with the reason, or fails it when
     * {@code SIGHTLINE_REQUIRE_SHARED=1}.
     */
    public static Path require(String relative) {
        Path p = path(relative);
        if (!Files.exists(p)) {
            Assumptions.abort(skipReason(relative));
        }
        return p;
    }

    /** The shared folder itself, after checking that each of {@code relatives} is in it (see {@link #require}). */
    public static Path requireAll(String... relatives) {
        for (String r : relatives) {
            require(r);
        }
        return dir();
    }

    /**
     * Why a test that needs {@code relative} (absent) does not run: fails when
     * {@code SIGHTLINE_REQUIRE_SHARED=1}, else warns once on stderr and returns the reason to skip with.
     */
    static String skipReason(String relative) {
        Path dir = dir();
        String where = dir == null
                ? "no shared data folder (looked in " + String.join(", ", candidates()) + ")"
                : "shared data folder " + dir + " has no " + relative;
        String message = "needs ../shared/" + relative + ": " + where + "; put the project's shared data folder "
                + "beside the clone as ../shared or set " + DIR_VARIABLE + " to it (README, \"Test data\")";
        if (required()) {
            Assertions.fail(REQUIRE_VARIABLE + "=1 but the test " + message);
        }
        synchronized (WARNED) {
            if (WARNED.add(relative)) {
                System.err.println("[shared-data tests skipped] " + message);
            }
        }
        return message;
    }

    private static List<String> candidates() {
        List<String> c = new ArrayList<>();
        String env = System.getenv(DIR_VARIABLE);
        if (env != null && !env.isBlank()) {
            // Set on purpose: only there, so a wrong value is reported rather than quietly bypassed.
            c.add(env);
            return c;
        }
        String property = System.getProperty("sightline.shared");
        if (property != null && !property.isBlank()) {
            c.add(property);
        }
        c.add("../../shared");
        c.add("../shared");
        return c;
    }
}
