package org.sightline.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a name: case, diacritics, apostrophe kinds, hyphens and a leading
 * article folded away, so "the Badr Corps" and "Badr corps" compare equal. The reference
 * knowledge base (a later module) does the real matching; this is the exact-key baseline.
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc\u02bf\u02be`\u00b4]");
    private static final Pattern DASHES = Pattern.compile("[\\s\\-\u2010-\u2015_]+");
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N}' ]");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the) ");

    private Names() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("'");
        s = DASHES.matcher(s).replaceAll(" ");
        s = PUNCT.matcher(s).replaceAll("");
        s = s.replaceAll("\\s+", " ").strip();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }
}
