package org.sightline.analysis.corroboration;

import java.util.List;

/**
 * One statement that supports a relation: a stored claim, the document it is in, and who says
 * it, innermost speaker first (the claim's attribution chain, as stored entity ids).
 */
public record SupportingStatement(long claimId, String documentId, List<Long> attribution) {
    public SupportingStatement {
        attribution = List.copyOf(attribution);
        if (attribution.isEmpty()) {
            throw new IllegalArgumentException("claim " + claimId + " has no attribution chain");
        }
    }

    /** Who said it first: the innermost speaker, or the outlet when the document speaks in its own voice. */
    public long origin() {
        return attribution.get(0);
    }
}
