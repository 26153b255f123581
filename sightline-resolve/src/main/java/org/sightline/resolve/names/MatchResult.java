package org.sightline.resolve.names;

import java.util.List;

/**
 * The outcome of comparing two names: a score in [0, 1], whether it reaches the matcher's threshold,
 * and human-readable lines saying which parts matched and how (empty when the caller did not ask
 * for them, as inside {@link NameIndex} for candidates it does not return).
 */
public record MatchResult(double score, boolean match, List<String> explanation) {
    public MatchResult {
        // an explanation still to be written stays so (it is immutable once written)
        explanation = explanation instanceof LazyExplanation ? explanation : List.copyOf(explanation);
    }
}
