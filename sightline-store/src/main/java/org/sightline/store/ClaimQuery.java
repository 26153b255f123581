package org.sightline.store;

import org.sightline.core.ClaimType;

/**
 * Which claims to list; null fields do not filter. {@code entityId} matches the subject or the
 * object; {@code limit} 0 means no limit; rejected claims only when {@code includeRejected}.
 */
public record ClaimQuery(Long entityId, ClaimType type, String documentId, int limit, boolean includeRejected) {
    public static final ClaimQuery ALL = new ClaimQuery(null, null, null, 0);

    /** Claims an analyst rejected are left out. */
    public ClaimQuery(Long entityId, ClaimType type, String documentId, int limit) {
        this(entityId, type, documentId, limit, false);
    }

    public ClaimQuery withRejected() {
        return new ClaimQuery(entityId, type, documentId, limit, true);
    }

    public static ClaimQuery about(long entityId) {
        return new ClaimQuery(entityId, null, null, 0);
    }
}
