package org.sightline.server.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.NameKey;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.store.DocumentEntity;
import org.sightline.store.Store;
import org.sightline.store.StoreStats;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * The store as seen by whoever may read one set of collections: the readable documents, and the
 * entities named only as those documents (or the public knowledge base) name them. Built once per
 * snapshot and set of collections; immutable but for its lazily built graph and counts.
 */
final class ReadableView {
    final Set<String> documentIds;
    final List<StoredDocument> documents;
    /** Documents whose metadata this reader sees otherwise than stored (another filing's): id to what they see. */
    final Map<String, DocumentMetadata> metadataOf;
    /** When a document came in, as its reader may know it, where that is not the store's time (see {@link #shownIngestedAt}). */
    final Map<String, java.time.Instant> ingestedAtOf;
    /**
     * Each readable document's marking for this reader: the least restrictive of the readable
     * collections it is filed in, since the same text is held, for them, under that marking.
     */
    final Map<String, Tlp> markings;
    /** Visible entities, renamed, by id, sorted by name. */
    final Map<Long, StoredEntity> entities;
    /** Name keys of each visible entity's visible names. */
    final Map<Long, Set<String>> keys;
    private final Store store;
    private volatile ClaimGraph graph;
    /** Answers computed from this view (claims of an entity, an exposure...): valid as long as the view. */
    private final java.util.concurrent.ConcurrentHashMap<Object, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 5000;
    private volatile StoreStats stats;

    ReadableView(Snapshot snapshot, Set<Long> readableCollections, Store store, NameKey nameKey, KnowledgeBase kb) {
        this.store = store;
        long shared = snapshot.collections.stream().filter(c -> c.name().equals(Collection.SHARED)).mapToLong(Collection::id)
                .findFirst().orElse(-1);
        Set<String> ids = new HashSet<>();
        List<StoredDocument> docs = new ArrayList<>();
        Map<String, DocumentMetadata> shown = new HashMap<>();
        Map<String, java.time.Instant> ingested = new HashMap<>();
        Map<String, Tlp> marks = new HashMap<>();
        Map<Long, Tlp> tlpOf = new HashMap<>();
        snapshot.collections.forEach(c -> tlpOf.put(c.id(), c.tlp()));
        for (StoredDocument d : snapshot.documents) {
            Set<Long> in = snapshot.filings.getOrDefault(d.id(), Set.of(shared));
            if (in.stream().anyMatch(readableCollections::contains)) {
                ids.add(d.id());
                marks.put(d.id(), in.stream().filter(readableCollections::contains).map(c -> tlpOf.getOrDefault(c, Tlp.RED))
                        .min(Comparator.naturalOrder()).orElse(Tlp.RED));
                List<Filing> filings = snapshot.filingRecords.getOrDefault(d.id(), List.of());
                DocumentMetadata m = shownMetadata(d, filings, readableCollections);
                java.time.Instant at = shownIngestedAt(d, filings, readableCollections);
                if (!java.util.Objects.equals(at, d.ingestedAt())) {
                    ingested.put(d.id(), at);
                }
                if (m != null) {
                    shown.put(d.id(), m);
                }
                if (m != null || ingested.containsKey(d.id())) {
                    d = new StoredDocument(d.id(), m == null ? d.metadata() : m, d.text(), at);
                }
                docs.add(d);
            }
        }
        this.documentIds = Set.copyOf(ids);
        this.documents = List.copyOf(docs);
        this.metadataOf = Map.copyOf(shown);
        this.ingestedAtOf = Map.copyOf(ingested);
        this.markings = Map.copyOf(marks);
        List<StoredEntity> visible = new ArrayList<>();
        Map<Long, Set<String>> keyMap = new LinkedHashMap<>();
        for (StoredEntity e : snapshot.entities.values()) {
            // An entity a document names only through metadata this reader does not see (its outlet,
            // no mention in the text) is not known from that document.
            List<DocumentEntity> seen = snapshot.documentEntities.getOrDefault(e.id(), List.of()).stream()
                    .filter(d -> ids.contains(d.documentId()) && !(d.mentions() == 0 && shown.containsKey(d.documentId()))).toList();
            if (seen.isEmpty()) {
                continue;
            }
            boolean kbLinked = e.kbId() != null && seen.stream().anyMatch(d -> e.kbId().equals(d.kbId()));
            // Names this reader may know: the readable documents' and the public knowledge base's.
            Map<String, String> known = new LinkedHashMap<>();
            for (DocumentEntity d : seen) {
                known.putIfAbsent(nameKey.key(d.name()), d.name());
                d.aliases().forEach(a -> known.putIfAbsent(nameKey.key(a), a));
            }
            if (kbLinked && kb != null) {
                kb.entity(e.kbId()).ifPresent(k -> {
                    known.putIfAbsent(nameKey.key(k.name()), k.name());
                    k.aliases().forEach(a -> known.putIfAbsent(nameKey.key(a), a));
                });
            }
            // A spelling is shown only if a readable document (or the KB) spells it so: names with one key
            // can still differ (Hizballah / Hezbollah), and the other spelling may be a RED document's.
            Set<String> exact = new HashSet<>();
            seen.forEach(d -> {
                exact.add(d.name());
                exact.addAll(d.aliases());
            });
            if (kbLinked && kb != null) {
                kb.entity(e.kbId()).ifPresent(k -> {
                    exact.add(k.name());
                    exact.addAll(k.aliases());
                });
            }
            String name = exact.contains(e.name()) ? e.name()
                    : known.getOrDefault(nameKey.key(e.name()), seen.get(0).name());
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String a : e.aliases()) {
                if (exact.contains(a)) {
                    byKey.putIfAbsent(nameKey.key(a), a);
                }
            }
            for (DocumentEntity d : seen) {
                byKey.putIfAbsent(nameKey.key(d.name()), d.name());
                d.aliases().forEach(a -> byKey.putIfAbsent(nameKey.key(a), a));
            }
            byKey.remove(nameKey.key(name));
            Set<String> aliases = new LinkedHashSet<>(byKey.values());
            int mentions = seen.stream().mapToInt(DocumentEntity::mentions).sum();
            visible.add(new StoredEntity(e.id(), name, e.type(), List.copyOf(aliases), kbLinked ? e.kbId() : null, mentions));
            Set<String> k = new HashSet<>();
            k.add(nameKey.key(name));
            aliases.forEach(a -> k.add(nameKey.key(a)));
            keyMap.put(e.id(), k);
        }
        visible.sort(Comparator.comparing((StoredEntity x) -> x.name().toLowerCase()).thenComparingLong(StoredEntity::id));
        Map<Long, StoredEntity> byId = new LinkedHashMap<>();
        visible.forEach(x -> byId.put(x.id(), x));
        this.entities = byId;
        this.keys = keyMap;
    }

    /**
     * The metadata this reader sees of a document when it is not the stored one: that of the
     * oldest filing they may read that kept metadata, when it differs from the stored. Null: the
     * stored metadata (unfiled documents, filings from before filings kept metadata, or the same).
     */
    /**
     * When the reader's copy came in: the store's time when the text's first filing is one they
     * may read (or it was ingested unfiled), else the time of their first filing, so that the date
     * does not tell that the text was held earlier somewhere they cannot read.
     */
    private static java.time.Instant shownIngestedAt(StoredDocument d, List<Filing> filings, Set<Long> readable) {
        if (filings.isEmpty() || readable.contains(filings.get(0).collectionId())) {
            return d.ingestedAt();
        }
        for (Filing f : filings) {
            if (readable.contains(f.collectionId())) {
                if (Filing.UNFILED.equals(f.filedBy()) || f.filedAt() == null) {
                    return d.ingestedAt();
                }
                try {
                    java.time.Instant at = java.time.Instant.parse(f.filedAt());
                    return d.ingestedAt() == null || at.isAfter(d.ingestedAt()) ? at : d.ingestedAt();
                } catch (java.time.format.DateTimeParseException e) {
                    return d.ingestedAt();
                }
            }
        }
        return d.ingestedAt();
    }

    private static DocumentMetadata shownMetadata(StoredDocument d, List<Filing> filings, Set<Long> readable) {
        if (filings.isEmpty()) {
            return null;
        }
        for (Filing f : filings) {
            if (readable.contains(f.collectionId())) {
                if (f.metadata() == null) {
                    return null;
                }
                DocumentMetadata m = new DocumentMetadata(f.metadata().title(), f.metadata().source(), f.metadata().url(),
                        f.metadata().published(), f.metadata().path(), f.metadata().mediaType());
                return sameShown(m, d.metadata()) ? null : m;
            }
        }
        return null;
    }

    private static boolean sameShown(DocumentMetadata a, DocumentMetadata b) {
        return java.util.Objects.equals(a.title(), b.title()) && java.util.Objects.equals(a.source(), b.source())
                && java.util.Objects.equals(a.url(), b.url()) && java.util.Objects.equals(a.published(), b.published());
    }

    @SuppressWarnings("unchecked")
    <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        Object known = memo.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(key, value);
        return value;
    }

    /** The claim graph of the readable claims only. */
    ClaimGraph graph() {
        ClaimGraph g = graph;
        if (g == null) {
            ClaimGraph.Builder b = ClaimGraph.builder();
            store.forEachClaim(row -> {
                if (documentIds.contains(row.documentId())) {
                    b.add(row);
                }
            });
            graph = g = b.build();
        }
        return g;
    }

    StoreStats stats() {
        StoreStats s = stats;
        if (s == null) {
            Map<ClaimType, Integer> byType = new EnumMap<>(ClaimType.class);
            int[] claims = {0};
            store.forEachClaim(row -> {
                if (documentIds.contains(row.documentId())) {
                    claims[0]++;
                    byType.merge(row.type(), 1, Integer::sum);
                }
            });
            stats = s = new StoreStats(documents.size(), entities.size(), claims[0], byType);
        }
        return s;
    }
}
