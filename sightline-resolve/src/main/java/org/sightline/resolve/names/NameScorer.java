package org.sightline.resolve.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.core.EntityType;

/**
 * Compares two analysed names: aligns their tokens (best pairs first, then words written joined and
 * acronyms), weighs what matched against what did not, applies the caps (different parts on both
 * sides, numbers, legal forms, types, father/son reversal) and, when asked, says why.
 */
final class NameScorer {
    enum Mode {
        PERSON, ORGANISATION, VESSEL
    }

    /** Tokens of one side and the other that were taken as the same part. */
    private record Pair(int[] a, int[] b, double sim, TokenSimilarity.Reason reason, String how) {
    }

    /** Vessel words shorter than this must agree exactly or phonetically ("Snow" is not "Snoe"). */
    private static final int VESSEL_TYPO_LENGTH = 6;

    private final NameRules rules;
    private final NameRules.Scoring s;
    private final TokenSimilarity similarity;

    NameScorer(NameRules rules) {
        this.rules = rules;
        this.s = rules.scoring;
        this.similarity = new TokenSimilarity(rules);
    }

    MatchResult score(NameForm a, NameForm b, boolean explain) {
        if (a.alternatives.isEmpty() && b.alternatives.isEmpty()) {
            return scoreOne(a, b, explain);
        }
        MatchResult best = null;
        NameForm bestA = a;
        NameForm bestB = b;
        for (NameForm x : withAlternatives(a)) {
            for (NameForm y : withAlternatives(b)) {
                MatchResult r = scoreOne(x, y, false);
                if (best == null || r.score() > best.score()) {
                    best = r;
                    bestA = x;
                    bestB = y;
                }
            }
        }
        if (!explain) {
            return best;
        }
        MatchResult r = scoreOne(bestA, bestB, true);
        List<String> lines = new ArrayList<>();
        if (bestA != a || !a.alternatives.isEmpty()) {
            lines.add("alternative names in '" + a.original + "': compared as '" + bestA.original.strip() + "'");
        }
        if (bestB != b || !b.alternatives.isEmpty()) {
            lines.add("alternative names in '" + b.original + "': compared as '" + bestB.original.strip() + "'");
        }
        lines.addAll(r.explanation());
        return new MatchResult(r.score(), r.match(), lines);
    }

    private static List<NameForm> withAlternatives(NameForm f) {
        List<NameForm> all = new ArrayList<>();
        all.add(f);
        all.addAll(f.alternatives);
        return all;
    }

    static Mode mode(NameForm a, NameForm b) {
        EntityType ta = a.type;
        EntityType tb = b.type;
        if (ta == EntityType.VESSEL || ta == EntityType.AIRCRAFT || tb == EntityType.VESSEL
                || tb == EntityType.AIRCRAFT) {
            return Mode.VESSEL;
        }
        if (ta == EntityType.PERSON || tb == EntityType.PERSON) {
            boolean otherOrg = (ta != null && ta != EntityType.PERSON) || (tb != null && tb != EntityType.PERSON);
            return otherOrg ? Mode.ORGANISATION : Mode.PERSON;
        }
        if (ta != null || tb != null) {
            return Mode.ORGANISATION;
        }
        return a.organisationLike || b.organisationLike ? Mode.ORGANISATION : Mode.PERSON;
    }

    /** Types that can name the same thing; null (unknown) is compatible with everything. */
    static boolean compatible(EntityType a, EntityType b) {
        if (a == null || b == null || a == b) {
            return true;
        }
        return group(a) == group(b);
    }

    private static int group(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case VESSEL -> 1;
            case AIRCRAFT -> 2;
            case PLACE, STATE -> 3;
            default -> 4; // armed groups, units, government bodies, organisations, programmes
        };
    }

    private MatchResult scoreOne(NameForm a, NameForm b, boolean explain) {
        Mode mode = mode(a, b);
        List<String> lines = explain ? new ArrayList<>() : null;
        if (explain) {
            if (a.reordered != null) {
                lines.add("order: '" + a.original.strip() + "' read as '" + a.reordered + "'");
            }
            if (b.reordered != null) {
                lines.add("order: '" + b.original.strip() + "' read as '" + b.reordered + "'");
            }
        }
        List<Token> ta = a.tokens;
        List<Token> tb = b.tokens;
        int na = ta.size();
        int nb = tb.size();
        boolean[] usedA = new boolean[na];
        boolean[] usedB = new boolean[nb];
        List<Pair> pairs = new ArrayList<>();

        double score;
        // persons are not written as acronyms; when both types are unknown an acronym may still be one
        boolean acronyms = mode != Mode.PERSON || (a.type == null && b.type == null);
        Pair whole = acronyms ? wholeAcronym(a, b) : null;
        if (whole == null && acronyms) {
            whole = swap(wholeAcronym(b, a));
        }
        if (whole != null) {
            pairs.add(whole);
            mark(whole, usedA, usedB);
        } else {
            align(ta, tb, usedA, usedB, pairs, mode);
            joined(ta, tb, usedA, usedB, pairs, false);
            joined(tb, ta, usedB, usedA, pairs, true);
            if (mode != Mode.PERSON) {
                acronymRuns(ta, tb, usedA, usedB, pairs, false);
                acronymRuns(tb, ta, usedB, usedA, pairs, true);
            }
        }
        double sum = 0;
        double weight = 0;
        int identifyingPairs = 0;
        boolean kunyaPair = false;
        for (Pair p : pairs) {
            double w = (weightOf(ta, p.a) + weightOf(tb, p.b)) / 2;
            sum += w * p.sim;
            weight += w;
            if (identifyingNonInitial(ta, p.a) || identifyingNonInitial(tb, p.b)) {
                identifyingPairs++;
            }
            kunyaPair |= ta.get(p.a[0]).kind == TokenKind.KUNYA;
        }
        double unmatchedA = 0;
        double unmatchedB = 0;
        boolean loneA = false;
        boolean loneB = false;
        // "Abdul Agha" taken as "Agha": the Abd left out is a part without counterpart, so if the
        // other side also has one ("Azim Agha") they are different names
        for (Pair p : pairs) {
            if (p.a.length == 1 && p.b.length == 1) {
                Token x = ta.get(p.a[0]);
                Token y = tb.get(p.b[0]);
                loneA |= x.kind == TokenKind.ABD && !y.compound();
                loneB |= y.kind == TokenKind.ABD && !x.compound();
            }
        }
        for (int i = 0; i < na; i++) {
            Token t = ta.get(i);
            if (!usedA[i] && t.content()) {
                unmatchedA += t.weight;
                loneA |= conflicting(t, mode);
            }
        }
        for (int j = 0; j < nb; j++) {
            Token t = tb.get(j);
            if (!usedB[j] && t.content()) {
                unmatchedB += t.weight;
                loneB |= conflicting(t, mode);
            }
        }

        // numbers: must agree when both sides have them
        Set<Long> numA = a.numbers;
        Set<Long> numB = b.numbers;
        double numberWeight = s.weight(TokenKind.NUMBER);
        boolean numbersDiffer = false;
        if (!numA.isEmpty() && !numB.isEmpty()) {
            if (numA.equals(numB)) {
                sum += numberWeight;
                weight += numberWeight;
                if (explain) {
                    lines.add("numbers agree: " + join(numA));
                }
            } else {
                numbersDiffer = true;
            }
        } else if (!numA.isEmpty() || !numB.isEmpty()) {
            if (mode == Mode.ORGANISATION) {
                if (numA.isEmpty()) {
                    unmatchedB += numberWeight * 0.5;
                } else {
                    unmatchedA += numberWeight * 0.5;
                }
            } else if (mode == Mode.VESSEL) {
                unmatchedA += numA.isEmpty() ? 0 : numberWeight * 0.2;
                unmatchedB += numB.isEmpty() ? 0 : numberWeight * 0.2;
            }
            if (explain && mode != Mode.PERSON) {
                lines.add("number on one side only: " + join(numA.isEmpty() ? numB : numA));
            }
        }

        // legal forms: weak; two different ones suggest sister companies
        Set<String> legalA = a.legal;
        Set<String> legalB = b.legal;
        boolean legalDiffer = false;
        if (!legalA.isEmpty() && !legalB.isEmpty()) {
            boolean any = false;
            for (String x : legalA) {
                for (String y : legalB) {
                    any |= rules.legalCompatible(x, y);
                }
            }
            double lw = s.weight(TokenKind.LEGAL);
            if (any) {
                sum += lw;
                weight += lw;
                if (explain) {
                    lines.add("legal form agrees: " + surfaces(ta, TokenKind.LEGAL) + " ~ " + surfaces(tb, TokenKind.LEGAL));
                }
            } else {
                legalDiffer = true;
            }
        } else if (explain && (!legalA.isEmpty() || !legalB.isEmpty())) {
            lines.add("legal form on one side only, weak: " + surfaces(legalA.isEmpty() ? tb : ta, TokenKind.LEGAL));
        }

        if (pairs.isEmpty()) {
            score = 0;
        } else if (mode == Mode.PERSON) {
            boolean conflict = loneA && loneB;
            if (conflict) {
                score = sum / (weight + unmatchedA + unmatchedB) * s.conflictFactor;
                score = Math.min(score, s.conflictCap);
            } else {
                score = sum / (weight + s.extraPartShare * (unmatchedA + unmatchedB));
                if (identifyingPairs == 1 && !kunyaPair && (unmatchedA + unmatchedB) > 0
                        && (loneA || loneB)) {
                    score = Math.min(score, s.singlePartCap);
                    if (explain) {
                        lines.add("only one name part in common: capped at " + fmt(s.singlePartCap));
                    }
                }
            }
        } else {
            score = sum / (weight + unmatchedA + unmatchedB);
            if (loneA && loneB) {
                score = Math.min(score * s.conflictFactor, s.conflictCap);
            }
            if (crossing(pairs)) {
                score *= s.orderPenalty;
                if (explain) {
                    lines.add("word order differs");
                }
            }
        }

        if (explain) {
            explainPairs(ta, tb, pairs, lines, mode);
            explainUnmatched(ta, usedA, tb, usedB, loneA && loneB, mode, lines);
        }
        if (numbersDiffer) {
            score = Math.min(score, s.numbersDiffer);
            if (explain) {
                lines.add("numbers differ: " + join(numA) + " vs " + join(numB) + ": score capped");
            }
        }
        Set<Long> imoA = a.imo;
        Set<Long> imoB = b.imo;
        if (!imoA.isEmpty() && !imoB.isEmpty()) {
            if (imoA.equals(imoB)) {
                score = Math.max(score, 0.99);
                if (explain) {
                    lines.add("same IMO number");
                }
            } else {
                score = Math.min(score, s.imoDiffers);
                if (explain) {
                    lines.add("IMO numbers differ: score capped");
                }
            }
        }
        if (legalDiffer) {
            score = Math.min(score, s.legalFormsDiffer);
            if (explain) {
                lines.add("legal forms differ: " + surfaces(ta, TokenKind.LEGAL) + " vs " + surfaces(tb, TokenKind.LEGAL)
                        + ": score capped");
            }
        }
        if (mode == Mode.PERSON && reversed(a, b, pairs)) {
            score = Math.min(score, s.patronymicReversal);
            if (explain) {
                lines.add("father and son reversed (X bin Y vs Y bin X): score capped");
            }
        }
        if (!compatible(a.type, b.type)) {
            score = Math.min(score, s.typeMismatch);
            if (explain) {
                lines.add("type mismatch " + a.type + " vs " + b.type + ": score capped");
            }
        }
        score = Math.max(0, Math.min(1, score));
        boolean match = score >= s.threshold;
        if (explain) {
            lines.add(String.format(Locale.ROOT, "score %.2f %s threshold %.2f: %s", score, match ? ">=" : "<",
                    s.threshold, match ? "same name" : "different names"));
        }
        return new MatchResult(score, match, explain ? List.copyOf(lines) : List.of());
    }

    /** Greedy best-first pairing of content tokens above the pair minimum. */
    private void align(List<Token> ta, List<Token> tb, boolean[] usedA, boolean[] usedB, List<Pair> pairs, Mode mode) {
        int na = ta.size();
        int nb = tb.size();
        double[] sims = new double[na * nb];
        for (int i = 0; i < na; i++) {
            Token x = ta.get(i);
            if (!x.content()) {
                continue;
            }
            for (int j = 0; j < nb; j++) {
                Token y = tb.get(j);
                if (!y.content()) {
                    continue;
                }
                double v = similarity.similarity(x, y, null);
                // vessel names are short and distinct: a typo in a short one makes another ship
                if (mode == Mode.VESSEL && v < s.phonetic - 1e-9
                        && Math.min(x.phonetic.length(), y.phonetic.length()) < VESSEL_TYPO_LENGTH) {
                    v = Math.min(v, s.pairMinimum - 0.05);
                }
                sims[i * nb + j] = v;
            }
        }
        double minimum = s.pairMinimum - 1e-9;
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = -1;
            for (int i = 0; i < na; i++) {
                if (usedA[i]) {
                    continue;
                }
                for (int j = 0; j < nb; j++) {
                    if (usedB[j]) {
                        continue;
                    }
                    double v = sims[i * nb + j];
                    if (v < minimum) {
                        continue;
                    }
                    // ties go to the pair closest in position
                    if (v > best + 1e-9 || (v >= best - 1e-9 && Math.abs(i - j) < Math.abs(bi - bj))) {
                        best = v;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            pairs.add(new Pair(new int[]{bi}, new int[]{bj}, best, null, null));
        }
    }

    /** "VladimirPutin" = "Vladimir" + "Putin", "UnitedHealth" = "United Health". */
    private void joined(List<Token> ta, List<Token> tb, boolean[] usedA, boolean[] usedB, List<Pair> pairs,
                        boolean swapped) {
        int leftoverB = 0;
        for (int j = 0; j < tb.size(); j++) {
            leftoverB += !usedB[j] && tb.get(j).content() ? 1 : 0;
        }
        if (leftoverB < 2) {
            return;
        }
        for (int i = 0; i < ta.size(); i++) {
            Token x = ta.get(i);
            if (usedA[i] || !x.content() || x.compound() || x.folded.length() < 5) {
                continue;
            }
            int target = x.phonetic.length();
            for (int j = 0; j < tb.size(); j++) {
                int length = 0;
                for (int k = j; k < tb.size() && k < j + 3; k++) {
                    Token y = tb.get(k);
                    if (usedB[k] || !y.content() || y.compound()) {
                        break;
                    }
                    length += y.phonetic.length();
                    if (k == j) {
                        continue;
                    }
                    if (length > target + 2) {
                        break;
                    }
                    if (length < target - 2) {
                        continue;
                    }
                    // phonetic keys fold letter by letter, so the joined keys stand for the joined word
                    StringBuilder concat = new StringBuilder(length);
                    for (int g = j; g <= k; g++) {
                        concat.append(tb.get(g).phonetic);
                    }
                    String joined = concat.toString();
                    double sim = joined.equals(x.phonetic) ? 1.0 : similarity.edit(x.phonetic, joined);
                    if (sim >= s.pairMinimum) {
                        int[] group = range(j, k + 1);
                        for (int g : group) {
                            usedB[g] = true;
                        }
                        usedA[i] = true;
                        Pair p = new Pair(new int[]{i}, group, sim * s.joined, TokenSimilarity.Reason.EXACT,
                                "written as one word");
                        pairs.add(swapped ? swap(p) : p);
                        j = tb.size();
                        break;
                    }
                }
            }
        }
    }

    /** A short token that spells the initials of a run of words on the other side ("PLA" in "PLA China"). */
    private void acronymRuns(List<Token> ta, List<Token> tb, boolean[] usedA, boolean[] usedB, List<Pair> pairs,
                             boolean swapped) {
        for (int i = 0; i < ta.size(); i++) {
            Token x = ta.get(i);
            if (usedA[i] || !x.acronymLike || x.kind == TokenKind.NUMBER) {
                continue;
            }
            String acronym = x.folded;
            for (int start = 0; start < tb.size(); start++) {
                int[] run = initialsRun(tb, usedB, start, acronym);
                if (run != null) {
                    for (int g : run) {
                        usedB[g] = true;
                    }
                    usedA[i] = true;
                    Pair p = new Pair(new int[]{i}, run, s.acronym, TokenSimilarity.Reason.EXACT, "acronym");
                    pairs.add(swapped ? swap(p) : p);
                    break;
                }
            }
        }
    }

    /** Content tokens from {@code start} whose initials (stop words and articles optional) spell the acronym. */
    private static int[] initialsRun(List<Token> tb, boolean[] usedB, int start, String acronym) {
        List<Integer> content = new ArrayList<>();
        int pos = 0;
        for (int k = start; k < tb.size() && pos < acronym.length(); k++) {
            Token y = tb.get(k);
            if (usedB[k] || y.folded.isEmpty()) {
                return null;
            }
            char c = acronym.charAt(pos);
            if (y.kind == TokenKind.STOP || y.kind == TokenKind.LEGAL) {
                if (y.folded.charAt(0) == c && pos + 1 < acronym.length()) {
                    pos++;
                }
                continue;
            }
            if (!y.content() || y.abjad) {
                return null;
            }
            if (y.article && c == 'a' && pos + 1 < acronym.length() && y.folded.charAt(0) != 'a') {
                pos++;
                c = acronym.charAt(pos);
            }
            char first = y.compound() ? y.head.charAt(0) : y.folded.charAt(0);
            if (first != c) {
                return null;
            }
            if (y.compound() && pos + 1 < acronym.length() && acronym.charAt(pos + 1) == y.folded.charAt(0)) {
                pos++;
            }
            pos++;
            content.add(k);
        }
        if (pos < acronym.length() || content.size() < 2) {
            return null;
        }
        return content.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The whole of one name is an acronym of the other ("IRGC-QF", "K.H."). */
    private Pair wholeAcronym(NameForm a, NameForm b) {
        if (a.acronym == null || b.contentCount < 2) {
            return null;
        }
        int[] run = initialsRun(b.tokens, new boolean[b.tokens.size()], firstContent(b.tokens), a.acronym);
        if (run == null) {
            return null;
        }
        int[] at = new int[a.contentCount];
        int k = 0;
        for (int i = 0; i < a.tokens.size(); i++) {
            if (a.tokens.get(i).content()) {
                at[k++] = i;
            }
        }
        return new Pair(at, run, s.acronym, TokenSimilarity.Reason.EXACT, "acronym");
    }

    private static int firstContent(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).content()) {
                return i;
            }
        }
        return 0;
    }

    private static Pair swap(Pair p) {
        return p == null ? null : new Pair(p.b, p.a, p.sim, p.reason, p.how);
    }

    private static void mark(Pair p, boolean[] usedA, boolean[] usedB) {
        for (int i : p.a) {
            usedA[i] = true;
        }
        for (int j : p.b) {
            usedB[j] = true;
        }
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static double weightOf(List<Token> tokens, int[] idx) {
        double w = 0;
        for (int i : idx) {
            w += tokens.get(i).weight;
        }
        return w;
    }

    private static boolean identifyingNonInitial(List<Token> tokens, int[] idx) {
        for (int i : idx) {
            Token t = tokens.get(i);
            if (t.identifying() && t.kind != TokenKind.INITIAL) {
                return true;
            }
        }
        return false;
    }

    /** An unmatched token that, if the other side also has one, means a different name. */
    private static boolean conflicting(Token t, Mode mode) {
        if (t.identifying()) {
            return true;
        }
        return mode != Mode.PERSON && t.kind == TokenKind.GENERIC && !t.parenthetical;
    }

    private static boolean crossing(List<Pair> pairs) {
        for (int x = 0; x < pairs.size(); x++) {
            for (int y = x + 1; y < pairs.size(); y++) {
                Pair p = pairs.get(x);
                Pair q = pairs.get(y);
                if (Integer.signum(p.a[0] - q.a[0]) != Integer.signum(p.b[0] - q.b[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Salman bin Muhammad" vs "Muhammad bin Salman": one side's given name is the other's father. */
    private static boolean reversed(NameForm a, NameForm b, List<Pair> pairs) {
        if (a.father < 0 && b.father < 0) {
            return false;
        }
        for (Pair p : pairs) {
            if (p.a.length != 1 || p.b.length != 1) {
                continue;
            }
            if ((p.a[0] == a.given && p.b[0] == b.father && b.father >= 0)
                    || (p.b[0] == b.given && p.a[0] == a.father && a.father >= 0)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- explanations

    private void explainPairs(List<Token> ta, List<Token> tb, List<Pair> pairs, List<String> lines, Mode mode) {
        List<String> same = new ArrayList<>();
        boolean articleDropped = false;
        for (Pair p : pairs) {
            String left = surfaces(ta, p.a);
            String right = surfaces(tb, p.b);
            if ("acronym".equals(p.how)) {
                boolean leftShort = p.a.length <= p.b.length;
                lines.add("acronym " + (leftShort ? left : right).toUpperCase(Locale.ROOT) + " = "
                        + (leftShort ? right : left));
                continue;
            }
            if (p.how != null) {
                lines.add(left + " ~ " + right + ": " + p.how);
                continue;
            }
            Token x = ta.get(p.a[0]);
            Token y = tb.get(p.b[0]);
            TokenSimilarity.Out out = new TokenSimilarity.Out();
            similarity.similarity(x, y, out);
            articleDropped |= x.article != y.article && out.reason != TokenSimilarity.Reason.ATTACHED_ARTICLE;
            String role = x.kind == TokenKind.KUNYA ? "kunya" : x.kind == TokenKind.ABD ? "Abd al- name" : null;
            String pairText = x.surface.equals(y.surface) ? x.surface : x.surface + " ~ " + y.surface;
            switch (out.reason) {
                case EXACT -> {
                    if (role != null) {
                        lines.add(pairText + ": " + role + " matched");
                    } else {
                        same.add(x.surface);
                    }
                }
                case VARIANT -> lines.add(pairText + ": variant spellings of '" + rules.variants.familyName(x.family)
                        + "' (variant table)" + (role != null ? ", " + role + " matched" : ""));
                case PHONETIC -> lines.add(pairText + ": transliteration variant (" + String.join(", ", foldingRules(x, y))
                        + ")" + (role != null ? ", " + role + " matched" : ""));
                case SKELETON -> {
                    Token script = x.abjad ? x : y;
                    lines.add(pairText + ": Arabic/Persian script read as '" + script.folded + "', consonants "
                            + String.join("-", script.skeleton.split("")) + (x.skeleton.equals(y.skeleton) ? " agree"
                            : " close (" + fmt(p.sim) + ")") + (role != null ? ", " + role + " matched" : ""));
                }
                case ATTACHED_ARTICLE -> lines.add(pairText + ": al- attached and dropped (Arabic article)");
                case INITIAL -> lines.add(pairText + ": initial");
                case ABD_DROPPED -> lines.add(pairText + ": Abd al- left out");
                case EDIT -> lines.add(pairText + ": spelling differs ("
                        + String.join(", ", rules.edit.differences(x.folded, y.folded)) + "), similarity " + fmt(p.sim));
                default -> lines.add(pairText + ": " + fmt(p.sim));
            }
            if (x.kind == TokenKind.NISBA || y.kind == TokenKind.NISBA) {
                lines.add((x.kind == TokenKind.NISBA ? x : y).surface + ": nisba (origin or tribe), weaker evidence");
            }
        }
        if (!same.isEmpty()) {
            lines.add(0, "same: " + String.join(", ", same));
        }
        if (articleDropped) {
            lines.add("al- dropped (Arabic article)");
        }
        List<String> titles = new ArrayList<>();
        for (List<Token> side : List.of(ta, tb)) {
            for (Token t : side) {
                if (t.kind == TokenKind.TITLE) {
                    titles.add(t.surface);
                }
            }
        }
        if (!titles.isEmpty()) {
            lines.add((mode == Mode.VESSEL ? "prefix" : "title") + " ignored: " + String.join(", ", titles));
        }
    }

    /** The letter-folding rules that made two spellings agree: those applied to one and not the other. */
    private List<String> foldingRules(Token x, Token y) {
        List<String> rx = rules.letters.rulesApplied(x.folded);
        List<String> ry = rules.letters.rulesApplied(y.folded);
        List<String> out = new ArrayList<>();
        for (String r : rx) {
            if (!ry.contains(r)) {
                out.add(r);
            }
        }
        for (String r : ry) {
            if (!rx.contains(r) && !out.contains(r)) {
                out.add(r);
            }
        }
        return out.isEmpty() ? rules.edit.differences(x.folded, y.folded) : out;
    }

    private static void explainUnmatched(List<Token> ta, boolean[] usedA, List<Token> tb, boolean[] usedB,
                                         boolean conflict, Mode mode, List<String> lines) {
        for (List<Token> side : List.of(ta, tb)) {
            boolean[] used = side == ta ? usedA : usedB;
            for (int i = 0; i < side.size(); i++) {
                if (!used[i] && side.get(i).kind == TokenKind.NISBA) {
                    lines.add(side.get(i).surface + ": nisba on one side only (origin or tribe, weaker evidence)");
                }
            }
        }
        String left = unmatched(ta, usedA);
        String right = unmatched(tb, usedB);
        if (conflict) {
            lines.add("different parts on both sides: '" + left + "' vs '" + right + "': score capped");
        } else if (!left.isEmpty() || !right.isEmpty()) {
            String extra = left.isEmpty() ? right : left;
            lines.add((mode == Mode.PERSON ? "extra name parts on one side, weak: " : "words on one side only: ")
                    + extra);
        }
    }

    private static String unmatched(List<Token> tokens, boolean[] used) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i] && tokens.get(i).content()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(tokens.get(i).surface);
            }
        }
        return b.toString();
    }

    private static String surfaces(List<Token> tokens, int[] idx) {
        StringBuilder b = new StringBuilder();
        for (int i : idx) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(i).surface);
        }
        return b.toString();
    }

    private static String surfaces(List<Token> tokens, TokenKind kind) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind == kind) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t.surface);
            }
        }
        return b.toString();
    }

    private static String join(Set<Long> numbers) {
        StringBuilder b = new StringBuilder();
        for (long n : numbers) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(n);
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
