package org.sightline.interop;

/**
 * The TLP marking under which the reader of an export holds each document: "CLEAR", "GREEN",
 * "AMBER" or "RED" (TLP 2.0), or null when the document carries none (a CLI export of the whole
 * store). The server passes its per-user view's markings; interop knows nothing of collections.
 */
@FunctionalInterface
public interface Markings {
    Markings NONE = documentId -> null;

    String of(String documentId);

    /** Levels from least to most restricted; null (unmarked) is below CLEAR. */
    String[] ORDER = {"CLEAR", "GREEN", "AMBER", "RED"};

    static String highest(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    static int rank(String level) {
        if (level == null) {
            return -1;
        }
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i].equals(level)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a TLP 2.0 level: " + level);
    }
}
