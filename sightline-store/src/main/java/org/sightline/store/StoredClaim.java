package org.sightline.store;

import java.util.List;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.Evidence;
import org.sightline.core.Stance;

/**
 * A stored claim with its evidence, attribution chain (innermost first) and the document it came
 * from; {@code rejectedBy} is the judgement that rejected it, or null.
 */
public record StoredClaim(long id, ClaimType type, EntityRef subject, EntityRef object, Stance stance,
                          List<EntityRef> attributedTo, String time, double confidence,
                          Map<String, String> attributes, Evidence evidence,
                          String documentTitle, String documentSource, Long rejectedBy) {
}
