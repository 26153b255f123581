package org.sightline.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;
import org.sightline.store.Store;
import org.sightline.store.StoredClaimRow;

/**
 * An immutable in-memory graph of stored claims, in primitive arrays (no object per node or edge).
 *
 * <p><b>Nodes</b> are stored entities, numbered {@code 0..nodeCount()-1} in entity id order (so
 * node order is entity id order, whatever order the builder saw them in); each has its entity id
 * and {@link EntityType}. <b>Edges</b> are claims, from
 * subject to object, numbered {@code 0..edgeCount()-1}; each has its claim id, {@link ClaimType},
 * {@link Stance}, document (an index into {@link #documentId(int)}), amount in US dollars
 * ({@code NaN} when unknown) and time ({@code yyyymmdd} as in {@link ClaimDates}, 0 when unknown).
 *
 * <p><b>Adjacency</b> is kept per direction and claim type (compressed sparse rows): the out-edges
 * of node {@code n} of type {@code t} are {@code outEdge(i)} for {@code i} in
 * {@code [outStart(n, t), outEnd(n, t))}, ordered by object node, then by the order the claims
 * were added; in-edges likewise by subject node. So claims that say the same thing about the same
 * two entities (parallel edges) are adjacent in both directions, and the edges between two given
 * nodes are found by binary search ({@link #outLowerBound}, {@link #inLowerBound}). Edges are
 * numbered in out-order, so {@code outEdge(i) == i}, and parallel edges have consecutive numbers.
 *
 * <p>Instances are safe to share between threads. Build one with {@link #builder()} or
 * {@link #fromStore(Store)}; rebuild after ingests and judgements (it is fast: see
 * docs/BENCHMARKS.md).
 */
public final class ClaimGraph {
    private static final ClaimType[] CLAIM_TYPES = ClaimType.values();
    private static final EntityType[] ENTITY_TYPES = EntityType.values();
    private static final Stance[] STANCES = Stance.values();
    /** Claim types per node in the offset tables. */
    private static final int T = CLAIM_TYPES.length;

    private final long[] entityIds;
    private final byte[] nodeTypes;
    private final LongIntMap nodeOfEntity;

    private final long[] claimIds;
    private final int[] subjects;
    private final int[] objects;
    private final byte[] types;
    private final byte[] stances;
    private final int[] documents;
    private final double[] amounts;
    private final int[] times;
    private final String[] documentIds;

    /** Out-edges of (node n, type t) are the edges [outOffsets[n*T+t], outOffsets[n*T+t+1]). */
    private final int[] outOffsets;
    /** In-edges of (node n, type t) are inEdges[inOffsets[n*T+t] .. inOffsets[n*T+t+1]). */
    private final int[] inOffsets;
    private final int[] inEdges;
    /** inSubjects[i] == subjects[inEdges[i]]: binary searches and scans of in-edges stay in one array. */
    private final int[] inSubjects;

    private ClaimGraph(Builder b) {
        int n = b.nodeCount;
        int e = b.edgeCount;
        // Number the nodes in entity id order, so that every order by node is an order by entity id.
        long[] sorted = Arrays.copyOf(b.entityIds, n);
        Arrays.sort(sorted);
        int[] renumber = new int[n];
        byte[] typesByNode = new byte[n];
        LongIntMap index = new LongIntMap(n);
        for (int old = 0; old < n; old++) {
            int node = Arrays.binarySearch(sorted, b.entityIds[old]);
            renumber[old] = node;
            typesByNode[node] = b.nodeTypes[old];
        }
        for (int node = 0; node < n; node++) {
            index.putIfAbsent(sorted[node], node);
        }
        for (int i = 0; i < e; i++) {
            b.subjects[i] = renumber[b.subjects[i]];
            b.objects[i] = renumber[b.objects[i]];
        }
        renumber = null;
        entityIds = sorted;
        nodeTypes = typesByNode;
        nodeOfEntity = index;
        b.entityIds = null;
        documentIds = b.documentList.toArray(new String[0]);
        long keys = (long) n * T + 1;
        if (keys > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many nodes for one graph: " + n);
        }

        // Two stable counting sorts: by object, then by (subject, type). The result is ordered by
        // (subject, type, object, insertion).
        int[] byObject = new int[e];
        int[] count = new int[n + 1];
        for (int i = 0; i < e; i++) {
            count[b.objects[i] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            count[i + 1] += count[i];
        }
        for (int i = 0; i < e; i++) {
            byObject[count[b.objects[i]]++] = i;
        }
        count = null;
        outOffsets = new int[(int) keys];
        for (int i = 0; i < e; i++) {
            outOffsets[b.subjects[i] * T + b.types[i] + 1]++;
        }
        prefixSum(outOffsets);
        int[] order = new int[e];
        int[] next = outOffsets.clone();
        for (int k = 0; k < e; k++) {
            int i = byObject[k];
            order[next[b.subjects[i] * T + b.types[i]]++] = i;
        }
        next = null;
        byObject = null;

        claimIds = permute(b.claimIds, order);
        b.claimIds = null;
        subjects = permute(b.subjects, order);
        b.subjects = null;
        objects = permute(b.objects, order);
        b.objects = null;
        types = permute(b.types, order);
        b.types = null;
        stances = permute(b.stances, order);
        b.stances = null;
        documents = permute(b.documents, order);
        b.documents = null;
        amounts = permute(b.amounts, order);
        b.amounts = null;
        times = permute(b.times, order);
        b.times = null;
        order = null;

        // In-edges: a stable counting sort of the edges (already by subject) by (object, type).
        inOffsets = new int[(int) keys];
        for (int i = 0; i < e; i++) {
            inOffsets[objects[i] * T + types[i] + 1]++;
        }
        prefixSum(inOffsets);
        inEdges = new int[e];
        inSubjects = new int[e];
        next = inOffsets.clone();
        for (int i = 0; i < e; i++) {
            int at = next[objects[i] * T + types[i]]++;
            inEdges[at] = i;
            inSubjects[at] = subjects[i];
        }
    }

    public static Builder builder() {
        return new Builder(1024, 4096);
    }

    /** A builder with room for this many nodes and edges before it must grow (it grows as needed). */
    public static Builder builder(int expectedNodes, int expectedEdges) {
        return new Builder(expectedNodes, expectedEdges);
    }

    /**
     * The graph of every claim in {@code store} that is not rejected, read in one pass
     * ({@link Store#forEachClaim}). Nodes are the entities that some such claim names, numbered in
     * claim id order. Amounts come from the attributes {@code amount} (as the text says it: "25,000", "1.25 billion", see {@link UsdAmounts})
     * with {@code currency} USD or absent; times from the claim's time, else its attribute
     * {@code date} ({@link ClaimDates#parse}).
     */
    public static ClaimGraph fromStore(Store store) {
        Builder b = builder();
        store.forEachClaim(row -> b.add(row));
        return b.build();
    }

    /** Amount in US dollars from claim attributes, or NaN when there is none, it is vague ("millions"), or not in USD. */
    public static double amountUsd(Map<String, String> attributes) {
        String amount = attributes.get("amount");
        if (amount == null) {
            return Double.NaN;
        }
        String currency = attributes.get("currency");
        if (currency != null && !currency.isBlank() && !currency.trim().toUpperCase(Locale.ROOT).equals("USD")) {
            return Double.NaN;
        }
        return UsdAmounts.parse(amount);
    }

    // ---- nodes

    public int nodeCount() {
        return entityIds.length;
    }

    /** The node of a stored entity, or -1 when no claim of the graph names it. */
    public int node(long entityId) {
        return nodeOfEntity.get(entityId);
    }

    public long entityId(int node) {
        return entityIds[node];
    }

    public EntityType type(int node) {
        return ENTITY_TYPES[nodeTypes[node]];
    }

    // ---- edges

    public int edgeCount() {
        return claimIds.length;
    }

    public long claimId(int edge) {
        return claimIds[edge];
    }

    public int subject(int edge) {
        return subjects[edge];
    }

    public int object(int edge) {
        return objects[edge];
    }

    public ClaimType claimType(int edge) {
        return CLAIM_TYPES[types[edge]];
    }

    public Stance stance(int edge) {
        return STANCES[stances[edge]];
    }

    /** Index of the edge's document, for {@link #documentId(int)}. */
    public int document(int edge) {
        return documents[edge];
    }

    public int documentCount() {
        return documentIds.length;
    }

    public String documentId(int document) {
        return documentIds[document];
    }

    /** The amount in US dollars the claim states, or NaN. */
    public double amount(int edge) {
        return amounts[edge];
    }

    /** {@code yyyymmdd} with 00 for unstated parts, or 0 (see {@link ClaimDates}). */
    public int time(int edge) {
        return times[edge];
    }

    // ---- adjacency

    public int outStart(int node, ClaimType type) {
        return outOffsets[node * T + type.ordinal()];
    }

    public int outEnd(int node, ClaimType type) {
        return outOffsets[node * T + type.ordinal() + 1];
    }

    /** The edge at position {@code i} of the out-adjacency; edges are numbered in that order, so this is {@code i}. */
    public int outEdge(int i) {
        return i;
    }

    public int inStart(int node, ClaimType type) {
        return inOffsets[node * T + type.ordinal()];
    }

    public int inEnd(int node, ClaimType type) {
        return inOffsets[node * T + type.ordinal() + 1];
    }

    public int inEdge(int i) {
        return inEdges[i];
    }

    /** The subject of {@code inEdge(i)}, read without touching the edge. */
    public int inSubject(int i) {
        return inSubjects[i];
    }

    /**
     * The first position {@code i} in {@code [outStart(subject, type), outEnd(subject, type))} whose
     * edge's object is {@code >= object}; the edges from {@code subject} to {@code object} of this
     * type follow from there while {@code object(outEdge(i)) == object}.
     */
    public int outLowerBound(int subject, ClaimType type, int object) {
        int lo = outStart(subject, type);
        int hi = outEnd(subject, type);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (objects[mid] < object) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Like {@link #outLowerBound}, for the in-edges of {@code object} by subject. */
    public int inLowerBound(int object, ClaimType type, int subject) {
        int lo = inStart(object, type);
        int hi = inEnd(object, type);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inSubjects[mid] < subject) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Bytes of the arrays (not counting document id strings): a floor for the heap the graph holds. */
    public long arrayBytes() {
        long n = nodeCount();
        long e = edgeCount();
        return n * (8 + 1) + nodeOfEntity.capacity() * 12L + e * (8 + 4 + 4 + 1 + 1 + 4 + 8 + 4 + 4 + 4)
                + (outOffsets.length + inOffsets.length) * 4L;
    }

    @Override
    public String toString() {
        return "ClaimGraph[" + nodeCount() + " nodes, " + edgeCount() + " edges, " + documentCount() + " documents]";
    }

    private static void prefixSum(int[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1];
        }
    }

    private static long[] permute(long[] a, int[] order) {
        long[] r = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            r[i] = a[order[i]];
        }
        return r;
    }

    private static int[] permute(int[] a, int[] order) {
        int[] r = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            r[i] = a[order[i]];
        }
        return r;
    }

    private static byte[] permute(byte[] a, int[] order) {
        byte[] r = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            r[i] = a[order[i]];
        }
        return r;
    }

    private static double[] permute(double[] a, int[] order) {
        double[] r = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            r[i] = a[order[i]];
        }
        return r;
    }

    /**
     * Collects nodes and edges; {@link #build()} once. Declare both ends of an edge with
     * {@link #node} before adding it. Not thread-safe.
     */
    public static final class Builder {
        private long[] entityIds;
        private byte[] nodeTypes;
        private int nodeCount;
        /** Entity id to the builder's own node number (build() renumbers). */
        private final LongIntMap nodeOfEntity;

        private long[] claimIds;
        private int[] subjects;
        private int[] objects;
        private byte[] types;
        private byte[] stances;
        private int[] documents;
        private double[] amounts;
        private int[] times;
        private int edgeCount;

        private final Map<String, Integer> documentIndex = new HashMap<>();
        private final List<String> documentList = new ArrayList<>();
        private String lastDocument;
        private int lastDocumentIndex = -1;
        private boolean built;

        private Builder(int expectedNodes, int expectedEdges) {
            int n = Math.max(16, expectedNodes);
            int e = Math.max(16, expectedEdges);
            entityIds = new long[n];
            nodeTypes = new byte[n];
            nodeOfEntity = new LongIntMap(n);
            claimIds = new long[e];
            subjects = new int[e];
            objects = new int[e];
            types = new byte[e];
            stances = new byte[e];
            documents = new int[e];
            amounts = new double[e];
            times = new int[e];
        }

        /**
         * Adds the entity as a node unless it is one already. Nodes are numbered by {@link #build()},
         * in entity id order: ask the graph for {@link ClaimGraph#node(long)}.
         *
         * @throws IllegalArgumentException when the entity was added before with another type
         */
        public Builder node(long entityId, EntityType type) {
            checkOpen();
            int existing = nodeOfEntity.get(entityId);
            if (existing >= 0) {
                if (nodeTypes[existing] != type.ordinal()) {
                    throw new IllegalArgumentException("entity " + entityId + " is " + ENTITY_TYPES[nodeTypes[existing]]
                            + ", not " + type);
                }
                return this;
            }
            if (nodeCount == entityIds.length) {
                int size = grown(nodeCount);
                entityIds = Arrays.copyOf(entityIds, size);
                nodeTypes = Arrays.copyOf(nodeTypes, size);
            }
            entityIds[nodeCount] = entityId;
            nodeTypes[nodeCount] = (byte) type.ordinal();
            nodeOfEntity.putIfAbsent(entityId, nodeCount++);
            return this;
        }

        /**
         * Adds a claim between two entities already added with {@link #node}.
         *
         * @param amountUsd amount in US dollars, NaN when unknown
         * @param time      {@code yyyymmdd} with 00 for unstated parts ({@link ClaimDates#parse}), 0 when unknown
         * @throws IllegalArgumentException when an end is not a node yet
         */
        public Builder edge(long claimId, long subjectEntity, long objectEntity, ClaimType type, Stance stance,
                            String documentId, double amountUsd, int time) {
            checkOpen();
            int s = nodeOfEntity.get(subjectEntity);
            int o = nodeOfEntity.get(objectEntity);
            if (s < 0 || o < 0) {
                throw new IllegalArgumentException("claim " + claimId + ": entity " + (s < 0 ? subjectEntity : objectEntity)
                        + " is not a node; add it with node() first");
            }
            if (edgeCount == claimIds.length) {
                int size = grown(edgeCount);
                claimIds = Arrays.copyOf(claimIds, size);
                subjects = Arrays.copyOf(subjects, size);
                objects = Arrays.copyOf(objects, size);
                types = Arrays.copyOf(types, size);
                stances = Arrays.copyOf(stances, size);
                documents = Arrays.copyOf(documents, size);
                amounts = Arrays.copyOf(amounts, size);
                times = Arrays.copyOf(times, size);
            }
            int i = edgeCount++;
            claimIds[i] = claimId;
            subjects[i] = s;
            objects[i] = o;
            types[i] = (byte) type.ordinal();
            stances[i] = (byte) stance.ordinal();
            documents[i] = documentIndex(documentId);
            amounts[i] = amountUsd;
            times[i] = time;
            return this;
        }

        /** Adds a stored claim and its two entities. */
        public Builder add(StoredClaimRow row) {
            node(row.subjectId(), row.subjectType());
            node(row.objectId(), row.objectType());
            int time = ClaimDates.parse(row.time());
            if (time == 0) {
                time = ClaimDates.parse(row.attributes().get("date"));
            }
            return edge(row.id(), row.subjectId(), row.objectId(), row.type(), row.stance(), row.documentId(),
                    amountUsd(row.attributes()), time);
        }

        public int nodeCount() {
            return nodeCount;
        }

        public int edgeCount() {
            return edgeCount;
        }

        /** The graph; the builder cannot be used afterwards (its arrays move into the graph). */
        public ClaimGraph build() {
            checkOpen();
            built = true;
            return new ClaimGraph(this);
        }

        private int documentIndex(String documentId) {
            // Claims usually arrive document by document: skip the hash lookup for a run of them.
            if (documentId == lastDocument && lastDocumentIndex >= 0) {
                return lastDocumentIndex;
            }
            Integer index = documentIndex.get(documentId);
            if (index == null) {
                index = documentList.size();
                documentIndex.put(documentId, index);
                documentList.add(documentId);
            }
            lastDocument = documentId;
            lastDocumentIndex = index;
            return index;
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("this builder has built its graph already");
            }
        }

        private static int grown(int size) {
            long next = Math.max(16, size + (size >> 1));
            if (next > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("graph too large: " + size);
            }
            return (int) next;
        }
    }
}
