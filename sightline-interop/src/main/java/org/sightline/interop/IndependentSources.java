package org.sightline.interop;

import java.util.Map;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;

/**
 * How many independent origins state a claim's relation (type, subject, object) within an export:
 * the distinct innermost speakers of its claims, so that ten outlets repeating one inspector general
 * count once. The server's and CLI's corroboration also joins near-duplicate documents (MinHash);
 * that needs the documents' text, which an export does not read, so this count can be higher.
 * Relations are keyed by stored entity ids, which within one export say the same as the keys.
 */
interface IndependentSources {
    IndependentSources NONE = c -> 0;

    int of(StoredClaim claim);

    /** The highest marking of the claims counted (null: none); known only after a first pass. */
    default String highestMarking() {
        return null;
    }

    /**
     * A first pass over the selected claims' origins (no text: {@link Store#forEachClaimOrigin});
     * memory: one small set per distinct relation.
     */
    static IndependentSources count(Store store, ExportSelection selection, Map<String, StoredDocument> documents,
                                    Markings markings) {
        RelationSpeakers speakers = new RelationSpeakers();
        String[] highest = {null};
        store.forEachClaimOrigin(selection.includeRejected(), o -> {
            StoredDocument doc = documents.get(o.documentId());
            if (doc == null || !selection.holds(o.claimId(), o.type(), o.subjectId(), o.objectId(), doc)) {
                return;
            }
            highest[0] = Markings.highest(highest[0], markings.of(doc.id()));
            speakers.add(RelationSpeakers.relation(o.type().ordinal(), o.subjectId(), o.objectId()), o.speakerId());
        });
        return new IndependentSources() {
            @Override
            public int of(StoredClaim c) {
                return speakers.count(RelationSpeakers.relation(c.type().ordinal(), c.subject().id(), c.object().id()));
            }

            @Override
            public String highestMarking() {
                return highest[0];
            }
        };
    }

}
