package org.sightline.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.sightline.interop.ExportedClaim.ExportedEntity;
import org.sightline.store.EntityRef;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * Streams a selection of a store's claims into an {@link ExportWriter}. The store is read in one
 * pass ({@link Store#forEachClaimWithEvidence}: two queries, whatever its size), or two when the
 * format counts independent sources; memory holds the documents' metadata, the entities and, per
 * exported entity, its highest marking, never the claims. Pass a {@code VisibleStore} to export
 * only what a user may read.
 */
public final class Exporter {
    private final Store store;
    private final Markings markings;

    public Exporter(Store store, Markings markings) {
        this.store = store;
        this.markings = markings == null ? Markings.NONE : markings;
    }

    public ExportSummary export(ExportSelection selection, ExportWriter writer) throws IOException {
        return export(selection, writer, done -> { });
    }

    /** @param progress told the number of claims written, every 1,000 */
    public ExportSummary export(ExportSelection selection, ExportWriter writer, LongConsumer progress) throws IOException {
        Map<String, StoredDocument> documents = new HashMap<>();
        Instant started = null;
        for (StoredDocument d : store.documents()) {
            documents.put(d.id(), d);
            if (d.ingestedAt() != null && (started == null || d.ingestedAt().isBefore(started))) {
                started = d.ingestedAt();
            }
        }
        Map<Long, ExportedEntity> entities = new HashMap<>();
        for (StoredEntity e : store.entities(null)) {
            entities.put(e.id(), new ExportedEntity(e, StableIds.entityKey(e)));
        }
        IndependentSources sources = writer.countsSources()
                ? IndependentSources.count(store, selection, documents, markings) : IndependentSources.NONE;

        writer.begin(new ExportContext(started == null ? Instant.EPOCH : started, Instant.now(), sources.highestMarking()));
        // By stable key, since a speaker known only by a filing's outlet has no stored id.
        Map<String, ExportedEntity> named = new HashMap<>();
        long[] counts = new long[2];
        String[] highest = {null};
        try {
            store.forEachClaimWithEvidence(selection.includeRejected(), c -> {
                StoredDocument doc = documents.get(c.evidence().documentId());
                if (doc == null || !selection.holds(c, doc)) {
                    return;
                }
                ExportedEntity subject = entity(entities, c.subject());
                ExportedEntity object = entity(entities, c.object());
                List<ExportedEntity> chain = new ArrayList<>(c.attributedTo().size());
                for (EntityRef r : c.attributedTo()) {
                    chain.add(entity(entities, r));
                }
                String marking = markings.of(doc.id());
                String key = StableIds.claimKey(c, subject.key(), object.key());
                try {
                    writer.claim(new ExportedClaim(c, doc, subject, object, List.copyOf(chain), key, marking,
                            sources.of(c)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                highest[0] = Markings.highest(highest[0], marking);
                note(named, subject, marking);
                note(named, object, marking);
                for (ExportedEntity s : chain) {
                    note(named, s, marking);
                }
                counts[0]++;
                if (c.rejectedBy() != null) {
                    counts[1]++;
                }
                if (counts[0] % 1000 == 0) {
                    progress.accept(counts[0]);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // In stored id order, the order the store first held them, which an import repeats (ImportedDocuments).
        List<ExportedEntity> inOrder = new ArrayList<>(named.values());
        inOrder.sort(java.util.Comparator.comparingLong((ExportedEntity e) -> e.entity().id() < 0 ? Long.MAX_VALUE : e.entity().id())
                .thenComparing(ExportedEntity::key));
        for (ExportedEntity e : inOrder) {
            writer.entity(e, e.marking.isEmpty() ? null : e.marking);
        }
        ExportSummary summary = new ExportSummary(counts[0], counts[1], named.size(), highest[0]);
        writer.end(summary);
        progress.accept(counts[0]);
        return summary;
    }

    /**
     * The highest marking of what an export of {@code selection} would hold, found by a pass over
     * the claims without writing, for a header that must be sent before the body.
     */
    public String highestMarking(ExportSelection selection) {
        Map<String, StoredDocument> documents = new HashMap<>();
        for (StoredDocument d : store.documents()) {
            documents.put(d.id(), d);
        }
        String[] highest = {null};
        // The origins pass reads no text: a header's worth of work, not an export's.
        store.forEachClaimOrigin(selection.includeRejected(), o -> {
            StoredDocument doc = documents.get(o.documentId());
            if (doc != null && selection.holds(o.claimId(), o.type(), o.subjectId(), o.objectId(), doc)) {
                highest[0] = Markings.highest(highest[0], markings.of(doc.id()));
            }
        });
        return highest[0];
    }

    /** Remembers that an exported claim names {@code e}, and the highest marking of those claims. */
    private static void note(Map<String, ExportedEntity> named, ExportedEntity e, String marking) {
        if (e.marking == null) {
            // First time in this export (an entity instance lives for one export only).
            e.marking = marking == null ? "" : marking;
            ExportedEntity first = named.putIfAbsent(e.key(), e);
            if (first != null && first != e) {
                first.marking = merge(first.marking, e.marking);
            }
        } else if (marking != null && !marking.equals(e.marking)) {
            e.marking = merge(e.marking, marking);
        }
    }

    private static String merge(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Markings.highest(a, b);
    }

    /** An entity the view does not list (a speaker known only by a filing's outlet): as the claim names it. */
    static ExportedEntity entity(Map<Long, ExportedEntity> entities, EntityRef ref) {
        ExportedEntity e = entities.get(ref.id());
        if (e == null) {
            StoredEntity bare = new StoredEntity(ref.id(), ref.name(), ref.type(), List.of(), null, 0);
            e = new ExportedEntity(bare, StableIds.entityKey(bare));
            if (ref.id() >= 0) {
                entities.put(ref.id(), e);
            }
        }
        return e;
    }
}
