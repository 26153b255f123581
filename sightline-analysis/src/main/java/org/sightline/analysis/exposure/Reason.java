package org.sightline.analysis.exposure;

/**
 * Why an {@link AdversaryRule} counts a node as adversary-aligned.
 *
 * @param kind what the reason is
 * @param node the sponsor ({@link Kind#ALIGNED_WITH_SPONSOR}), the designating authority
 *             ({@link Kind#DESIGNATED}), or the node itself ({@link Kind#IS_SPONSOR})
 * @param hop  the claims behind it; null for {@link Kind#IS_SPONSOR}
 */
public record Reason(Kind kind, int node, Hop hop) {
    public enum Kind {
        /** The node is itself one of the sponsors (say, the IRGC-QF infiltrating a unit directly). */
        IS_SPONSOR,
        /** An {@code ALIGNED_WITH} relation from the node to a sponsor. */
        ALIGNED_WITH_SPONSOR,
        /** A {@code DESIGNATED} relation from an authority to the node. */
        DESIGNATED
    }
}
