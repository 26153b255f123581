package org.sightline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.Document;

/**
 * Document search in PostgreSQL, meaning what FTS5's {@code unicode61 remove_diacritics 2} means
 * in SQLite: words are runs of letters and digits, compared without case or diacritics, no
 * stemming. PostgreSQL's own parser keeps "U.S." or "al-Amiri" as one token and removes no
 * diacritics without the {@code unaccent} extension, so the text is folded here, in Java, into
 * lower-case words separated by spaces, and only that is given to {@code to_tsvector('simple', …)};
 * the query words are folded the same way. The tsvector goes into {@code documents.search} (GIN
 * index), title with weight A, text with weight B; the folded text itself is not stored.
 */
final class TsvectorSearch {
    /**
     * A tsvector holds at most 1 MB and positions up to 16,383; the text beyond this many folded
     * characters is not indexed (documents are capped at 5 MB on ingest; press releases are ~20 kB).
     */
    static final int MAX_INDEXED_CHARS = 400_000;

    /** Title counts four times the text, as {@code bm25(document_search, 4.0, 1.0)} does in SQLite. Order: D, C, B, A. */
    private static final String WEIGHTS = "'{0.1, 0.1, 0.25, 1.0}'";

    private static final String HEADLINE = "StartSel=«, StopSel=», MaxWords=24, MinWords=12, ShortWord=0,"
            + " MaxFragments=1, FragmentDelimiter=…";

    private TsvectorSearch() {
    }

    static void index(Connection connection, Document document) throws SQLException {
        String title = document.metadata().title();
        String text = fold(document.text());
        Jdbc.update(connection, "UPDATE documents SET search = setweight(to_tsvector('simple', CAST(? AS TEXT)), 'A')"
                        + " || setweight(to_tsvector('simple', CAST(? AS TEXT)), 'B') WHERE id = ?",
                title == null ? "" : fold(title),
                text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text,
                document.id());
    }

    static List<DocumentHit> search(Connection connection, List<String> words, int limit) throws SQLException {
        List<String> folded = words.stream().map(TsvectorSearch::fold).map(String::strip).filter(w -> !w.isEmpty()).toList();
        if (folded.isEmpty()) {
            return List.of();
        }
        // The snippet marks the words in the stored text, which is not folded: ask for both spellings.
        Set<String> marked = new LinkedHashSet<>(folded);
        marked.addAll(words);
        String any = String.join(" | ", marked.stream().map(w -> "'" + w + "'").toList());
        return Jdbc.list(connection, "SELECT d.id, d.title, d.source, d.url, d.published, d.path, d.media_type,"
                        + " d.ingested_at, ts_headline('simple', d.text, to_tsquery('simple', CAST(? AS TEXT)), '" + HEADLINE + "') AS snippet"
                        + " FROM documents d, plainto_tsquery('simple', CAST(? AS TEXT)) q"
                        + " WHERE d.search @@ q ORDER BY ts_rank(" + WEIGHTS + ", d.search, q) DESC, d.seq LIMIT ?",
                DocumentRows::hit, any, String.join(" ", folded), limit);
    }

    /**
     * Lower case, without diacritics (decomposed, marks dropped), every run of characters other
     * than letters and digits one space: the words {@link SearchWords#of} would find, folded.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
