package org.sightline.interop;

import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;

/**
 * Which claims an export holds; an empty set or a null does not filter. {@code entityIds}: claims
 * with one of these entities as subject or object (a neighbourhood); {@code types}: claim types;
 * {@code since}: claims from documents published on or after this ISO date (a document without a
 * date counts from the day it was ingested); {@code claimIds}: exactly these claims (an exposure
 * answer); rejected claims only when {@code includeRejected}, and then marked as such.
 */
public record ExportSelection(Set<Long> entityIds, Set<ClaimType> types, String since, boolean includeRejected,
                              Set<Long> claimIds) {
    public static final ExportSelection ALL = new ExportSelection(Set.of(), Set.of(), null, false, null);

    public ExportSelection {
        entityIds = entityIds == null ? Set.of() : Set.copyOf(entityIds);
        types = types == null ? Set.of() : Set.copyOf(types);
        since = since == null || since.isBlank() ? null : since.strip();
        claimIds = claimIds == null ? null : Set.copyOf(claimIds);
    }

    public ExportSelection withClaims(Set<Long> ids) {
        return new ExportSelection(entityIds, types, since, includeRejected, ids);
    }

    boolean holds(StoredClaim c, StoredDocument document) {
        return holds(c.id(), c.type(), c.subject().id(), c.object().id(), document);
    }

    boolean holds(long claimId, ClaimType type, long subjectId, long objectId, StoredDocument document) {
        if (claimIds != null && !claimIds.contains(claimId)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(type)) {
            return false;
        }
        if (!entityIds.isEmpty() && !entityIds.contains(subjectId) && !entityIds.contains(objectId)) {
            return false;
        }
        if (since != null) {
            String date = document == null ? null : document.metadata().published();
            if (date == null && document != null && document.ingestedAt() != null) {
                date = document.ingestedAt().toString();
            }
            // ISO dates compare as strings; "2021" is before "2021-01-01" only by length, so pad the shorter.
            return date != null && pad(date).compareTo(pad(since)) >= 0;
        }
        return true;
    }

    private static String pad(String isoDate) {
        String d = isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate;
        return d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d;
    }
}
