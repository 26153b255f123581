package org.sightline.analysis.corroboration;

import java.util.List;

/**
 * Supporting statements grouped by independent origin: each group traces back to one source
 * (one inspector-general report, however many outlets repeat it).
 */
public record Origins(List<Origin> groups) {
    public Origins {
        groups = List.copyOf(groups);
    }

    /** The number of independent original sources. */
    public int independentSources() {
        return groups.size();
    }

    /**
     * One independent origin.
     *
     * @param speaker    the innermost speaker that the group's statements share (an entity id)
     * @param statements the statements, in the order given
     * @param why        how they were joined ("same original speaker", "near-duplicate documents", ...)
     */
    public record Origin(long speaker, List<SupportingStatement> statements, List<String> why) {
        public Origin {
            statements = List.copyOf(statements);
            why = List.copyOf(why);
        }
    }
}
