package org.sightline.resolve.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Character-level clean-up (normalise.yaml, scripts.yaml): splits a name into words, lower-cases,
 * transliterates other scripts, strips diacritics and apostrophes, and records what the
 * punctuation said (a comma for "LAST, First", parentheses, dotted initials "A.B.C.").
 */
final class TextCleaner {
    /** One word of a name, cleaned; {@code abjad} when it was written in Arabic or Persian script. */
    record Word(String text, String surface, boolean abjad, boolean parenthetical, boolean upper,
                boolean commaAfter, boolean dotted, boolean glued) {
        Word withComma() {
            return new Word(text, surface, abjad, parenthetical, upper, true, dotted, glued);
        }
    }

    private final String apostrophes;
    private final String dashes;
    private final Map<Character, String> letters = new HashMap<>();
    private final Map<Character, String> scriptLetters = new HashMap<>();
    private final Map<Character, String> arabicLetters = new HashMap<>();
    private final Map<String, String> arabicWords = new HashMap<>();
    private final String arabicArticle;
    private final int arabicArticleMinRest;
    private final String ainInitial;
    private final int[] digitBlocks;
    private final String ampersand;

    TextCleaner(RuleFile normalise, RuleFile scripts) {
        apostrophes = normalise.node("apostrophes").asText();
        dashes = normalise.node("dashes").asText();
        normalise.stringMap("letters").forEach((k, v) -> letters.put(k.charAt(0), v));
        ampersand = normalise.node("ampersand").asText();
        for (String table : List.of("cyrillic", "greek", "armenian")) {
            scripts.stringMap(table).forEach((k, v) -> scriptLetters.put(k.charAt(0), v));
        }
        scripts.stringMap("arabic").forEach((k, v) -> arabicLetters.put(k.charAt(0), v));
        arabicWords.putAll(scripts.stringMap("arabicWords"));
        arabicArticle = scripts.node("arabicArticle").asText();
        arabicArticleMinRest = scripts.node("arabicArticleMinRest").asInt();
        ainInitial = scripts.node("ainInitial").asText();
        digitBlocks = toInts(scripts);
    }

    private static int[] toInts(RuleFile scripts) {
        var n = scripts.node("digitBlocks");
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asInt();
        }
        return out;
    }

    /** The words of a name in order. */
    List<Word> words(String name) {
        // apostrophe kinds first: NFKC would turn the acute accent into a space and a combining mark
        StringBuilder plain = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            plain.append(apostrophes.indexOf(c) >= 0 ? '\'' : c);
        }
        String s = Normalizer.normalize(plain, Normalizer.Form.NFKC);
        List<Word> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || apostrophes.indexOf(c) >= 0
                    || c == '\u0640') {
                cur.append(c);
                continue;
            }
            boolean dot = c == '.';
            boolean glued = dot && i + 1 < n && Character.isLetter(s.charAt(i + 1));
            if (cur.length() > 0) {
                emit(cur.toString(), depth > 0, dot, glued, out);
                cur.setLength(0);
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && !out.isEmpty()) {
                out.add(out.remove(out.size() - 1).withComma());
            } else if (c == '&') {
                out.add(new Word(ampersand, "&", false, depth > 0, false, false, false, false));
            }
        }
        return mergeDottedInitials(out);
    }

    private void emit(String raw, boolean paren, boolean dotted, boolean glued, List<Word> out) {
        boolean upper = isUpper(raw);
        if (hasArabic(raw)) {
            String w = stripHarakat(raw);
            String mapped = arabicWords.get(w);
            if (mapped != null) {
                out.add(new Word(mapped, raw, true, paren, false, false, false, false));
                return;
            }
            if (w.startsWith(arabicArticle) && w.length() - arabicArticle.length() >= arabicArticleMinRest) {
                out.add(new Word("al", arabicArticle, true, paren, false, false, false, false));
                w = w.substring(arabicArticle.length());
            }
            String t = arabic(w);
            if (!t.isEmpty()) {
                out.add(new Word(t, raw, true, paren, false, false, false, false));
            }
            return;
        }
        String t = fold(raw);
        if (!t.isEmpty()) {
            out.add(new Word(t, raw.toLowerCase(Locale.ROOT), false, paren, upper, false, dotted, glued));
        }
    }

    /** Runs of single letters written with dots and no spaces ("A.B.C.", "L.X.C") become one word. */
    private static List<Word> mergeDottedInitials(List<Word> words) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            int j = i;
            StringBuilder b = new StringBuilder();
            while (j < words.size() && words.get(j).text().length() == 1 && (j == i || words.get(j - 1).glued())) {
                b.append(words.get(j).text());
                j++;
                if (!words.get(j - 1).glued()) {
                    break;
                }
            }
            if (j - i >= 2) {
                Word last = words.get(j - 1);
                out.add(new Word(b.toString(), b.toString(), false, w.parenthetical(), true, last.commaAfter(), false,
                        false));
                i = j;
            } else {
                out.add(w);
                i++;
            }
        }
        return out;
    }

    private String arabic(String w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\u0639' && i == 0) {
                b.append(ainInitial);
                continue;
            }
            int digit = arabicDigit(c);
            if (digit >= 0) {
                b.append((char) ('0' + digit));
                continue;
            }
            String m = arabicLetters.get(c);
            if (m != null) {
                b.append(m);
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private int arabicDigit(char c) {
        for (int base : digitBlocks) {
            if (c >= base && c <= base + 9) {
                return c - base;
            }
        }
        return -1;
    }

    private static String stripHarakat(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            // harakat, shadda, sukun, superscript alif, and the tatweel stroke carry no letter
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** One word to lower-case ASCII where a table or decomposition allows; other letters kept. */
    String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (apostrophes.indexOf(c) >= 0) {
                continue;
            }
            if (dashes.indexOf(c) >= 0) {
                mapped.append(' ');
                continue;
            }
            String m = scriptLetters.get(c);
            if (m == null) {
                m = letters.get(c);
            }
            if (m != null) {
                mapped.append(m);
            } else if (hasArabic(String.valueOf(c))) {
                mapped.append(arabic(String.valueOf(c)));
            } else {
                mapped.append(c);
            }
        }
        String d = Normalizer.normalize(mapped, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == ' ') {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(s.charAt(i));
            if (block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                    || block == Character.UnicodeBlock.ARABIC_EXTENDED_A) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
