package org.sightline.analysis.conflicts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.Stance;

/**
 * Three kinds of contradiction read off the graph's structure:
 * <ul>
 *   <li>a relation that some claims state and others deny;</li>
 *   <li>two people who LEAD one organisation, when their claims' times overlap (the same year)
 *       or are not stated — leaders change, so the note says which;</li>
 *   <li>a unit PART_OF two parents neither of which is (transitively) PART_OF the other: "the 8th
 *       Division is part of the Iraqi Army" and "… of the Ministry of Defense" agree when the
 *       army is part of the ministry.</li>
 * </ul>
 */
public final class StructuralConflicts implements ConflictDetection {
    @Override
    public List<Conflict> conflicts(ClaimGraph g, int node) {
        List<Conflict> out = new ArrayList<>();
        int from = node < 0 ? 0 : node;
        int to = node < 0 ? g.nodeCount() : node + 1;
        Set<String> seen = new HashSet<>();
        for (int n = from; n < to; n++) {
            for (ClaimType type : ClaimType.values()) {
                denials(g, relations(g, g.outStart(n, type), g.outEnd(n, type), true), out, seen);
                if (node >= 0) {
                    denials(g, relations(g, g.inStart(n, type), g.inEnd(n, type), false), out, seen);
                }
            }
            twoLeaders(g, n, out, seen);
            twoParents(g, n, out, seen);
            if (node >= 0) {
                // as the led organisation's leader, or as one of a unit's parents
                for (Hop h : relations(g, g.outStart(n, ClaimType.LEADS), g.outEnd(n, ClaimType.LEADS), true)) {
                    twoLeaders(g, h.object(), out, seen);
                }
                for (Hop h : relations(g, g.inStart(n, ClaimType.PART_OF), g.inEnd(n, ClaimType.PART_OF), false)) {
                    twoParents(g, h.subject(), out, seen);
                }
            }
        }
        return out;
    }

    /** The edges at positions [start, end) of an out- or in-range, grouped into relations (they are sorted by the other end). */
    private static List<Hop> relations(ClaimGraph g, int start, int end, boolean out) {
        List<Hop> hops = new ArrayList<>();
        int i = start;
        while (i < end) {
            int e = out ? g.outEdge(i) : g.inEdge(i);
            int other = out ? g.object(e) : g.subject(e);
            int j = i + 1;
            while (j < end && (out ? g.object(g.outEdge(j)) : g.subject(g.inEdge(j))) == other) {
                j++;
            }
            hops.add(out ? Hop.ofOut(g, i, j) : Hop.ofIn(g, i, j));
            i = j;
        }
        return hops;
    }

    private static void denials(ClaimGraph g, List<Hop> hops, List<Conflict> out, Set<String> seen) {
        for (Hop h : hops) {
            if (h.disputed() && seen.add("D" + h.subject() + ":" + h.type() + ":" + h.object())) {
                out.add(new Conflict(Conflict.Kind.DENIED_AND_ASSERTED, List.of(h),
                        h.deniedEdges() + " of " + h.size() + " claims deny it"));
            }
        }
    }

    private static void twoLeaders(ClaimGraph g, int org, List<Conflict> out, Set<String> seen) {
        List<Hop> leaders = relations(g, g.inStart(org, ClaimType.LEADS), g.inEnd(org, ClaimType.LEADS), false);
        for (int a = 0; a < leaders.size(); a++) {
            for (int b = a + 1; b < leaders.size(); b++) {
                Hop x = leaders.get(a);
                Hop y = leaders.get(b);
                if (x.denied() || y.denied()) {
                    continue;
                }
                String when = overlap(g, x, y);
                if (when != null && seen.add("L" + org + ":" + x.subject() + ":" + y.subject())) {
                    out.add(new Conflict(Conflict.Kind.TWO_LEADERS, List.of(x, y), when));
                }
            }
        }
    }

    /** Why the two leaderships may be at one time, or null when their stated years differ. */
    private static String overlap(ClaimGraph g, Hop x, Hop y) {
        Set<Integer> yearsX = years(g, x);
        Set<Integer> yearsY = years(g, y);
        if (yearsX.isEmpty() || yearsY.isEmpty()) {
            return "at least one side states no time: check whether one succeeded the other";
        }
        for (int year : yearsX) {
            if (yearsY.contains(year)) {
                return "both said to lead in " + year;
            }
        }
        return null;
    }

    private static Set<Integer> years(ClaimGraph g, Hop h) {
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < h.size(); i++) {
            int t = g.time(h.edge(i));
            if (t > 0) {
                years.add(t / 10000);
            }
        }
        return years;
    }

    private static void twoParents(ClaimGraph g, int unit, List<Conflict> out, Set<String> seen) {
        List<Hop> parents = relations(g, g.outStart(unit, ClaimType.PART_OF), g.outEnd(unit, ClaimType.PART_OF), true);
        for (int a = 0; a < parents.size(); a++) {
            for (int b = a + 1; b < parents.size(); b++) {
                Hop x = parents.get(a);
                Hop y = parents.get(b);
                if (x.denied() || y.denied() || under(g, x.object(), y.object()) || under(g, y.object(), x.object())) {
                    continue;
                }
                if (seen.add("P" + unit + ":" + x.object() + ":" + y.object())) {
                    out.add(new Conflict(Conflict.Kind.TWO_PARENTS, List.of(x, y),
                            "neither parent is part of the other in the stored claims"));
                }
            }
        }
    }

    /** Whether {@code node} is (transitively) PART_OF {@code ancestor}; cycle-safe. */
    private static boolean under(ClaimGraph g, int node, int ancestor) {
        Set<Integer> visited = new HashSet<>();
        List<Integer> frontier = new ArrayList<>(List.of(node));
        while (!frontier.isEmpty()) {
            int n = frontier.remove(frontier.size() - 1);
            if (!visited.add(n)) {
                continue;
            }
            for (int i = g.outStart(n, ClaimType.PART_OF); i < g.outEnd(n, ClaimType.PART_OF); i++) {
                int e = g.outEdge(i);
                if (g.stance(e) == Stance.DENIED) {
                    continue;
                }
                int parent = g.object(e);
                if (parent == ancestor) {
                    return true;
                }
                frontier.add(parent);
            }
        }
        return false;
    }
}
