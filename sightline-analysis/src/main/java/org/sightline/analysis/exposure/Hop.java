package org.sightline.analysis.exposure;

import java.util.Arrays;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.Stance;

/**
 * One step of an answer: a relation of one claim type from {@code subject} to {@code object}
 * (nodes of a {@link ClaimGraph}), with every claim that states it: {@code edges} are the graph's
 * edge numbers of those claims, ascending (several sources saying the same thing are alternatives;
 * count them to count statements). {@code deniedEdges} is how many of them have stance
 * {@link Stance#DENIED}.
 */
public record Hop(ClaimType type, int subject, int object, int[] edges, int deniedEdges) {

    public Hop {
        if (edges.length == 0) {
            throw new IllegalArgumentException("a hop needs at least one edge");
        }
    }

    /** The hop of these edges (copied and sorted), which must all have the same type, subject and object. */
    public static Hop of(ClaimGraph g, int[] edges) {
        edges = edges.clone();
        Arrays.sort(edges);
        int first = edges[0];
        int denied = 0;
        for (int e : edges) {
            if (g.subject(e) != g.subject(first) || g.object(e) != g.object(first) || g.claimType(e) != g.claimType(first)) {
                throw new IllegalArgumentException("edges " + first + " and " + e + " are not the same relation");
            }
            if (g.stance(e) == Stance.DENIED) {
                denied++;
            }
        }
        return new Hop(g.claimType(first), g.subject(first), g.object(first), edges, denied);
    }

    /**
     * The hop of the out-edges at positions {@code [from, to)} ({@link ClaimGraph#outEdge}), which
     * must all go to one object (then they are ascending).
     */
    public static Hop ofOut(ClaimGraph g, int from, int to) {
        int[] edges = new int[to - from];
        for (int i = from; i < to; i++) {
            edges[i - from] = g.outEdge(i);
        }
        return trusted(g, edges);
    }

    /**
     * The hop of the in-edges at positions {@code [from, to)} ({@link ClaimGraph#inEdge}), which must
     * all come from one subject (then they are ascending).
     */
    public static Hop ofIn(ClaimGraph g, int from, int to) {
        int[] edges = new int[to - from];
        for (int i = from; i < to; i++) {
            edges[i - from] = g.inEdge(i);
        }
        return trusted(g, edges);
    }

    /** Without the checks of {@link #of}: the edges are one relation's, ascending. */
    static Hop trusted(ClaimGraph g, int[] edges) {
        int first = edges[0];
        int denied = 0;
        for (int e : edges) {
            if (g.stance(e) == Stance.DENIED) {
                denied++;
            }
        }
        return new Hop(g.claimType(first), g.subject(first), g.object(first), edges, denied);
    }

    /** Every claim of the hop is a denial: the relation is on record only as denied. */
    public boolean denied() {
        return deniedEdges == edges.length;
    }

    /** Some claims state the relation and some deny it. */
    public boolean disputed() {
        return deniedEdges > 0 && deniedEdges < edges.length;
    }

    /** The stored claim ids of the hop's edges, in edge order. */
    public long[] claimIds(ClaimGraph g) {
        long[] ids = new long[edges.length];
        for (int i = 0; i < edges.length; i++) {
            ids[i] = g.claimId(edges[i]);
        }
        return ids;
    }

    @Override
    public int[] edges() {
        return edges.clone();
    }

    /** Number of claims (edges) stating or denying the relation. */
    public int size() {
        return edges.length;
    }

    /** The i-th edge, without copying. */
    public int edge(int i) {
        return edges[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hop h && h.type == type && h.subject == subject && h.object == object
                && Arrays.equals(h.edges, edges);
    }

    @Override
    public int hashCode() {
        return ((type.hashCode() * 31 + subject) * 31 + object) * 31 + Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return subject + " -" + type + "-> " + object + " " + Arrays.toString(edges)
                + (deniedEdges > 0 ? " (" + deniedEdges + " denied)" : "");
    }
}
