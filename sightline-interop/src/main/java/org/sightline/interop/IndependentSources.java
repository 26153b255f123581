package org.sightline.interop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;

/**
 * How many independent origins state a claim's relation (type, subject, object) within an export:
 * the distinct innermost speakers of its claims, so that ten outlets repeating one inspector general
 * count once. The server's and CLI's corroboration also joins near-duplicate documents (MinHash);
 * that needs the documents' text, which an export does not read, so this count can be higher.
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
        Map<String, Set<Long>> speakers = new HashMap<>();
        String[] highest = {null};
        store.forEachClaimOrigin(selection.includeRejected(), o -> {
            StoredDocument doc = documents.get(o.documentId());
            if (doc == null || !selection.holds(o.claimId(), o.type(), o.subjectId(), o.objectId(), doc)) {
                return;
            }
            highest[0] = Markings.highest(highest[0], markings.of(doc.id()));
            speakers.computeIfAbsent(relation(o.type(), o.subjectId(), o.objectId()), k -> new HashSet<>(2)).add(o.speakerId());
        });
        return new IndependentSources() {
            @Override
            public int of(StoredClaim c) {
                Set<Long> found = speakers.get(relation(c.type(), c.subject().id(), c.object().id()));
                return found == null ? 1 : found.size();
            }

            @Override
            public String highestMarking() {
                return highest[0];
            }
        };
    }

    /** By stored ids: within one export an entity's id and its key say the same. */
    private static String relation(org.sightline.core.ClaimType type, long subject, long object) {
        return type.ordinal() + "|" + subject + "|" + object;
    }
}
