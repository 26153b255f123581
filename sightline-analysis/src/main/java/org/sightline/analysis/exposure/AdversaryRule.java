package org.sightline.analysis.exposure;

import java.util.Collection;
import java.util.List;
import org.sightline.analysis.graph.ClaimGraph;

/**
 * Which nodes count as adversary-aligned, and why. Implementations must be stateless or
 * thread-safe; they are asked once per node per query.
 */
public interface AdversaryRule {

    /** The reasons {@code node} counts as adversary-aligned, in a deterministic order; empty when it does not. */
    List<Reason> judge(ClaimGraph g, int node);

    /**
     * The default rule ({@link AlignedOrDesignated}): a node is adversary-aligned when it is one of
     * {@code sponsorEntityIds} (e.g. Iran, the IRGC, the IRGC-QF), has an {@code ALIGNED_WITH}
     * claim to one of them, or is the object of a {@code DESIGNATED} claim by one of
     * {@code authorityEntityIds} (e.g. the United States, the US Treasury, the State Department).
     * Ids are stored entity ids; ids the graph does not hold are ignored.
     */
    static AdversaryRule alignedOrDesignated(Collection<Long> sponsorEntityIds, Collection<Long> authorityEntityIds) {
        return new AlignedOrDesignated(sponsorEntityIds, authorityEntityIds);
    }
}
