package org.sightline.server.access;

/**
 * Traffic Light Protocol marking of a collection. CLEAR and GREEN collections are read by every
 * signed-in user; AMBER and RED only by their members (admins included: administering a
 * collection does not open it).
 */
public enum Tlp {
    CLEAR, GREEN, AMBER, RED;

    public boolean openToAll() {
        return this == CLEAR || this == GREEN;
    }
}
