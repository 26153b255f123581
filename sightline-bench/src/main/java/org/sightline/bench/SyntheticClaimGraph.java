package org.sightline.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.sightline.analysis.exposure.AdversaryRule;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;

/**
 * Synthetic claim graphs with a skewed degree distribution, for benchmarks, deterministic by seed
 * and streamed straight into a {@link ClaimGraph.Builder} (nothing per entity or claim is kept).
 *
 * <p><b>Entities</b> come in blocks by type: 200 states (scaled down for small graphs), then
 * government bodies 5 %, security units 10 %, armed groups 4 %, persons 45 %, organisations 20 %,
 * places 10 %, programmes 2 %, vessels 2.5 %, aircraft the rest. Entity id = node + 1.
 *
 * <p><b>Hierarchy</b>: bodies and units are split among the states in Zipf-sized countries. In each
 * country the first 5 % of bodies are ministries (roots); other bodies sit under a ministry or an
 * earlier body, the first units under ministries, the others under a random earlier unit (a
 * random recursive tree: depth grows like the log of the country's size, ~10 levels in the largest
 * country), 0.2 % of units also under a later unit (cycles). Places sit under earlier places.
 * Each {@code PART_OF} is stated by 1 + Geometric(0.3) claims (parallel claims from other documents).
 *
 * <p><b>Other claims</b> (all but the hierarchy's) by type in the proportions {@code ASSOCIATED_WITH} 28,
 * {@code DESIGNATED} 22, {@code MEMBER_OF} 9, {@code HOLDS_ROLE} 6, {@code ALIGNED_WITH} 5,
 * {@code RESPONSIBLE_FOR} 5, {@code TARGETED} 5, {@code LEADS} 4, {@code INFILTRATES} 1.5,
 * {@code CONTROLS} 1.5, {@code FUNDS} 0.5 (of 87.5; the hierarchy's {@code PART_OF} claims are
 * about 4 % of 10 M claims on 1 M entities).
 * Their ends are drawn from the plausible types with power-law (Zipf-like) popularity within each
 * type, so a few nodes are hubs: state 0 (think United States) funds and designates most, its
 * body 0 (think US Treasury) designates most, state 1 (think Iran) and armed group 0 (think
 * IRGC-QF) are what most alignments point to, the large countries' ministries are funded and
 * infiltrated most. Funding goes to countries other than 0 and 1. 40 % of {@code FUNDS} claims have
 * an amount (log-uniform, $100k–$1bn), 60 % of claims a time (2000–2024). Stances: 55 % asserted,
 * 25 % reported, 15 % alleged, 3 % denied, 2 % hypothetical. Ten claims per document.
 */
public final class SyntheticClaimGraph {
    private static final ClaimType[] TYPES = {
        ClaimType.ASSOCIATED_WITH, ClaimType.DESIGNATED, ClaimType.MEMBER_OF, ClaimType.HOLDS_ROLE,
        ClaimType.ALIGNED_WITH, ClaimType.RESPONSIBLE_FOR, ClaimType.TARGETED, ClaimType.LEADS,
        ClaimType.INFILTRATES, ClaimType.CONTROLS, ClaimType.FUNDS};
    private static final double[] TYPE_SHARE = {28, 22, 9, 6, 5, 5, 5, 4, 1.5, 1.5, 0.5};
    private static final int CLAIMS_PER_DOCUMENT = 10;

    private final int entities;
    private final long claims;
    private final long seed;

    // Node ranges [start, start + size) per type.
    private final int states;
    private final int bodies0;
    private final int bodies;
    private final int units0;
    private final int units;
    private final int groups0;
    private final int groups;
    private final int persons0;
    private final int persons;
    private final int orgs0;
    private final int orgs;
    private final int places0;
    private final int places;
    private final int programs0;
    private final int programs;
    private final int vessels0;
    private final int vessels;
    private final int aircraft0;
    private final int aircraft;
    /** Per country c: bodies [bodyStart[c], bodyStart[c+1]), units likewise. */
    private final int[] bodyStart;
    private final int[] unitStart;

    private ClaimGraph.Builder builder;
    private SplittableRandom random;
    private long claimId;
    private String document;

    public SyntheticClaimGraph(int entities, long claims, long seed) {
        if (entities < 1000) {
            throw new IllegalArgumentException("at least 1000 entities");
        }
        this.entities = entities;
        this.claims = claims;
        this.seed = seed;
        states = Math.min(200, Math.max(10, entities / 1000));
        int rest = entities - states;
        bodies0 = states;
        bodies = (int) (rest * 0.05);
        units0 = bodies0 + bodies;
        units = (int) (rest * 0.10);
        groups0 = units0 + units;
        groups = (int) (rest * 0.04);
        persons0 = groups0 + groups;
        persons = (int) (rest * 0.45);
        orgs0 = persons0 + persons;
        orgs = (int) (rest * 0.20);
        places0 = orgs0 + orgs;
        places = (int) (rest * 0.10);
        programs0 = places0 + places;
        programs = (int) (rest * 0.02);
        vessels0 = programs0 + programs;
        vessels = (int) (rest * 0.025);
        aircraft0 = vessels0 + vessels;
        aircraft = entities - aircraft0;
        bodyStart = split(bodies0, bodies, states);
        unitStart = split(units0, units, states);
    }

    /** Builds the graph (generation and {@link ClaimGraph.Builder#build()}). */
    public ClaimGraph build() {
        ClaimGraph.Builder b = ClaimGraph.builder(entities, (int) Math.min(Integer.MAX_VALUE - 16, claims + claims / 50));
        generate(b);
        return b.build();
    }

    /** Streams every node and claim into {@code b}. */
    public void generate(ClaimGraph.Builder b) {
        builder = b;
        random = new SplittableRandom(seed);
        claimId = 0;
        addNodes();
        hierarchy();
        long remaining = claims - claimId;
        double[] cumulative = cumulative(TYPE_SHARE);
        for (long k = 0; k < remaining; k++) {
            double u = random.nextDouble();
            int t = 0;
            while (cumulative[t] < u) {
                t++;
            }
            claim(TYPES[t]);
        }
        builder = null;
    }

    /** Think United States: the largest funder and designating state. */
    public long funderHubEntity() {
        return entityId(0);
    }

    /** The default adversary rule: aligned with state 1 (Iran) or armed group 0 (IRGC-QF), designated by state 0 or its body 0. */
    public AdversaryRule adversaryRule() {
        return AdversaryRule.alignedOrDesignated(sponsorEntities(), authorityEntities());
    }

    /** The default rule's sponsors: state 1 (Iran) and armed group 0 (IRGC-QF). */
    public List<Long> sponsorEntities() {
        return List.of(entityId(1), entityId(groups0));
    }

    /** The default rule's authorities: state 0 and its body 0. */
    public List<Long> authorityEntities() {
        return List.of(entityId(0), entityId(bodies0));
    }

    public static long entityId(int node) {
        return node + 1L;
    }

    private void addNodes() {
        add(0, states, EntityType.STATE);
        add(bodies0, bodies, EntityType.GOVERNMENT_BODY);
        add(units0, units, EntityType.SECURITY_UNIT);
        add(groups0, groups, EntityType.ARMED_GROUP);
        add(persons0, persons, EntityType.PERSON);
        add(orgs0, orgs, EntityType.ORGANIZATION);
        add(places0, places, EntityType.PLACE);
        add(programs0, programs, EntityType.PROGRAM);
        add(vessels0, vessels, EntityType.VESSEL);
        add(aircraft0, aircraft, EntityType.AIRCRAFT);
    }

    private void add(int start, int size, EntityType type) {
        for (int i = start; i < start + size; i++) {
            builder.node(entityId(i), type);
        }
    }

    private void hierarchy() {
        for (int c = 0; c < states; c++) {
            int b0 = bodyStart[c];
            int nb = bodyStart[c + 1] - b0;
            int nu = unitStart[c + 1] - unitStart[c];
            if (nb == 0) {
                continue;
            }
            int roots = Math.max(1, nb / 20);
            for (int i = b0 + roots; i < b0 + nb; i++) {
                int parent = random.nextDouble() < 0.5 ? b0 + zipf(roots, 1.0) : b0 + random.nextInt(i - b0);
                partOf(i, parent);
            }
            int u0 = unitStart[c];
            int top = Math.max(1, nu / 30);
            for (int j = u0; j < u0 + nu; j++) {
                int parent = j < u0 + top || random.nextDouble() < 0.05 ? b0 + zipf(roots, 1.0) : u0 + random.nextInt(j - u0);
                partOf(j, parent);
                if (random.nextDouble() < 0.002 && j + 1 < u0 + nu) {
                    partOf(j, j + 1 + random.nextInt(u0 + nu - j - 1));
                }
            }
        }
        int topPlaces = Math.max(1, places / 100);
        for (int p = places0 + topPlaces; p < places0 + places; p++) {
            partOf(p, places0 + zipf(p - places0, 0.8));
        }
    }

    private void partOf(int child, int parent) {
        do {
            emit(child, ClaimType.PART_OF, parent);
        } while (random.nextDouble() < 0.3);
    }

    private void claim(ClaimType type) {
        double u = random.nextDouble();
        switch (type) {
            case ASSOCIATED_WITH -> emit(actor(), type, actor());
            case DESIGNATED -> {
                int authority = u < 0.45 ? bodies0 : u < 0.6 ? 0 : u < 0.8 ? zipf(states, 1.2) : bodies0 + zipf(bodies, 1.2);
                emit(authority, type, designee());
            }
            case MEMBER_OF -> {
                if (u < 0.7) {
                    emit(persons0 + zipf(persons, 0.9), type, pick(groups0, groups, 1.0, orgs0, orgs, 1.0, bodies0, bodies, 1.0));
                } else if (u < 0.9) {
                    emit(groups0 + zipf(groups, 0.9), type, pick(groups0 + 1, groups - 1, 1.1, bodies0, bodies, 1.1, units0, units, 1.1));
                } else {
                    emit(orgs0 + zipf(orgs, 0.9), type, orgs0 + zipf(orgs, 1.1));
                }
            }
            case HOLDS_ROLE -> emit(persons0 + zipf(persons, 0.9), type, bodies0 + zipf(bodies, 1.0));
            case ALIGNED_WITH -> {
                int subject = u < 0.5 ? groups0 + zipf(groups, 0.9) : u < 0.8 ? persons0 + zipf(persons, 0.9)
                        : u < 0.9 ? orgs0 + zipf(orgs, 0.9) : zipf(states, 1.0);
                double v = random.nextDouble();
                int object = v < 0.35 ? 1 : v < 0.45 ? groups0 : v < 0.75 ? zipf(states, 1.0) : groups0 + zipf(groups, 1.0);
                if (object != subject) {
                    emit(subject, type, object);
                } else {
                    emit(subject, type, (object + 1) % states);
                }
            }
            case RESPONSIBLE_FOR, TARGETED -> emit(u < 0.7 ? groups0 + zipf(groups, 1.0) : zipf(states, 1.0), type,
                    pick(places0, places, 1.0, units0, units, 1.0, orgs0, orgs, 1.0));
            case LEADS -> emit(persons0 + zipf(persons, 0.9), type,
                    pick(groups0, groups, 1.0, bodies0, bodies, 1.0, units0, units, 1.0));
            case INFILTRATES, CONTROLS -> {
                int subject = u < 0.8 ? groups0 + zipf(groups, 1.0) : u < 0.9 ? persons0 + zipf(persons, 1.0) : orgs0 + zipf(orgs, 1.0);
                int object = random.nextDouble() < 0.7 ? units0 + zipf(units, 0.9) : bodies0 + zipf(bodies, 1.0);
                emit(subject, type, object);
            }
            case FUNDS -> funds(u);
            default -> throw new IllegalStateException(type.name());
        }
    }

    private void funds(double u) {
        int funder = u < 0.3 ? 0 : u < 0.6 ? zipf(states, 1.1) : u < 0.8 ? bodies0 + zipf(bodies, 1.1)
                : u < 0.9 ? programs0 + zipf(programs, 1.0) : orgs0 + zipf(orgs, 1.1);
        // Recipients in countries other than 0 and 1.
        int foreignBodies0 = bodyStart[2];
        int foreignUnits0 = unitStart[2];
        double v = random.nextDouble();
        int recipient = v < 0.4 ? foreignBodies0 + zipf(bodies0 + bodies - foreignBodies0, 1.1)
                : v < 0.65 ? foreignUnits0 + zipf(units0 + units - foreignUnits0, 1.0)
                : v < 0.8 ? groups0 + zipf(groups, 1.0)
                : v < 0.95 ? orgs0 + zipf(orgs, 1.0) : programs0 + zipf(programs, 1.0);
        double amount = random.nextDouble() < 0.4 ? Math.exp(Math.log(1e5) + random.nextDouble() * Math.log(1e4)) : Double.NaN;
        emit(funder, ClaimType.FUNDS, recipient, Math.rint(amount));
    }

    private int designee() {
        double u = random.nextDouble();
        return u < 0.5 ? persons0 + zipf(persons, 0.8) : u < 0.75 ? orgs0 + zipf(orgs, 0.8)
                : u < 0.85 ? groups0 + zipf(groups, 0.8) : u < 0.95 ? vessels0 + zipf(vessels + aircraft, 0.7)
                : bodies0 + zipf(bodies + units, 0.8);
    }

    private int actor() {
        double u = random.nextDouble();
        return u < 0.55 ? persons0 + zipf(persons, 1.0) : u < 0.8 ? orgs0 + zipf(orgs, 1.0)
                : u < 0.92 ? groups0 + zipf(groups, 1.0) : u < 0.97 ? bodies0 + zipf(bodies, 1.0) : zipf(states, 1.0);
    }

    /** One of three pools, with shares 50/30/20. */
    private int pick(int s1, int n1, double e1, int s2, int n2, double e2, int s3, int n3, double e3) {
        double u = random.nextDouble();
        return u < 0.5 ? s1 + zipf(n1, e1) : u < 0.8 ? s2 + zipf(n2, e2) : s3 + zipf(n3, e3);
    }

    private void emit(int subject, ClaimType type, int object) {
        emit(subject, type, object, Double.NaN);
    }

    private void emit(int subject, ClaimType type, int object, double amount) {
        if (claimId % CLAIMS_PER_DOCUMENT == 0) {
            document = "sha256:synthetic-" + (claimId / CLAIMS_PER_DOCUMENT);
        }
        builder.edge(claimId++, entityId(subject), entityId(object), type, stance(), document, amount, time());
    }

    private Stance stance() {
        double u = random.nextDouble();
        return u < 0.55 ? Stance.ASSERTED : u < 0.80 ? Stance.REPORTED : u < 0.95 ? Stance.ALLEGED
                : u < 0.98 ? Stance.DENIED : Stance.HYPOTHETICAL;
    }

    private int time() {
        if (random.nextDouble() >= 0.6) {
            return 0;
        }
        int year = 2000 + random.nextInt(25);
        return year * 10000 + (random.nextBoolean() ? (1 + random.nextInt(12)) * 100 : 0);
    }

    /**
     * A rank in {@code [0, n)} with P(k) roughly proportional to (k + 1)^-s: the inverse of a
     * continuous power law on [1, n + 1].
     */
    private int zipf(int n, double s) {
        if (n <= 1) {
            return 0;
        }
        double u = random.nextDouble();
        double x;
        if (Math.abs(s - 1.0) < 1e-9) {
            x = Math.exp(u * Math.log(n + 1.0));
        } else {
            double a = 1 - s;
            x = Math.pow((Math.pow(n + 1.0, a) - 1) * u + 1, 1 / a);
        }
        int k = (int) x - 1;
        return Math.min(Math.max(k, 0), n - 1);
    }

    /** Splits [start, start + size) among {@code parts} in Zipf (s = 1) sizes, largest first. */
    private static int[] split(int start, int size, int parts) {
        double h = 0;
        for (int c = 1; c <= parts; c++) {
            h += 1.0 / c;
        }
        int[] bounds = new int[parts + 1];
        double acc = 0;
        for (int c = 0; c < parts; c++) {
            bounds[c] = start + (int) Math.round(size * acc / h);
            acc += 1.0 / (c + 1);
        }
        bounds[parts] = start + size;
        return bounds;
    }

    private static double[] cumulative(double[] shares) {
        double total = 0;
        for (double s : shares) {
            total += s;
        }
        double[] c = new double[shares.length];
        double acc = 0;
        for (int i = 0; i < shares.length; i++) {
            acc += shares[i] / total;
            c[i] = acc;
        }
        c[c.length - 1] = 1.0;
        return c;
    }
}
