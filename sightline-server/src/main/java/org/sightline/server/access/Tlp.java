package org.sightline.server.access;

/**
 * Traffic Light Protocol marking of a collection. CLEAR and GREEN collections are read by every
 * signed-in user; AMBER and RED only by their members (admins included: administering a
 * collection does not open it).
 */
public enum Tlp {
    CLEAR, GREEN, AMBER, RED;

    /** As TLP 2.0 writes it: "TLP:AMBER". */
    public String label() {
        return "TLP:" + name();
    }

    /** AMBER and RED limit sharing; CLEAR and GREEN marks are shown only where every marking is. */
    public boolean restricted() {
        return this == AMBER || this == RED;
    }

    public static Tlp highest(Tlp a, Tlp b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public boolean openToAll() {
        return this == CLEAR || this == GREEN;
    }
}
