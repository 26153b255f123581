package org.sightline.store;

import org.sightline.core.ClaimType;

/**
 * A claim's relation and where it comes from, without its text: what counting independent sources
 * over a whole store needs. {@code speakerId} is the innermost speaker of its attribution chain.
 */
public record ClaimOrigin(long claimId, ClaimType type, long subjectId, long objectId, String documentId, long speakerId,
                          boolean rejected) {
}
