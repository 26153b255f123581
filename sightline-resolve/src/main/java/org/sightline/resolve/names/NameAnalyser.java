package org.sightline.resolve.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.EntityType;

/**
 * Turns a name string into a {@link NameForm}: words (TextCleaner), "LAST, First" read as
 * "First LAST", legal forms, then the Arabic structure (article, kunya, abd, bin, nisba), titles,
 * numbers, and the keys of every token.
 */
final class NameAnalyser {
    /** Which rules apply, from the entity type. */
    enum Profile {
        PERSON, ORGANISATION, VESSEL, UNKNOWN;

        static Profile of(EntityType type) {
            if (type == null) {
                return UNKNOWN;
            }
            return switch (type) {
                case PERSON -> PERSON;
                case VESSEL, AIRCRAFT -> VESSEL;
                default -> ORGANISATION;
            };
        }
    }

    private static final Pattern SLASH = Pattern.compile("(?<=\\p{L}{3})\\s*/\\s*(?=\\p{L}{3})");
    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th|e|er|eme)?$");
    private static final Pattern ROMAN = Pattern.compile("^(x{0,3})(ix|iv|v?i{0,3})$");
    private static final Pattern IMO = Pattern.compile("^\\d{7}$");
    /** a single-word legal form is taken despite a typo only from this many letters ("Corporaton") */
    private static final int MISSPELT_LEGAL_MIN_LENGTH = 7;

    private final NameRules rules;

    NameAnalyser(NameRules rules) {
        this.rules = rules;
    }

    NameForm analyse(String name, EntityType type) {
        String[] parts = SLASH.split(name);
        if (parts.length > 1) {
            List<NameForm> alternatives = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                alternatives.add(analyseOne(parts[i], type, List.of()));
            }
            NameForm first = analyseOne(parts[0], type, alternatives);
            return new NameForm(name, type, first.tokens, first.reordered, alternatives, first.given, first.father,
                    first.organisationLike, first.clusterKey);
        }
        return analyseOne(name, type, List.of());
    }

    private NameForm analyseOne(String name, EntityType type, List<NameForm> alternatives) {
        Profile profile = Profile.of(type);
        List<TextCleaner.Word> words = new ArrayList<>();
        for (TextCleaner.Word w : rules.cleaner.words(name)) {
            // a word folded to several (rare: a dash inside a script word) is split here
            String[] pieces = w.text().split(" ");
            for (String p : pieces) {
                if (!p.isEmpty()) {
                    words.add(pieces.length == 1 ? w : new TextCleaner.Word(p, p, w.abjad(), w.parenthetical(),
                            w.upper(), w.commaAfter(), w.dotted(), w.glued()));
                }
            }
        }
        String[] legal = new String[words.size()];
        markLegalForms(words, legal, profile);
        boolean orgLike = false;
        for (int i = 0; i < words.size(); i++) {
            if (legal[i] != null || rules.genericWords.contains(words.get(i).text())) {
                orgLike = true;
            }
        }
        String reordered = null;
        if (profile == Profile.PERSON || (profile == Profile.UNKNOWN && !orgLike)) {
            int comma = singleComma(words);
            if (comma >= 0) {
                List<TextCleaner.Word> turned = new ArrayList<>(words.subList(comma + 1, words.size()));
                turned.addAll(words.subList(0, comma + 1));
                String[] turnedLegal = new String[legal.length];
                System.arraycopy(legal, comma + 1, turnedLegal, 0, legal.length - comma - 1);
                System.arraycopy(legal, 0, turnedLegal, legal.length - comma - 1, comma + 1);
                words = turned;
                legal = turnedLegal;
                StringBuilder b = new StringBuilder();
                int cut = name.indexOf(',');
                if (cut < 0) {
                    cut = name.indexOf(';');
                }
                b.append(name.substring(cut + 1).strip()).append(' ').append(name, 0, cut);
                reordered = b.toString().strip();
            }
        }
        if (profile == Profile.UNKNOWN && orgLike) {
            profile = Profile.ORGANISATION;
        }
        List<Token> tokens = dropAcronymAppositions(tokens(words, legal, profile));
        int given = -1;
        int father = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (given < 0 && (t.kind == TokenKind.NAME || t.kind == TokenKind.ABD)) {
                given = i;
            }
            if (father < 0 && t.father) {
                father = i;
            }
        }
        return new NameForm(name, type, List.copyOf(tokens), reordered, List.copyOf(alternatives), given, father,
                orgLike, clusterKey(tokens));
    }

    /** The one comma of "LAST, First" (not the comma before a legal form), as a word index; else -1. */
    private static int singleComma(List<TextCleaner.Word> words) {
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).commaAfter()) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        if (at < 0 || at == words.size() - 1 || at > 3) {
            return -1;
        }
        return at;
    }

    /**
     * Legal forms are recognised at the start or end of a name or of a clause after a comma, longest
     * phrase first, by phonetic key so that misspelt forms still count. Persons: at the end only, as
     * written, and not "Co" (a name part in some languages).
     */
    private void markLegalForms(List<TextCleaner.Word> words, String[] legal, Profile profile) {
        if (profile == Profile.VESSEL) {
            return;
        }
        boolean person = profile == Profile.PERSON;
        int end = words.size();
        while (end > 1) {
            LegalHit hit = legalEndingAt(words, end, person);
            if (hit == null) {
                break;
            }
            for (int i = end - hit.length(); i < end; i++) {
                legal[i] = hit.family();
            }
            end -= hit.length();
        }
        if (person) {
            return;
        }
        for (int start = 0; start < end - 1; start++) {
            if (start > 0 && !words.get(start - 1).commaAfter()) {
                continue;
            }
            int at = start;
            while (at < end - 1) {
                LegalHit hit = legalStartingAt(words, at);
                if (hit == null || at + hit.length() >= end) {
                    break;
                }
                for (int i = at; i < at + hit.length(); i++) {
                    legal[i] = hit.family();
                }
                at += hit.length();
            }
        }
    }

    private record LegalHit(String family, int length) {
    }

    private LegalHit legalEndingAt(List<TextCleaner.Word> words, int end, boolean person) {
        for (int len = Math.min(rules.longestLegalForm, end); len >= 1; len--) {
            String family = person ? rules.legalForms.get(phrase(words, end - len, end))
                    : rules.legalFormsPhonetic.get(phoneticPhrase(words, end - len, end));
            if (family == null && !person) {
                family = misspeltLegalForm(words, end - len, end);
            }
            if (family != null && !(person && rules.neutralLegal.contains(family))) {
                return new LegalHit(family, len);
            }
        }
        return null;
    }

    private LegalHit legalStartingAt(List<TextCleaner.Word> words, int start) {
        for (int len = Math.min(rules.longestLegalForm, words.size() - start); len >= 1; len--) {
            String family = rules.legalFormsPhonetic.get(phoneticPhrase(words, start, start + len));
            if (family == null) {
                family = misspeltLegalForm(words, start, start + len);
            }
            if (family != null) {
                return new LegalHit(family, len);
            }
        }
        return null;
    }

    /**
     * A legal form with a typo ("LIMITD LIABILITY COMPNAY"): every word within one edit of the form's
     * word. Only for phrases of several words or long single words, where a typo cannot make another word.
     */
    private String misspeltLegalForm(List<TextCleaner.Word> words, int from, int to) {
        int len = to - from;
        String[] phon = new String[len];
        int letters = 0;
        for (int i = 0; i < len; i++) {
            phon[i] = rules.letters.phonetic(words.get(from + i).text());
            letters += phon[i].length();
        }
        if (len == 1 && letters < MISSPELT_LEGAL_MIN_LENGTH) {
            return null;
        }
        for (NameRules.LegalPhrase p : rules.legalPhrases) {
            if (p.words().length != len) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < len && all; i++) {
                String w = p.words()[i];
                String x = phon[i];
                all = w.equals(x) || (Math.min(w.length(), x.length()) >= 4 && Math.abs(w.length() - x.length()) <= 1
                        && rules.edit.distance(w, x, 1.0) <= 1.0);
            }
            if (all) {
                return p.family();
            }
        }
        return null;
    }

    private String phoneticPhrase(List<TextCleaner.Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(rules.letters.phonetic(words.get(i).text()));
        }
        return b.toString();
    }

    private static String phrase(List<TextCleaner.Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(words.get(i).text());
        }
        return b.toString();
    }

    private List<Token> tokens(List<TextCleaner.Word> words, String[] legal, Profile profile) {
        boolean person = profile == Profile.PERSON;
        boolean orgish = profile == Profile.ORGANISATION || profile == Profile.VESSEL;
        List<Token> out = new ArrayList<>();
        boolean seenName = false;
        boolean nextIsFather = false;
        String pendingArticle = null;
        int n = words.size();
        for (int i = 0; i < n; i++) {
            TextCleaner.Word w = words.get(i);
            String t = w.text();
            boolean paren = w.parenthetical();
            if (legal[i] != null) {
                if (i == 0 || legal[i - 1] == null || !legal[i - 1].equals(legal[i]) || legal[i].isEmpty()) {
                    out.add(simple(TokenKind.LEGAL, legalSurface(words, legal, i), legal[i], w, 0, legal[i]));
                }
                continue;
            }
            String next = i + 1 < n && legal[i + 1] == null ? words.get(i + 1).text() : null;
            // abbreviations and stop words only in organisation names: "Min" and "An" are also
            // Korean name parts, so an unknown type that does not look like an organisation keeps them
            if (orgish && !w.abjad()) {
                String expansion = rules.abbreviations.get(t);
                if (expansion != null) {
                    for (String e : expansion.split(" ")) {
                        out.add(plain(kindOfOrgWord(e), e, e, w, false, false, profile));
                    }
                    continue;
                }
            }
            if (profile != Profile.PERSON && (t.equals("imo")) && next != null && IMO.matcher(next).matches()) {
                out.add(simple(TokenKind.NUMBER, "imo " + next, next, w, -Long.parseLong(next), null));
                i++;
                continue;
            }
            long number = number(t, profile, i, n, seenName);
            if (number >= 0) {
                out.add(simple(TokenKind.NUMBER, w.surface(), t, w, number, null));
                continue;
            }
            if (profile == Profile.VESSEL && !seenName && rules.vesselPrefixes.contains(t)) {
                out.add(simple(TokenKind.TITLE, w.surface(), t, w, 0, null));
                continue;
            }
            if (next != null && pendingArticle == null
                    && (rules.articles.contains(t) || rules.isAssimilatedArticle(t, next))) {
                pendingArticle = t;
                continue;
            }
            boolean article = pendingArticle != null;
            String articleWord = pendingArticle;
            pendingArticle = null;
            if (!orgish && !seenName && !article && rules.titles.contains(t) && i < n - 1) {
                out.add(simple(TokenKind.TITLE, w.surface(), t, w, 0, null));
                continue;
            }
            if (!article && next != null && rules.kunya.contains(t)) {
                int j = i + 1;
                boolean innerArticle = false;
                if (j + 1 < n && legal[j + 1] == null && (rules.articles.contains(words.get(j).text())
                        || rules.isAssimilatedArticle(words.get(j).text(), words.get(j + 1).text()))) {
                    innerArticle = true;
                    j++;
                }
                String head = t.startsWith("u") || t.startsWith("o") ? "umm" : "abu";
                String rest = words.get(j).text();
                String surface = w.surface() + " " + (innerArticle ? words.get(j - 1).text() + "-" : "")
                        + words.get(j).surface();
                out.add(compound(TokenKind.KUNYA, head, rest, surface, w, nextIsFather, paren));
                nextIsFather = false;
                seenName = true;
                i = j;
                continue;
            }
            if (!article && next != null && rules.abdWords.contains(t)) {
                int j = i + 1;
                boolean innerArticle = false;
                if (j + 1 < n && legal[j + 1] == null && (rules.articles.contains(words.get(j).text())
                        || rules.isAssimilatedArticle(words.get(j).text(), words.get(j + 1).text()))) {
                    innerArticle = true;
                    j++;
                }
                String surface = w.surface() + " " + (innerArticle ? words.get(j - 1).text() + "-" : "")
                        + words.get(j).surface();
                out.add(compound(TokenKind.ABD, "abd", words.get(j).text(), surface, w, nextIsFather, paren));
                nextIsFather = false;
                seenName = true;
                i = j;
                continue;
            }
            if (!article) {
                Matcher m = rules.abdGlued.matcher(t);
                if (m.matches() && LetterFolding.isAscii(t)) {
                    out.add(compound(TokenKind.ABD, "abd", m.group(2), w.surface(), w, nextIsFather, paren));
                    nextIsFather = false;
                    seenName = true;
                    continue;
                }
            }
            if (!article && seenName && next != null && rules.patronymic.contains(t)) {
                nextIsFather = true;
                continue;
            }
            if (!orgish && !article && rules.surnameParticles.contains(t) && next != null && seenName) {
                out.add(simple(TokenKind.PARTICLE, w.surface(), t, w, 0, null));
                continue;
            }
            if (orgish && !w.abjad() && rules.stopWords.contains(t) && !article && (next != null || !out.isEmpty())) {
                out.add(simple(TokenKind.STOP, w.surface(), t, w, 0, null));
                continue;
            }
            TokenKind kind = TokenKind.NAME;
            if (!person && rules.genericWords.contains(t)) {
                kind = TokenKind.GENERIC;
            } else if (!orgish && t.length() == 1 && Character.isLetter(t.charAt(0)) && !w.abjad()) {
                kind = TokenKind.INITIAL;
            } else if (article && isNisba(t)) {
                kind = TokenKind.NISBA;
            }
            if ((person || profile == Profile.UNKNOWN) && kind == TokenKind.NAME) {
                t = leet(t);
            }
            // an Arabic-script word shows as written, article included
            String surface = article && !w.abjad() ? articleWord + "-" + w.surface() : w.surface();
            out.add(plain(kind, t, surface, w, article, nextIsFather, profile));
            nextIsFather = false;
            if (kind == TokenKind.NAME || kind == TokenKind.NISBA || kind == TokenKind.INITIAL) {
                seenName = true;
            }
        }
        return out;
    }

    /**
     * "Islamic Revolutionary Guard Corps (IRGC)": an acronym in parentheses that spells the words
     * before it repeats them; it becomes a stop word so that it neither matches nor counts missing.
     */
    private static List<Token> dropAcronymAppositions(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.parenthetical || !t.acronymLike || t.folded.length() < 2) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int j = i - 1; j >= 0 && initials.length() < t.folded.length(); j--) {
                Token p = tokens.get(j);
                if (p.parenthetical || !p.content()) {
                    continue;
                }
                initials.insert(0, p.folded.charAt(0));
            }
            if (initials.toString().equals(t.folded)) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, new Token(TokenKind.STOP, t.surface, t.folded, null, t.phonetic, t.skeleton, t.family,
                        false, false, null, 0, true, false, 0, null, false));
            }
        }
        return out == null ? tokens : out;
    }

    private TokenKind kindOfOrgWord(String word) {
        return rules.genericWords.contains(word) ? TokenKind.GENERIC
                : rules.stopWords.contains(word) ? TokenKind.STOP : TokenKind.NAME;
    }

    private static String legalSurface(List<TextCleaner.Word> words, String[] legal, int i) {
        StringBuilder b = new StringBuilder(words.get(i).surface());
        for (int j = i + 1; j < words.size() && legal[j] != null && legal[j].equals(legal[i]); j++) {
            b.append(' ').append(words.get(j).surface());
        }
        return b.toString();
    }

    private boolean isNisba(String t) {
        if (t.length() < 4) {
            return false;
        }
        for (String e : rules.nisbaEndings) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A number token's value, or -1. Roman numerals only in organisation-like names, never first. */
    private long number(String t, Profile profile, int i, int n, boolean seenName) {
        Matcher m = ORDINAL.matcher(t);
        if (m.matches() && m.group(1).length() <= 12) {
            return Long.parseLong(m.group(1));
        }
        if (profile == Profile.PERSON) {
            return -1;
        }
        Long word = rules.numberWords.get(t);
        if (word != null && (seenName || i < n - 1)) {
            return word;
        }
        if (rules.romanNumerals && profile != Profile.UNKNOWN && seenName && !t.isEmpty()
                && ROMAN.matcher(t).matches() && (!t.equals("i") || i == n - 1)) {
            return roman(t);
        }
        return -1;
    }

    private static long roman(String t) {
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            int c = value(t.charAt(i));
            int nx = i + 1 < t.length() ? value(t.charAt(i + 1)) : 0;
            v += c < nx ? -c : c;
        }
        return v;
    }

    private static int value(char c) {
        return c == 'x' ? 10 : c == 'v' ? 5 : 1;
    }

    private String leet(String t) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
        }
        if (!letters || !digits) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        Map<String, String> leet = rules.leet;
        for (int i = 0; i < t.length(); i++) {
            String c = String.valueOf(t.charAt(i));
            b.append(leet.getOrDefault(c, c));
        }
        return b.toString();
    }

    private Token simple(TokenKind kind, String surface, String folded, TextCleaner.Word w, long number,
                         String legalFamily) {
        double weight = rules.scoring.weight(kind);
        return new Token(kind, surface, folded, null, folded, folded, WordVariants.NONE, w.abjad(), false, null,
                weight, w.parenthetical(), false, number, legalFamily, false);
    }

    private Token plain(TokenKind kind, String folded, String surface, TextCleaner.Word w, boolean article,
                        boolean father, Profile profile) {
        String phon = rules.letters.phonetic(folded);
        String attached = null;
        if (!article && kind == TokenKind.NAME && !w.abjad()) {
            String rest = attachedArticleRest(folded);
            if (rest != null) {
                attached = rules.letters.phonetic(rest);
            }
        }
        double weight = rules.scoring.weight(kind) * (w.parenthetical() ? rules.scoring.parenthetical : 1);
        boolean acronymLike = profile != Profile.PERSON && !w.abjad() && folded.length() >= 2 && folded.length() <= 6
                && (w.upper() || noVowels(folded));
        return new Token(kind, surface, folded, null, phon, rules.letters.skeleton(phon),
                rules.variants.family(phon), w.abjad(), article, attached, weight, w.parenthetical(), father, 0, null,
                acronymLike);
    }

    private Token compound(TokenKind kind, String head, String rest, String surface, TextCleaner.Word w,
                           boolean father, boolean paren) {
        if (kind == TokenKind.ABD && rules.allahForms.contains(rest)) {
            rest = "allah";
        }
        String phon = rules.letters.phonetic(rest);
        double weight = rules.scoring.weight(kind) * (paren ? rules.scoring.parenthetical : 1);
        return new Token(kind, surface, rest, head, phon, rules.letters.skeleton(phon), rules.variants.family(phon),
                w.abjad(), false, null, weight, paren, father, 0, null, false);
    }

    /** "almuhandis" -> "muhandis", "azzarqawi" -> "zarqawi"; null when the word does not start with a glued article. */
    private String attachedArticleRest(String t) {
        int min = rules.minAttachedRest;
        // an Arabic word after the article starts with a consonant: "Alexander" has no article
        if ((t.startsWith("al") || t.startsWith("el")) && t.length() - 2 >= min && !rules.letters.isVowel(t.charAt(2))) {
            return t.substring(2);
        }
        if (t.length() - 2 >= min && rules.articleVowels.contains(t.substring(0, 1))) {
            for (String c : rules.sunConsonants) {
                if (c.length() == 1 && t.charAt(1) == c.charAt(0) && t.charAt(2) == c.charAt(0)) {
                    return t.substring(2);
                }
            }
        }
        return null;
    }

    private boolean noVowels(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (rules.letters.isVowel(t.charAt(i)) || t.charAt(i) == 'y') {
                return false;
            }
        }
        return t.length() <= 5;
    }

    /** Equal for plain spelling variants: family or phonetic key of each part, in reading order. */
    private String clusterKey(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind == TokenKind.TITLE || t.kind == TokenKind.STOP) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            if (t.head != null) {
                b.append(t.head).append(' ');
            }
            if (t.kind == TokenKind.LEGAL) {
                b.append(t.legalFamily);
            } else if (t.kind == TokenKind.NUMBER) {
                b.append(t.number);
            } else if (t.family != WordVariants.NONE) {
                b.append(rules.variants.familyName(t.family));
            } else {
                b.append(t.phonetic);
            }
        }
        return b.toString();
    }
}
