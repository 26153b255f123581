package org.sightline.resolve.names;

import org.sightline.core.EntityType;

/**
 * Explainable name matching across spellings and scripts: Arabic name structure (article, kunya,
 * Abd al-, bin, nisba), transliteration variants, Arabic and Persian script, acronyms, "LAST, First"
 * order, and entity types. All knowledge is in the YAML files of {@code names/} on the classpath.
 * Immutable and thread-safe.
 */
public final class NameMatcher {
    private final NameRules rules;
    private final NameAnalyser analyser;
    private final NameScorer scorer;

    private NameMatcher(NameRules rules) {
        this.rules = rules;
        this.analyser = new NameAnalyser(rules);
        this.scorer = new NameScorer(rules);
    }

    /** Loads the rules from the classpath resources {@code names/*.yaml}. */
    public static NameMatcher load() {
        return new NameMatcher(NameRules.load());
    }

    private static volatile NameMatcher bundled;

    /** The matcher of the bundled rules, loaded once per JVM (it is immutable and thread-safe). */
    public static NameMatcher bundled() {
        NameMatcher m = bundled;
        if (m == null) {
            synchronized (NameMatcher.class) {
                m = bundled;
                if (m == null) {
                    m = load();
                    bundled = m;
                }
            }
        }
        return m;
    }

    /** Analyses a name once; the form is immutable and can be compared many times. {@code type} may be null. */
    public NameForm analyse(String name, EntityType type) {
        return analyser.analyse(name == null ? "" : name, type);
    }

    public MatchResult match(NameForm a, NameForm b) {
        return scorer.score(a, b, true);
    }

    public MatchResult match(String a, String b, EntityType type) {
        return match(analyse(a, type), analyse(b, type));
    }

    /** Score only, no explanation: what the index uses for candidates it may not return. */
    double score(NameForm a, NameForm b) {
        return scorer.score(a, b, false).score();
    }

    /** A score at or above this means "same name". */
    public double threshold() {
        return rules.scoring.threshold;
    }

    /**
     * A folded key, equal for plain spelling variants of one name ("Kata'ib Hezbollah", "Kataib Hizballah",
     * "KATAIB HIZBALLAH"), for exact-key clustering. Reading order is kept ("LAST, First" is turned
     * around first), so it does not merge reordered organisation names.
     */
    public String clusterKey(String name, EntityType type) {
        return analyse(name, type).clusterKey;
    }

    NameRules rules() {
        return rules;
    }
}
