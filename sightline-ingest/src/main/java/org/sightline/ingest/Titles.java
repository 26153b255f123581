package org.sightline.ingest;

/** Titles as shown to a user: one line, single spaces, at most 200 characters. */
final class Titles {
    static final int MAX_LENGTH = 200;

    private Titles() {
    }

    /** The cleaned title, or null if there is nothing left. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        // Cut at a word boundary when there is one not too far back, and show that it was cut.
        int cut = s.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut < MAX_LENGTH / 2) {
            cut = MAX_LENGTH - 1;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
        }
        return s.substring(0, cut).strip() + "…";
    }

    /** The first line with something on it, cleaned. */
    static String firstLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String title = clean(text.substring(start, end));
            if (title != null) {
                return title;
            }
            start = end + 1;
        }
        return null;
    }
}
