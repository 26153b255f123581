package org.sightline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.sightline.core.EntityType;

/** One matcher for all tests, and assertions that a pair does or does not match and why. */
final class Names {
    static final NameMatcher MATCHER = NameMatcher.load();

    private Names() {
    }

    /** Asserts a match whose explanation mentions every fragment (case-insensitive). */
    static MatchResult same(String a, String b, EntityType type, String... mentions) {
        MatchResult r = MATCHER.match(a, b, type);
        assertThat(r.match()).as("'%s' vs '%s' should match: %s", a, b, r).isTrue();
        mentions(r, mentions);
        return r;
    }

    /** Asserts no match whose explanation mentions every fragment (case-insensitive). */
    static MatchResult different(String a, String b, EntityType type, String... mentions) {
        MatchResult r = MATCHER.match(a, b, type);
        assertThat(r.match()).as("'%s' vs '%s' should not match: %s", a, b, r).isFalse();
        assertThat(r.score()).isLessThan(MATCHER.threshold());
        mentions(r, mentions);
        return r;
    }

    static void mentions(MatchResult r, String... mentions) {
        String text = String.join("\n", r.explanation()).toLowerCase(Locale.ROOT);
        for (String m : mentions) {
            assertThat(text).as("explanation of %s", r).contains(m.toLowerCase(Locale.ROOT));
        }
    }
}
