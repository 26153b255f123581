package org.sightline.store;

import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;

/**
 * A stored claim without its evidence, quote and attribution: what an in-memory graph of all
 * claims needs, read by {@link Store#forEachClaim} in one pass. {@code time} is the claim's time
 * as extracted (or null); {@code attributes} are its attributes (empty when none).
 */
public record StoredClaimRow(long id, ClaimType type, long subjectId, EntityType subjectType, long objectId,
                             EntityType objectType, Stance stance, String documentId, String time,
                             Map<String, String> attributes) {
}
