package org.sightline.server.access;

/** A signed-up user; the password hash never leaves the account store. */
public record User(long id, String name, Role role, boolean disabled) {
}
