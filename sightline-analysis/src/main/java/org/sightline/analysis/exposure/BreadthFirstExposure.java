package org.sightline.analysis.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.analysis.exposure.ExposureResult.Adversary;
import org.sightline.analysis.exposure.ExposureResult.Money;
import org.sightline.analysis.exposure.ExposureResult.Recipient;
import org.sightline.analysis.exposure.ExposureResult.Tie;
import org.sightline.analysis.exposure.ExposureResult.Unit;
import org.sightline.analysis.graph.ClaimDates;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.analysis.graph.LongIntMap;
import org.sightline.core.ClaimType;
import org.sightline.core.Stance;

/**
 * Exposure by breadth-first search:
 *
 * <ol>
 *   <li>the recipients are the objects of the funders' {@code FUNDS} claims (those that may hold
 *       since {@link ExposureQuery#since()});</li>
 *   <li>from each recipient, down the hierarchy: a node with a {@code PART_OF} claim to a reached
 *       node is reached, breadth-first, each node once per recipient (so cycles end), up to
 *       {@link ExposureQuery#maxDepth()} steps; each reached node keeps the first (shortest) chain
 *       that reached it;</li>
 *   <li>each reached node (the recipient included) is exposed when it is itself adversary-aligned
 *       by the {@link ExposureQuery#rule()}, or when a node with an {@code INFILTRATES},
 *       {@code CONTROLS}, {@code MEMBER_OF} or {@code LEADS} claim to it is.</li>
 * </ol>
 *
 * <p>Claims of every stance are followed; denials are marked on the hops ({@link Hop#denied()}),
 * and only count towards money when they are not ({@link Money}). Cost: linear in the funding
 * edges, the hierarchy under the recipients and the tie edges of the units reached; each tied
 * group is judged once per query.
 */
public final class BreadthFirstExposure implements ExposureAnalysis {
    /** Relations by which a group is tied to a unit (group → unit). */
    static final ClaimType[] TIES = {ClaimType.INFILTRATES, ClaimType.CONTROLS, ClaimType.MEMBER_OF, ClaimType.LEADS};

    @Override
    public ExposureResult exposure(ClaimGraph g, ExposureQuery q) {
        Map<Integer, List<Hop>> funding = funding(g, q);
        Judged judged = new Judged(g, q.rule());
        List<Recipient> recipients = new ArrayList<>();
        Money total = Money.NONE;
        for (Map.Entry<Integer, List<Hop>> e : funding.entrySet()) {
            int recipient = e.getKey();
            List<Unit> units = exposedUnder(g, recipient, q, judged);
            if (units.isEmpty()) {
                continue;
            }
            List<Hop> hops = e.getValue();
            hops.sort(Comparator.comparingInt(Hop::subject));
            Money money = money(g, hops);
            total = total.plus(money);
            recipients.add(new Recipient(recipient, hops, money, units));
        }
        // Money paid straight to an adversary-aligned recipient first; nodes are numbered in entity id order.
        recipients.sort(Comparator.comparing((Recipient r) -> !itselfAdversary(r)).thenComparingInt(Recipient::node));
        return new ExposureResult(recipients, total);
    }

    private static boolean itselfAdversary(Recipient r) {
        return r.units().get(0).node() == r.node() && r.units().get(0).itself() != null;
    }

    /** FUNDS hops by recipient, each with the claims that pass the since filter. */
    private static Map<Integer, List<Hop>> funding(ClaimGraph g, ExposureQuery q) {
        Map<Integer, List<Hop>> byRecipient = new LinkedHashMap<>();
        int[] funders = q.funders();
        Arrays.sort(funders);
        int[] kept = new int[8];
        for (int k = 0; k < funders.length; k++) {
            int funder = funders[k];
            if (funder < 0 || funder >= g.nodeCount()) {
                throw new IllegalArgumentException("funder " + funder + " is not a node of " + g
                        + " (ClaimGraph.node(entityId) is -1 for an entity no claim names)");
            }
            if (k > 0 && funders[k - 1] == funder) {
                continue;
            }
            int end = g.outEnd(funder, ClaimType.FUNDS);
            int i = g.outStart(funder, ClaimType.FUNDS);
            while (i < end) {
                int recipient = g.object(g.outEdge(i));
                int n = 0;
                for (; i < end && g.object(g.outEdge(i)) == recipient; i++) {
                    int edge = g.outEdge(i);
                    if (q.since() == 0 || ClaimDates.mayHoldSince(g.time(edge), q.since())) {
                        if (n == kept.length) {
                            kept = Arrays.copyOf(kept, n * 2);
                        }
                        kept[n++] = edge;
                    }
                }
                if (n > 0) {
                    byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>(1)).add(Hop.trusted(g, Arrays.copyOf(kept, n)));
                }
            }
        }
        return byRecipient;
    }

    /** Breadth-first down PART_OF from the recipient; the reached nodes with adversary ties, in BFS order. */
    private static List<Unit> exposedUnder(ClaimGraph g, int recipient, ExposureQuery q, Judged judged) {
        Reached reached = new Reached();
        reached.add(recipient, -1, 0, 0, 0);
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < reached.size; k++) {
            int node = reached.node[k];
            List<Tie> ties = ties(g, node, judged);
            Adversary itself = judged.get(node);
            if (!ties.isEmpty() || itself != null) {
                units.add(new Unit(node, reached.chain(g, k), ties, itself));
            }
            if (reached.depth[k] >= q.maxDepth()) {
                continue;
            }
            int end = g.inEnd(node, ClaimType.PART_OF);
            int i = g.inStart(node, ClaimType.PART_OF);
            while (i < end) {
                int child = g.inSubject(i);
                int from = i;
                while (i < end && g.inSubject(i) == child) {
                    i++;
                }
                if (reached.seen.get(child) < 0) {
                    reached.add(child, k, from, i, reached.depth[k] + 1);
                }
            }
        }
        // BFS order is by depth; within a depth, order by entity id.
        units.sort(Comparator.comparingInt((Unit u) -> u.chain().size()).thenComparingInt(Unit::node));
        return units;
    }

    private static List<Tie> ties(ClaimGraph g, int unit, Judged judged) {
        List<Tie> ties = null;
        int typesTied = 0;
        for (ClaimType type : TIES) {
            int end = g.inEnd(unit, type);
            int i = g.inStart(unit, type);
            while (i < end) {
                int group = g.inSubject(i);
                int from = i;
                while (i < end && g.inSubject(i) == group) {
                    i++;
                }
                Adversary adversary = judged.get(group);
                if (adversary != null) {
                    if (ties == null) {
                        ties = new ArrayList<>();
                    }
                    if (ties.isEmpty() || ties.get(ties.size() - 1).hop().type() != type) {
                        typesTied++;
                    }
                    ties.add(new Tie(Hop.ofIn(g, from, i), adversary));
                }
            }
        }
        if (ties == null) {
            return List.of();
        }
        if (typesTied > 1) {
            // Within a type they come by group already; merge the types.
            ties.sort(Comparator.comparingInt(Tie::group).thenComparing(t -> t.hop().type()));
        }
        return ties;
    }

    /** The rule's verdict on each node asked about, once per query. */
    private static final class Judged {
        private final ClaimGraph g;
        private final AdversaryRule rule;
        /** node -> 1 + index in {@code adversaries}, or 0 when not an adversary. */
        private final LongIntMap index = new LongIntMap(16);
        private final List<Adversary> adversaries = new ArrayList<>();

        Judged(ClaimGraph g, AdversaryRule rule) {
            this.g = g;
            this.rule = rule;
        }

        /** The adversary, or null when the rule does not count the node. */
        Adversary get(int node) {
            int i = index.get(node);
            if (i < 0) {
                Adversary a = judge(g, node, rule);
                if (a == null) {
                    i = 0;
                } else {
                    adversaries.add(a);
                    i = adversaries.size();
                }
                index.putIfAbsent(node, i);
            }
            return i == 0 ? null : adversaries.get(i - 1);
        }
    }

    private static Adversary judge(ClaimGraph g, int node, AdversaryRule rule) {
        List<Reason> reasons = rule.judge(g, node);
        if (reasons.isEmpty()) {
            return null;
        }
        return new Adversary(node, reasons);
    }

    /** See {@link Money}: distinct (amount, time) pairs of the claims that state funding, per relation. */
    static Money money(ClaimGraph g, List<Hop> hops) {
        double known = 0;
        int relations = 0;
        int withoutAmount = 0;
        for (Hop hop : hops) {
            List<long[]> amounts = new ArrayList<>(hop.size());
            boolean counted = false;
            for (int k = 0; k < hop.size(); k++) {
                int e = hop.edge(k);
                Stance stance = g.stance(e);
                if (stance == Stance.DENIED || stance == Stance.HYPOTHETICAL) {
                    continue;
                }
                counted = true;
                double amount = g.amount(e);
                if (!Double.isNaN(amount)) {
                    long[] pair = {Double.doubleToLongBits(amount), g.time(e)};
                    if (amounts.stream().noneMatch(p -> p[0] == pair[0] && p[1] == pair[1])) {
                        amounts.add(pair);
                        known += amount;
                    }
                }
            }
            if (counted) {
                relations++;
                if (amounts.isEmpty()) {
                    withoutAmount++;
                }
            }
        }
        return new Money(known, relations, withoutAmount);
    }

    /** The nodes reached under one recipient, in BFS order, with how each was first reached. */
    private static final class Reached {
        final LongIntMap seen = new LongIntMap(16);
        int[] node = new int[16];
        int[] parent = new int[16];
        /** Positions [hopFrom, hopTo) in the parent's PART_OF in-edges: the claims child PART_OF parent. */
        int[] hopFrom = new int[16];
        int[] hopTo = new int[16];
        int[] depth = new int[16];
        int size;

        void add(int n, int parentIndex, int from, int to, int d) {
            if (size == node.length) {
                int grown = size * 2;
                node = Arrays.copyOf(node, grown);
                parent = Arrays.copyOf(parent, grown);
                hopFrom = Arrays.copyOf(hopFrom, grown);
                hopTo = Arrays.copyOf(hopTo, grown);
                depth = Arrays.copyOf(depth, grown);
            }
            seen.putIfAbsent(n, size);
            node[size] = n;
            parent[size] = parentIndex;
            hopFrom[size] = from;
            hopTo[size] = to;
            depth[size] = d;
            size++;
        }

        /** PART_OF hops from the recipient down to the k-th reached node. */
        List<Hop> chain(ClaimGraph g, int k) {
            Hop[] hops = new Hop[depth[k]];
            for (int j = k; parent[j] >= 0; j = parent[j]) {
                hops[depth[j] - 1] = Hop.ofIn(g, hopFrom[j], hopTo[j]);
            }
            return List.of(hops);
        }
    }
}
