package org.sightline.server.access;

import java.time.Instant;

/**
 * An API token as listed to its owner: never the token itself, which is shown once. {@code
 * expiresAt} is an ISO-8601 instant; a token without one (none should be left after migration
 * V32) counts as expired, so a gap in the data never makes a token last for ever.
 */
public record TokenInfo(long id, String label, String createdAt, String expiresAt) {
    public boolean expired(Instant now) {
        return expired(expiresAt, now);
    }

    public static boolean expired(String expiresAt, Instant now) {
        return expiresAt == null || !now.isBefore(Instant.parse(expiresAt));
    }

    /** The day it expires, as the Account page shows it. */
    public String expiresOn() {
        return expiresAt == null ? "unknown" : expiresAt.substring(0, Math.min(10, expiresAt.length()));
    }
}
