package org.sightline.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.EntityType;
import org.sightline.core.Names;

/**
 * Names defined in parentheses: "Kata'ib Hizballah (KH)", "Oje Parvaz Mado Nafar Company (Mado
 * Company)", "Ali Habibi Najafi (Habibi)". The short form becomes an alias of the full name, and
 * every later occurrence of it a mention of the same entity, whatever NER made of it. When the
 * short form is a name the gazetteer knows ("... Qods Force (IRGC-QF)"), the full name is a mention
 * of that entity. When NER found no full name before an acronym, the capitalised words whose
 * letters spell it are the full name ("Armed Forces Personnel Cooperative Organization (ETKA)").
 */
final class ShortForms {
    private static final int MAX_SHORT = 6;
    private static final int MAX_LONG = 12;

    private final Lexicon lexicon;

    ShortForms(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(DocTokens doc, Mentions mentions) {
        List<CoreLabel> toks = doc.tokens;
        for (int open = 1; open + 2 < toks.size(); open++) {
            if (!isOpen(toks.get(open).word())) {
                continue;
            }
            int close = open + 1;
            while (close < toks.size() && close <= open + MAX_SHORT + 1 && !isClose(toks.get(close).word())) {
                close++;
            }
            if (close >= toks.size() || !isClose(toks.get(close).word()) || close == open + 1
                    || doc.sentenceOf(close) != doc.sentenceOf(open) || !nameLike(doc, open + 1, close)) {
                continue;
            }
            String shortForm = doc.surface(open + 1, close);
            MentionCandidate full = mentions.outermostAt(open - 1);
            if (full != null && full.end != open) {
                full = null;
            }
            if (full == null) {
                full = longFormBefore(doc, mentions, open, shortForm);
                if (full == null) {
                    continue;
                }
            } else if (!abbreviates(shortForm, full.resolved().name) && !abbreviates(shortForm, doc.surface(full.begin, full.end))
                    && !wordsOf(shortForm, doc.surface(full.begin, full.end))) {
                continue;
            }
            MentionCandidate known = exactly(mentions, open + 1, close);
            if (known != null && known.resolved().kbId != null && full.resolved().kbId == null) {
                // "Islamic Revolutionary Guard Corps-Qods Force (IRGC-QF)": the full name is the known entity
                MentionCandidate target = known.resolved();
                target.aliases.add(doc.surface(full.begin, full.end));
                replace(mentions, full.begin, full.end, MentionCandidate.referring(full.begin, full.end, target, "long-form"));
                continue;
            }
            MentionCandidate target = full.resolved();
            if (Names.key(shortForm).equals(Names.key(target.name))) {
                continue;
            }
            target.aliases.add(shortForm);
            String[] words = words(doc, open + 1, close);
            for (int t = open + 1; t + words.length <= toks.size(); t++) {
                if (matches(doc, t, words)) {
                    MentionCandidate at = exactly(mentions, t, t + words.length);
                    if (at != null && at.resolved() == target) {
                        continue;
                    }
                    if (inLongerName(mentions, t, t + words.length)) {
                        continue;
                    }
                    replace(mentions, t, t + words.length, MentionCandidate.referring(t, t + words.length, target, "short-form"));
                }
            }
        }
    }

    /** Capitalised words, numbers, hyphens and the particles of names; no verb, no sentence. */
    private static boolean nameLike(DocTokens doc, int b, int e) {
        boolean capital = false;
        for (int t = b; t < e; t++) {
            String w = doc.word(t);
            if (Character.isUpperCase(w.charAt(0))) {
                capital = true;
            } else if (!(w.equals("-") || w.equals("&") || w.equals("'s") || w.matches("\\d+|al|bin|ibn|el|of|and|the|de"))) {
                return false;
            }
        }
        return capital && !doc.word(b).matches("(?i)formerly|aka|a\\.k\\.a\\.|also|see|i\\.e\\.|e\\.g\\.");
    }

    /**
     * Schwartz and Hearst's test: the letters of the short form appear in the long form in order,
     * the first one at the start of a word.
     */
    static boolean abbreviates(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String l = longForm.toLowerCase(Locale.ROOT);
        if (s.length() < 2 || s.length() >= l.replaceAll("[^\\p{L}\\p{N}]", "").length()) {
            return false;
        }
        int li = l.length() - 1;
        for (int si = s.length() - 1; si >= 0; si--) {
            char c = s.charAt(si);
            while (li >= 0 && (l.charAt(li) != c || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return false;
            }
            li--;
        }
        return true;
    }

    /** "Mohammad Sadegh" of "Mohammad Sadegh Abutalebi", "Mado Company" of "Oje Parvaz Mado Nafar Company". */
    private static boolean wordsOf(String shortForm, String longForm) {
        List<String> longWords = List.of(longForm.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        String[] shortWords = shortForm.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (shortWords.length >= longWords.size()) {
            return false;
        }
        for (String w : shortWords) {
            if (!longWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The capitalised words right before "(" whose letters spell the acronym, as a new mention. */
    private MentionCandidate longFormBefore(DocTokens doc, Mentions mentions, int open, String shortForm) {
        if (!shortForm.matches("[A-Z][A-Za-z0-9-]{1,9}") || !shortForm.equals(shortForm.toUpperCase(Locale.ROOT))) {
            return null;
        }
        int sentenceStart = doc.sentBegin[doc.sentenceOf(open)];
        int b = open;
        while (b > sentenceStart && open - b < MAX_LONG && !mentions.covered(b - 1)
                && (Character.isUpperCase(doc.word(b - 1).charAt(0)) || doc.word(b - 1).matches("of|and|for|the|-|&"))) {
            b--;
        }
        while (b < open && !Character.isUpperCase(doc.word(b).charAt(0))) {
            b++;
        }
        // the shortest run that still spells the acronym
        for (int start = open - 1; start >= b; start--) {
            if (!Character.isUpperCase(doc.word(start).charAt(0))) {
                continue;
            }
            String longForm = doc.surface(start, open);
            if (abbreviates(shortForm, longForm) && Character.toUpperCase(longForm.charAt(0)) == shortForm.charAt(0)) {
                if (open - start < 2) {
                    return null;
                }
                if (!lexicon.isOrganizationHead(doc.word(open - 1))) {
                    return null;  // "Unmanned Aerial Vehicles (UAVs)" names a thing, not a body
                }
                EntityType type = lexicon.organizationType(doc.word(open - 1));
                MentionCandidate m = new MentionCandidate(start, open, type, longForm,
                        "ner:" + type + ":" + Names.key(longForm), null, "long-form", null);
                mentions.add(m);
                mentions.mark();
                return m;
            }
        }
        return null;
    }

    private static MentionCandidate exactly(Mentions mentions, int b, int e) {
        MentionCandidate best = null;
        for (MentionCandidate m : mentions.all()) {
            if (m.begin == b && m.end == e && (best == null || !m.isReferring())) {
                best = m;
            }
        }
        return best;
    }

    /** A short form inside a longer name ("KH" never is, but "Mado Company" is inside "Mado Company Ltd"). */
    private static boolean inLongerName(Mentions mentions, int b, int e) {
        for (MentionCandidate m : mentions.all()) {
            if (m.begin <= b && e <= m.end && (m.begin < b || m.end > e) && !m.isReferring()
                    && !m.origin.equals("demonym")) {
                return true;
            }
        }
        return false;
    }

    private static void replace(Mentions mentions, int b, int e, MentionCandidate with) {
        mentions.all().removeIf(m -> m.begin >= b && m.end <= e);
        mentions.add(with);
        mentions.mark();
    }

    private static String[] words(DocTokens doc, int b, int e) {
        String[] out = new String[e - b];
        for (int t = b; t < e; t++) {
            out[t - b] = doc.word(t);
        }
        return out;
    }

    private static boolean matches(DocTokens doc, int t, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!DocTokens.key(doc.word(t + i)).equals(DocTokens.key(words[i]))
                    || Character.isUpperCase(doc.word(t + i).charAt(0)) != Character.isUpperCase(words[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isClose(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }
}
