package org.sightline.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;

/** Optional named groups of a TokensRegex match ($via, $verb, $role, ...). */
final class MatchGroups {
    private MatchGroups() {
    }

    /** Token range of a named group, or null when the rule has no such group or it did not take part. */
    static int[] range(TokenSequenceMatcher m, String name) {
        try {
            int b = m.start(name);
            int e = m.end(name);
            return b < 0 || e <= b ? null : new int[] {b, e};
        } catch (RuntimeException noSuchGroup) {
            return null;
        }
    }
}
