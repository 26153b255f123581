package org.sightline.analysis.conflicts;

import java.util.List;
import org.sightline.analysis.exposure.Hop;

/**
 * Claims that cannot all be right, to be read side by side.
 *
 * @param kind  what contradicts what
 * @param sides the relations in conflict, each with every claim that states it (a denial conflict
 *              has one relation whose claims disagree on stance)
 * @param note  what to check, in words
 */
public record Conflict(Kind kind, List<Hop> sides, String note) {
    public Conflict {
        sides = List.copyOf(sides);
    }

    public enum Kind {
        /** One source states a relation, another denies it. */
        DENIED_AND_ASSERTED,
        /** Two people said to lead one organisation at the same time (or at times not stated). */
        TWO_LEADERS,
        /** A unit placed under two parents, neither of which sits under the other. */
        TWO_PARENTS
    }
}
