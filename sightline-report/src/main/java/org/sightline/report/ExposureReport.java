package org.sightline.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.analysis.corroboration.Origins;
import org.sightline.analysis.exposure.AdversaryRule;
import org.sightline.analysis.exposure.BreadthFirstExposure;
import org.sightline.analysis.exposure.ExposureQuery;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/**
 * An exposure query run on a store, with what it takes to show the answer: the hops' claims
 * (cached), entity names and the claims grouped into independent origins. Shared by the
 * {@code exposure} and {@code brief} commands.
 */
public final class ExposureReport {
    /** Knowledge-base ids of the default sponsors (Iran, the IRGC, its Qods Force) and US designating authorities. */
    public static final Set<String> SPONSOR_KB = Set.of("ir", "irgc", "irgc-qf");
    public static final Set<String> AUTHORITY_KB = Set.of("us", "us-state", "us-treasury", "us-ofac");

    /** Why a query could not run: a usage error (unknown name), or nothing to follow. */
    public static final class Failure extends Exception {
        public final boolean usage;

        public Failure(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }
    }

    public final Store store;
    public final ClaimGraph graph;
    public final List<StoredEntity> funders;
    /** Bodies that are part of the funder (knowledge base or PART_OF claims), whose money is followed too. */
    public final List<StoredEntity> parts;
    public final List<StoredEntity> sponsors;
    public final List<StoredEntity> authorities;
    public final ExposureResult result;
    private final ClaimSupport support;
    private final Map<Long, StoredClaim> claimCache = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    private ExposureReport(Store store, ClaimGraph graph, List<StoredEntity> funders, List<StoredEntity> parts,
                           List<StoredEntity> sponsors, List<StoredEntity> authorities, ExposureResult result, ClaimSupport support) {
        this.store = store;
        this.graph = graph;
        this.funders = List.copyOf(funders);
        this.parts = List.copyOf(parts);
        this.sponsors = List.copyOf(sponsors);
        this.authorities = List.copyOf(authorities);
        this.result = result;
        this.support = support != null ? support : new ClaimSupport(store);
    }

    /**
     * Runs the query: the funder by name, alias or entity id; sponsors by name (none: the knowledge
     * base's Iran, IRGC and IRGC-QF); US designating authorities from the knowledge base.
     *
     * @param sinceDate {@link org.sightline.analysis.graph.ClaimDates} date, or 0 for no limit
     */
    public static ExposureReport run(Store store, String funder, List<String> sponsorNames, int sinceDate) throws Failure {
        return run(store, null, null, funder, sponsorNames, sinceDate);
    }

    /**
     * Like {@link #run(Store, String, List, int)} on a graph of the store already built (null: build it)
     * and a {@link ClaimSupport} kept between queries (null: a new one), whose document signatures it caches.
     */
    public static ExposureReport run(Store store, ClaimGraph prebuilt, ClaimSupport support, String funder, List<String> sponsorNames,
                                     int sinceDate) throws Failure {
        List<StoredEntity> funders = funder.matches("\\d+")
                ? store.entity(Long.parseLong(funder)).map(List::of).orElse(List.of())
                : FunderParts.known(store, funder).orElseGet(() -> store.findEntities(funder));
        if (funders.isEmpty()) {
            throw new Failure("no entity named \"" + funder + "\"", true);
        }
        ClaimGraph graph = prebuilt != null ? prebuilt : ClaimGraph.fromStore(store);
        List<StoredEntity> parts = FunderParts.of(store, graph, funders);
        int[] nodes = java.util.stream.Stream.concat(funders.stream(), parts.stream())
                .mapToInt(e -> graph.node(e.id())).filter(n -> n >= 0).toArray();
        if (nodes.length == 0) {
            throw new Failure(funders.get(0).name() + " is in no claim: nothing to follow", false);
        }
        Set<StoredEntity> sponsors = new LinkedHashSet<>();
        List<StoredEntity> authorities = new ArrayList<>();
        for (StoredEntity e : store.entities(null)) {
            if (e.kbId() != null && sponsorNames.isEmpty() && SPONSOR_KB.contains(e.kbId())) {
                sponsors.add(e);
            }
            if (e.kbId() != null && AUTHORITY_KB.contains(e.kbId())) {
                authorities.add(e);
            }
        }
        for (String name : sponsorNames) {
            List<StoredEntity> found = store.findEntities(name);
            if (found.isEmpty()) {
                throw new Failure("--sponsor: no entity named \"" + name + "\"", true);
            }
            sponsors.addAll(found);
        }
        AdversaryRule rule = AdversaryRule.alignedOrDesignated(sponsors.stream().map(StoredEntity::id).toList(),
                authorities.stream().map(StoredEntity::id).toList());
        ExposureResult result = new BreadthFirstExposure().exposure(graph, ExposureQuery.of(rule, nodes).since(sinceDate));
        return new ExposureReport(store, graph, funders, parts, new ArrayList<>(sponsors), authorities, result, support);
    }

    public StoredClaim claim(long id) {
        return claimCache.computeIfAbsent(id, k -> store.claim(k).orElseThrow());
    }

    public String name(int node) {
        long id = graph.entityId(node);
        return names.computeIfAbsent(id, k -> store.entity(k).map(StoredEntity::name).orElse("entity " + k));
    }

    /** The claims behind a hop, in edge order. */
    public List<StoredClaim> claims(Hop hop) {
        List<StoredClaim> list = new ArrayList<>();
        for (long id : hop.claimIds(graph)) {
            list.add(claim(id));
        }
        return list;
    }

    public Origins origins(List<StoredClaim> claims) {
        return support.origins(claims);
    }

    /** Exposed units over all recipients. */
    public int unitCount() {
        return result.recipients().stream().mapToInt(x -> x.units().size()).sum();
    }

    /** Money at stake in words. */
    public static String money(ExposureResult.Money m) {
        if (m.relations() == 0) {
            return "no funding relation counted";
        }
        if (m.relationsWithoutAmount() == m.relations()) {
            return "unknown (no FUNDS claim states an amount)";
        }
        String known = String.format("at least $%,.0f", m.knownUsd());
        return m.complete() ? String.format("$%,.0f", m.knownUsd())
                : known + " (" + m.relationsWithoutAmount() + " of " + m.relations() + " funding relations state no amount)";
    }
}
