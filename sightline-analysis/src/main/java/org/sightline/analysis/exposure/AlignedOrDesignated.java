package org.sightline.analysis.exposure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;

/**
 * The default {@link AdversaryRule}: adversary-aligned are the sponsors themselves, whatever has an
 * {@code ALIGNED_WITH} claim to a sponsor, and whatever an authority {@code DESIGNATED}. Direct
 * claims only: a group {@code MEMBER_OF} an Iran-aligned umbrella is not aligned by that alone, and
 * nothing is inferred through {@code ALIGNED_WITH} chains. Claims of every stance count; a
 * reason resting on denials alone shows as {@link Hop#denied()}.
 *
 * <p>Reasons come in this order: {@link Reason.Kind#IS_SPONSOR}, then alignments by sponsor entity
 * id, then designations by authority entity id.
 */
public final class AlignedOrDesignated implements AdversaryRule {
    private final long[] sponsors;
    private final long[] authorities;
    /** The sponsors' and authorities' nodes in the graph last judged in (-1: not in it). */
    private volatile Resolved resolved;

    private record Resolved(ClaimGraph graph, int[] sponsors, int[] authorities) {
    }

    public AlignedOrDesignated(Collection<Long> sponsorEntityIds, Collection<Long> authorityEntityIds) {
        this.sponsors = sortedDistinct(sponsorEntityIds);
        this.authorities = sortedDistinct(authorityEntityIds);
    }

    private Resolved resolve(ClaimGraph g) {
        Resolved r = resolved;
        if (r == null || r.graph != g) {
            r = new Resolved(g, nodes(g, sponsors), nodes(g, authorities));
            resolved = r;
        }
        return r;
    }

    private static int[] nodes(ClaimGraph g, long[] entityIds) {
        int[] nodes = new int[entityIds.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = g.node(entityIds[i]);
        }
        return nodes;
    }

    @Override
    public List<Reason> judge(ClaimGraph g, int node) {
        Resolved r = resolve(g);
        List<Reason> reasons = null;
        if (java.util.Arrays.binarySearch(sponsors, g.entityId(node)) >= 0) {
            reasons = new ArrayList<>(2);
            reasons.add(new Reason(Reason.Kind.IS_SPONSOR, node, null));
        }
        for (int s : r.sponsors) {
            if (s < 0 || s == node) {
                continue;
            }
            int from = g.outLowerBound(node, ClaimType.ALIGNED_WITH, s);
            int to = from;
            int end = g.outEnd(node, ClaimType.ALIGNED_WITH);
            while (to < end && g.object(g.outEdge(to)) == s) {
                to++;
            }
            if (to > from) {
                reasons = add(reasons, new Reason(Reason.Kind.ALIGNED_WITH_SPONSOR, s, Hop.ofOut(g, from, to)));
            }
        }
        for (int a : r.authorities) {
            if (a < 0 || a == node) {
                continue;
            }
            int from = g.inLowerBound(node, ClaimType.DESIGNATED, a);
            int to = from;
            int end = g.inEnd(node, ClaimType.DESIGNATED);
            while (to < end && g.inSubject(to) == a) {
                to++;
            }
            if (to > from) {
                reasons = add(reasons, new Reason(Reason.Kind.DESIGNATED, a, Hop.ofIn(g, from, to)));
            }
        }
        return reasons == null ? List.of() : List.copyOf(reasons);
    }

    private static List<Reason> add(List<Reason> reasons, Reason r) {
        List<Reason> list = reasons == null ? new ArrayList<>(2) : reasons;
        list.add(r);
        return list;
    }

    private static long[] sortedDistinct(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    @Override
    public String toString() {
        return "aligned with " + java.util.Arrays.toString(sponsors) + " or designated by "
                + java.util.Arrays.toString(authorities);
    }
}
