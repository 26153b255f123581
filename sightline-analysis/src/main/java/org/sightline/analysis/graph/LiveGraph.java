package org.sightline.analysis.graph;

import org.sightline.store.Store;
import org.sightline.store.StoreVersion;

/**
 * A claim graph kept current with a store, for a process that answers many questions (the
 * server): after ingests only the new claims are read and added to the previous graph's edges;
 * after judgements (which may move claims between entities, or reject them) the graph is built
 * again from the store. Reading claims from SQLite is what costs (see docs/BENCHMARKS.md), so an
 * ingest of a few documents into a large store costs the new claims, not all of them.
 * Thread-safe; readers keep the graph they got, which never changes.
 */
public final class LiveGraph {
    private final Store store;
    private ClaimGraph graph;
    private StoreVersion version;
    private boolean lastWasIncremental;

    public LiveGraph(Store store) {
        this.store = store;
    }

    /** The graph of the store's current claims. */
    public synchronized ClaimGraph current() {
        StoreVersion now = store.version();
        if (graph != null && now.equals(version)) {
            return graph;
        }
        if (graph == null || now.epoch() != version.epoch() || now.maxClaimId() < version.maxClaimId()) {
            graph = ClaimGraph.fromStore(store);
            lastWasIncremental = false;
        } else {
            ClaimGraph.Builder b = ClaimGraph.builder(graph.nodeCount(), graph.edgeCount());
            copy(graph, b);
            store.forEachClaimAfter(version.maxClaimId(), b::add);
            graph = b.build();
            lastWasIncremental = true;
        }
        version = now;
        return graph;
    }

    /** Whether the last change was taken in by adding new claims only (for tests and logs). */
    public synchronized boolean lastWasIncremental() {
        return lastWasIncremental;
    }

    private static void copy(ClaimGraph g, ClaimGraph.Builder b) {
        for (int n = 0; n < g.nodeCount(); n++) {
            b.node(g.entityId(n), g.type(n));
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            b.edge(g.claimId(e), g.entityId(g.subject(e)), g.entityId(g.object(e)), g.claimType(e), g.stance(e),
                    g.documentId(g.document(e)), g.amount(e), g.time(e));
        }
    }
}
