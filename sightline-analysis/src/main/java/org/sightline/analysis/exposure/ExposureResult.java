package org.sightline.analysis.exposure;

import java.util.ArrayList;
import java.util.List;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;

/**
 * The answer to an {@link ExposureQuery}: the exposed recipients of the funders' money, by entity
 * id; under each, the exposed units (the recipient itself first, then by depth and entity id),
 * each with its {@code PART_OF} chain and its ties to adversary-aligned groups (by group entity id,
 * then tie type). Every step is a {@link Hop} holding all the claims that state it. Nodes are nodes
 * of the graph queried.
 *
 * <p>A unit (the recipient included) that the rule itself counts as adversary-aligned is exposed
 * with {@link Unit#itself()}, with or without ties; recipients that are so come first.
 *
 * <p>Groups tied to a unit that the rule does not count as adversary-aligned are left out: a unit
 * with only such ties is not exposed, and a recipient with no exposed unit is not listed.
 *
 * @param recipients exposed recipients
 * @param total      money on the funding of all exposed recipients
 */
public record ExposureResult(List<Recipient> recipients, Money total) {

    public ExposureResult {
        recipients = List.copyOf(recipients);
    }

    public boolean isEmpty() {
        return recipients.isEmpty();
    }

    /** Every funder → recipient ← … ← unit ← group path, in result order (recipient, funder, unit, tie). */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (Recipient r : recipients) {
            for (Hop funding : r.funding()) {
                for (Unit u : r.units()) {
                    for (Tie t : u.ties()) {
                        paths.add(new Path(funding, u.chain(), t.hop(), t.adversary()));
                    }
                }
            }
        }
        return paths;
    }

    /**
     * A recipient of the funders' money with exposed units at or under it.
     *
     * @param node    the recipient
     * @param funding one {@code FUNDS} hop per funder that funds it (by funder entity id), holding
     *                the claims that pass the {@code since} filter
     * @param money   money on these hops
     * @param units   the exposed units: the recipient itself and units under it
     */
    public record Recipient(int node, List<Hop> funding, Money money, List<Unit> units) {
        public Recipient {
            funding = List.copyOf(funding);
            units = List.copyOf(units);
        }
    }

    /**
     * A unit at or under a recipient that is tied to adversary-aligned groups.
     *
     * @param node  the unit
     * @param chain the {@code PART_OF} hops from the recipient down to the unit: the first hop's
     *              object is the recipient, the last hop's subject is the unit; empty when the
     *              unit is the recipient. One shortest chain (breadth-first), with all its claims.
     * @param ties  the ties to adversary-aligned groups
     * @param itself why the unit is itself adversary-aligned (money paid straight to an aligned or
     *              designated group), or null when it is not
     */
    public record Unit(int node, List<Hop> chain, List<Tie> ties, Adversary itself) {
        public Unit {
            chain = List.copyOf(chain);
            ties = List.copyOf(ties);
        }

        public Unit(int node, List<Hop> chain, List<Tie> ties) {
            this(node, chain, ties, null);
        }
    }

    /**
     * A group (or person) tied to a unit.
     *
     * @param hop       an {@code INFILTRATES}, {@code CONTROLS}, {@code MEMBER_OF} or {@code LEADS}
     *                  hop from the group to the unit
     * @param adversary why the group counts as adversary-aligned, and its sponsors
     */
    public record Tie(Hop hop, Adversary adversary) {
        public int group() {
            return hop.subject();
        }
    }

    /**
     * An adversary-aligned node.
     *
     * @param node    the group or person
     * @param reasons why the rule counts it ({@link AdversaryRule#judge})
     */
    public record Adversary(int node, List<Reason> reasons) {
        public Adversary {
            reasons = List.copyOf(reasons);
        }

        /**
         * Its sponsors: every {@code ALIGNED_WITH} hop out of it, to any node (listed sponsor or
         * not), by sponsor entity id. Read from the graph on demand (a group may have many).
         */
        public List<Hop> sponsors(ClaimGraph g) {
            List<Hop> sponsors = new ArrayList<>();
            int end = g.outEnd(node, ClaimType.ALIGNED_WITH);
            int i = g.outStart(node, ClaimType.ALIGNED_WITH);
            while (i < end) {
                int sponsor = g.object(g.outEdge(i));
                int from = i;
                while (i < end && g.object(g.outEdge(i)) == sponsor) {
                    i++;
                }
                sponsors.add(Hop.ofOut(g, from, i));
            }
            return sponsors;
        }
    }

    /**
     * Money at stake. A funding relation is a {@code FUNDS} hop; only its claims stated as
     * {@code ASSERTED}, {@code ALLEGED} or {@code REPORTED} count (denied and hypothetical funding
     * is no money). A relation's amount is the sum of its claims' distinct (amount, time) pairs: two
     * sources repeating "$20 million in 2020" are one amount, "$20 million in 2020" and "$25 million
     * in 2021" are two.
     *
     * @param knownUsd               sum of the known amounts, in US dollars
     * @param relations              funding relations counted
     * @param relationsWithoutAmount those of them none of whose claims states an amount: the money
     *                               on them is unknown, so {@code knownUsd} is a lower bound
     */
    public record Money(double knownUsd, int relations, int relationsWithoutAmount) {
        public static final Money NONE = new Money(0, 0, 0);

        /** Whether every counted relation has a known amount. */
        public boolean complete() {
            return relationsWithoutAmount == 0;
        }

        public Money plus(Money other) {
            return new Money(knownUsd + other.knownUsd, relations + other.relations,
                    relationsWithoutAmount + other.relationsWithoutAmount);
        }
    }

    /**
     * One path: funder -FUNDS-> recipient <-PART_OF- … <-PART_OF- unit <-tie- group, and the
     * group's adversary reasons and sponsors.
     */
    public record Path(Hop funding, List<Hop> chain, Hop tie, Adversary adversary) {
        public int funder() {
            return funding.subject();
        }

        public int recipient() {
            return funding.object();
        }

        public int unit() {
            return tie.object();
        }

        public int group() {
            return tie.subject();
        }

        /** The hops from funder to group: funding, the chain, the tie. */
        public List<Hop> hops() {
            List<Hop> hops = new ArrayList<>(chain.size() + 2);
            hops.add(funding);
            hops.addAll(chain);
            hops.add(tie);
            return hops;
        }

        /** Whether a hop of the route ({@link #hops()}) is on record only as denied. */
        public boolean denied() {
            return hops().stream().anyMatch(Hop::denied);
        }
    }
}
