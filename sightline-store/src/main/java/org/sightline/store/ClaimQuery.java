package org.sightline.store;

import org.sightline.core.ClaimType;

/**
 * Which claims to list; null fields do not filter. {@code entityId} matches the subject or the
 * object; {@code limit} 0 means no limit.
 */
public record ClaimQuery(Long entityId, ClaimType type, String documentId, int limit) {
    public static final ClaimQuery ALL = new ClaimQuery(null, null, null, 0);

    public static ClaimQuery about(long entityId) {
        return new ClaimQuery(entityId, null, null, 0);
    }
}
