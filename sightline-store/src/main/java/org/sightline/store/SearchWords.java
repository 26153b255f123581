package org.sightline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search box's text: runs of letters and digits, lower-cased. Every backend
 * searches for exactly these, so that a query means the same in SQLite and PostgreSQL and no
 * user text is ever read as query syntax.
 */
public final class SearchWords {
    private static final int MAX_WORDS = 16;

    private SearchWords() {
    }

    public static List<String> of(String query) {
        List<String> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        query.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }
}
