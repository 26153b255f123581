package org.sightline.server.access;

import org.sightline.core.DocumentMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;
import org.sightline.core.NameKey;
import org.sightline.store.ClaimQuery;
import org.sightline.store.DocumentEntity;
import org.sightline.store.DocumentHit;
import org.sightline.store.EntityRef;
import org.sightline.store.Judgement;
import org.sightline.store.RebuildResult;
import org.sightline.store.SaveResult;
import org.sightline.store.Store;
import org.sightline.store.StoreStats;
import org.sightline.store.StoreVersion;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredClaimRow;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * The one gate between the server and the store: a read-only {@link Store} that holds only the
 * documents a user may read. Claims are visible when their document is; entities when a readable
 * document names them, and then only by the names readable documents (or the knowledge base)
 * give them, with mention counts from those documents alone. Every page and endpoint reads
 * through one of these, so no handler can leak by forgetting a filter. Writes are refused: the
 * server makes them on the store itself after checking the target is visible here.
 */
public final class VisibleStore implements Store {
    private final Store store;
    private final ReadableView view;
    private final NameKey nameKey;

    VisibleStore(Store store, ReadableView view, NameKey nameKey) {
        this.store = store;
        this.view = view;
        this.nameKey = nameKey;
    }

    /** The graph of the readable claims, built once per view. */
    public ClaimGraph graph() {
        return view.graph();
    }

    /**
     * An answer computed from this view, kept as long as the view is (until the store or the
     * filings change); {@code key} must name everything the answer depends on.
     */
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        return view.memo(key, compute);
    }

    /** The TLP marking under which this reader holds a readable document (CLEAR when unknown to them). */
    public Tlp marking(String documentId) {
        return view.markings.getOrDefault(documentId, Tlp.CLEAR);
    }

    /** The highest marking of the documents these claims' evidence comes from (CLEAR for none). */
    public Tlp highestMarking(java.util.Collection<StoredClaim> claims) {
        Tlp top = Tlp.CLEAR;
        for (StoredClaim c : claims) {
            top = Tlp.highest(top, marking(c.evidence().documentId()));
        }
        return top;
    }

    public boolean readable(String documentId) {
        return view.documentIds.contains(documentId);
    }

    @Override
    public boolean containsDocument(String documentId) {
        return readable(documentId);
    }

    @Override
    public Optional<StoredDocument> document(String documentId) {
        return readable(documentId) ? view.memo(List.of("document", documentId), () -> store.document(documentId).map(d -> {
            DocumentMetadata m = view.metadataOf.get(documentId);
            java.time.Instant at = view.ingestedAtOf.getOrDefault(documentId, d.ingestedAt());
            return m == null && java.util.Objects.equals(at, d.ingestedAt()) ? d : new StoredDocument(d.id(), m == null ? d.metadata() : m, d.text(), at);
        })) : Optional.empty();
    }

    @Override
    public List<StoredDocument> documents() {
        return view.documents;
    }

    @Override
    public List<DocumentHit> searchDocuments(String query, int limit) {
        return view.memo(List.of("search", query, limit), () -> readableHits(query, limit));
    }

    private List<DocumentHit> readableHits(String query, int limit) {
        // Readable hits may rank below unreadable ones: ask for more until enough are readable or none are left.
        int asked = Math.max(limit, 1) * 2 + 10;
        while (true) {
            List<DocumentHit> found = store.searchDocuments(query, asked);
            List<DocumentHit> hits = new ArrayList<>();
            for (DocumentHit h : found) {
                if (readable(h.id()) && hits.size() < limit) {
                    DocumentMetadata m = view.metadataOf.get(h.id());
                    hits.add(m == null ? h : new DocumentHit(h.id(), m, h.snippet()));
                }
            }
            if (hits.size() >= limit || found.size() < asked || asked >= 1_000_000) {
                return List.copyOf(hits);
            }
            asked *= 4;
        }
    }

    @Override
    public List<StoredEntity> entities(EntityType type) {
        return view.entities.values().stream().filter(e -> type == null || e.type() == type).toList();
    }

    @Override
    public Optional<StoredEntity> entity(long id) {
        return Optional.ofNullable(view.entities.get(id));
    }

    /** Same semantics as the store's: equal name key first, else a key containing it; visible names only. */
    @Override
    public List<StoredEntity> findEntities(String name) {
        return view.memo(List.of("find", name), () -> readableEntities(name));
    }

    /** Every readable entity one of whose names holds {@code name}'s key, exact or not (search ranks them). */
    public List<StoredEntity> entitiesContaining(String name) {
        String key = nameKey.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        return view.memo(List.of("containing", key), () -> view.entities.values().stream()
                .filter(e -> view.keys.get(e.id()).stream().anyMatch(k -> k.contains(key))).toList());
    }

    private List<StoredEntity> readableEntities(String name) {
        String key = nameKey.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<StoredEntity> exact = view.entities.values().stream().filter(e -> view.keys.get(e.id()).contains(key)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return view.entities.values().stream()
                .filter(e -> view.keys.get(e.id()).stream().anyMatch(k -> k.contains(key))).toList();
    }

    @Override
    public List<StoredClaim> claims(ClaimQuery query) {
        return view.memo(query, () -> readableClaims(query));
    }

    private List<StoredClaim> readableClaims(ClaimQuery query) {
        if (query.documentId() != null && !readable(query.documentId())) {
            return List.of();
        }
        ClaimQuery all = new ClaimQuery(query.entityId(), query.type(), query.documentId(), 0, query.includeRejected());
        List<StoredClaim> out = new ArrayList<>();
        for (StoredClaim c : store.claims(all)) {
            if (readable(c.evidence().documentId())) {
                out.add(renamed(c));
                if (out.size() == query.limit()) {
                    break;
                }
            }
        }
        // Kept in the view's memo and handed to every caller: nobody may change it.
        return List.copyOf(out);
    }

    @Override
    public Optional<StoredClaim> claim(long id) {
        return view.memo(List.of("claim", id), () -> store.claim(id).filter(c -> readable(c.evidence().documentId())).map(this::renamed));
    }

    @Override
    public List<DocumentEntity> documentEntities(java.util.Collection<Long> entityIds) {
        return store.documentEntities(entityIds).stream().filter(d -> readable(d.documentId())).toList();
    }

    @Override
    public void forEachClaim(Consumer<StoredClaimRow> each) {
        store.forEachClaim(row -> {
            if (readable(row.documentId())) {
                each.accept(row);
            }
        });
    }

    /** The store's one streaming pass, through the same readable filter and names as {@link #claims}. */
    @Override
    public void forEachClaimWithEvidence(boolean includeRejected, Consumer<StoredClaim> each) {
        store.forEachClaimWithEvidence(includeRejected, c -> {
            if (readable(c.evidence().documentId())) {
                each.accept(renamed(c));
            }
        });
    }

    /** The store's pass over origins, readable documents only (speakers are ids: nothing to rename). */
    @Override
    public void forEachClaimOrigin(boolean includeRejected, Consumer<org.sightline.store.ClaimOrigin> each) {
        store.forEachClaimOrigin(includeRejected, o -> {
            if (readable(o.documentId())) {
                each.accept(o);
            }
        });
    }

    @Override
    public void forEachClaimAfter(long afterId, Consumer<StoredClaimRow> each) {
        store.forEachClaimAfter(afterId, row -> {
            if (readable(row.documentId())) {
                each.accept(row);
            }
        });
    }

    @Override
    public StoreVersion version() {
        return store.version();
    }

    @Override
    public StoreStats stats() {
        return view.stats();
    }

    @Override
    public List<Long> entitiesOfDocEntities(List<Long> docEntityIds) {
        throw readOnly();
    }

    /** Judgements name entities as analysts saw them in any document: not shown through a view. */
    @Override
    public List<Judgement> judgements() {
        return List.of();
    }

    @Override
    public SaveResult save(Extraction extraction) {
        throw readOnly();
    }

    @Override
    public Judgement merge(long keep, long other, String madeBy, String why) {
        throw readOnly();
    }

    @Override
    public Judgement split(long entityId, List<String> names, List<String> documentIds, String newName, EntityType newType,
                           String madeBy, String why) {
        throw readOnly();
    }

    @Override
    public Judgement reject(long claimId, String madeBy, String why) {
        throw readOnly();
    }

    @Override
    public Judgement revert(long judgementId, String revertedBy) {
        throw readOnly();
    }

    @Override
    public RebuildResult rebuildEntities() {
        throw readOnly();
    }

    /** The view is not the store's owner: closing it closes nothing. */
    @Override
    public void close() {
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a visible store is read-only");
    }

    private StoredClaim renamed(StoredClaim c) {
        List<EntityRef> chain = c.attributedTo().stream().map(this::ref).toList();
        String title = c.documentTitle();
        String source = c.documentSource();
        DocumentMetadata m = view.metadataOf.get(c.evidence().documentId());
        if (m != null) {
            // Seen through another filing: its title and outlet, never the stored ones.
            title = m.title();
            source = m.source();
            if (!chain.isEmpty()) {
                List<EntityRef> shown = new ArrayList<>(chain);
                EntityRef last = c.attributedTo().get(chain.size() - 1);
                if (!view.entities.containsKey(last.id()) || last.name().equals(c.documentSource())) {
                    shown.set(shown.size() - 1, new EntityRef(-1, outlet(m, c.evidence().documentId()), EntityType.ORGANIZATION));
                }
                chain = List.copyOf(shown);
            }
        }
        return new StoredClaim(c.id(), c.type(), ref(c.subject()), ref(c.object()), c.stance(),
                chain, c.time(), c.confidence(), c.attributes(), c.evidence(), title, source, c.rejectedBy());
    }

    /** The outlet as the extractor names it from metadata: the source, else the URL's host, else a placeholder. */
    private static String outlet(DocumentMetadata m, String documentId) {
        if (m.source() != null && !m.source().isBlank()) {
            return m.source();
        }
        if (m.url() != null && m.url().matches("https?://[^/]+.*")) {
            try {
                return java.net.URI.create(m.url()).getHost();
            } catch (IllegalArgumentException e) {
                // not a URL the extractor could read either: the placeholder, as there
            }
        }
        return "unattributed document " + documentId.substring(7, Math.min(documentId.length(), 19));
    }

    private EntityRef ref(EntityRef r) {
        StoredEntity e = view.entities.get(r.id());
        return e == null ? new EntityRef(r.id(), "entity " + r.id(), r.type()) : e.ref();
    }
}
