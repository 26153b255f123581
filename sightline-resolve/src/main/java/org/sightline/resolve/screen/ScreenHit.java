package org.sightline.resolve.screen;

import org.sightline.resolve.names.MatchResult;

/** One ranked candidate of a screening: the target, the name of it that matched best, and why. */
public record ScreenHit(ScreenTarget target, String matchedName, MatchResult result) {
    public double score() {
        return result.score();
    }
}
