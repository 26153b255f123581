package org.sightline.interop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sightline.interop.ExportedClaim.ExportedEntity;
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
    IndependentSources NONE = (c, s, o) -> 0;

    int of(StoredClaim claim, String subjectKey, String objectKey);

    /** The highest marking of the claims counted (null: none); known only after a first pass. */
    default String highestMarking() {
        return null;
    }

    /** A first pass over the selected claims; memory: one small set per distinct relation. */
    static IndependentSources count(Store store, ExportSelection selection, Map<String, StoredDocument> documents,
                                    Map<Long, ExportedEntity> entities, Markings markings) {
        Map<String, Set<Long>> speakers = new HashMap<>();
        String[] highest = {null};
        store.forEachClaimWithEvidence(selection.includeRejected(), c -> {
            StoredDocument doc = documents.get(c.evidence().documentId());
            if (doc == null || !selection.holds(c, doc)) {
                return;
            }
            highest[0] = Markings.highest(highest[0], markings.of(doc.id()));
            String relation = relation(c, Exporter.entity(entities, c.subject()).key(), Exporter.entity(entities, c.object()).key());
            long origin = c.attributedTo().isEmpty() ? -1 : c.attributedTo().get(0).id();
            speakers.computeIfAbsent(relation, k -> new HashSet<>(2)).add(origin);
        });
        return new IndependentSources() {
            @Override
            public int of(StoredClaim c, String s, String o) {
                Set<Long> found = speakers.get(relation(c, s, o));
                return found == null ? 1 : found.size();
            }

            @Override
            public String highestMarking() {
                return highest[0];
            }
        };
    }

    private static String relation(StoredClaim c, String subjectKey, String objectKey) {
        return c.type() + "|" + subjectKey + "|" + objectKey;
    }
}
