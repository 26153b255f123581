package org.sightline.server.access;

/** An API token as listed to its owner: never the token itself, which is shown once. */
public record TokenInfo(long id, String label, String createdAt) {
}
