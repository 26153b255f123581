package org.sightline.server.access;

/** The user a token acts as, and until when (ISO-8601; see {@link TokenInfo#expired}). */
public record TokenGrant(User user, String expiresAt) {
}
