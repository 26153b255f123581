package org.sightline.resolve.names;

/**
 * How alike two tokens are, in [0, 1], and by which rule: equal, same family in the variant table,
 * same phonetic key, same consonant skeleton (script against Latin), initial, or a weighted edit
 * distance. Compounds (Abu X, Abd al-X) only compare with their own kind, on the part after the head.
 */
final class TokenSimilarity {
    enum Reason {
        EXACT, VARIANT, PHONETIC, SKELETON, ATTACHED_ARTICLE, INITIAL, EDIT, ABD_DROPPED, DIFFERENT_FAMILIES, NONE
    }

    /** Result holder, reused by one caller; {@code reason} is filled only when asked. */
    static final class Out {
        Reason reason = Reason.NONE;
    }

    private final NameRules rules;
    private final NameRules.Scoring s;

    TokenSimilarity(NameRules rules) {
        this.rules = rules;
        this.s = rules.scoring;
    }

    double similarity(Token a, Token b, Out out) {
        if (a.compound() || b.compound()) {
            if (a.kind == b.kind && a.head.equals(b.head)) {
                return core(a, b, out);
            }
            // "Abdul Hanif" written "Hanif"
            Token abd = a.kind == TokenKind.ABD ? a : b.kind == TokenKind.ABD ? b : null;
            Token other = abd == a ? b : a;
            if (abd != null && other.kind == TokenKind.NAME) {
                double v = core(abd, other, null);
                if (v >= s.phonetic) {
                    return set(out, Reason.ABD_DROPPED, s.abdDropped * v);
                }
            }
            return none(out);
        }
        if (a.kind == TokenKind.INITIAL || b.kind == TokenKind.INITIAL) {
            return initial(a, b, out);
        }
        return core(a, b, out);
    }

    private double initial(Token a, Token b, Out out) {
        if (a.kind == TokenKind.INITIAL && b.kind == TokenKind.INITIAL) {
            return a.folded.equals(b.folded) ? set(out, Reason.EXACT, s.exact) : none(out);
        }
        Token init = a.kind == TokenKind.INITIAL ? a : b;
        Token full = init == a ? b : a;
        if (!full.abjad && !full.folded.isEmpty() && full.folded.charAt(0) == init.folded.charAt(0)) {
            return set(out, Reason.INITIAL, s.initial);
        }
        return none(out);
    }

    private double core(Token a, Token b, Out out) {
        if (a.folded.equals(b.folded)) {
            return set(out, Reason.EXACT, s.exact);
        }
        boolean differentFamilies = false;
        if (a.family != WordVariants.NONE && b.family != WordVariants.NONE) {
            if (a.family == b.family) {
                return set(out, Reason.VARIANT, s.variantTable);
            }
            differentFamilies = true;
        }
        if (!differentFamilies && a.phonetic.equals(b.phonetic)) {
            return set(out, Reason.PHONETIC, s.phonetic);
        }
        double best;
        Reason reason;
        if (a.abjad != b.abjad) {
            best = skeleton(a.skeleton, b.skeleton);
            reason = Reason.SKELETON;
        } else {
            best = edit(a.phonetic, b.phonetic);
            reason = Reason.EDIT;
        }
        String attachedA = a.attachedPhonetic;
        String attachedB = b.attachedPhonetic;
        if (attachedA != null || attachedB != null) {
            String pa = attachedA != null ? attachedA : a.phonetic;
            String pb = attachedA != null ? b.phonetic : attachedB;
            double alt = s.attachedArticle * (pa.equals(pb) ? 1.0 : edit(pa, pb));
            if (alt > best) {
                best = alt;
                reason = Reason.ATTACHED_ARTICLE;
            }
        }
        if (differentFamilies && best > s.differentFamilies) {
            return set(out, Reason.DIFFERENT_FAMILIES, s.differentFamilies);
        }
        return set(out, reason, best);
    }

    /**
     * 1 - cost / length on phonetic keys; short words (<= shortTokenLength letters) pay double. Beyond
     * the edit budget for the length the result stays below the pair minimum: different names.
     */
    double edit(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 0;
        }
        int min = Math.min(a.length(), b.length());
        // cheap bound: each letter of length difference costs at least an indel of a vowel
        double atLeast = (max - min) * rules.letters.vowelIndel * (min <= s.shortTokenLength ? 2 : 1);
        if (atLeast > s.budgetFor(max) + 1e-9) {
            return Math.min(Math.max(0, 1 - atLeast / max), s.pairMinimum - 0.05);
        }
        double budget = s.budgetFor(max);
        boolean shortWord = min <= s.shortTokenLength;
        // stop as soon as the budget is exceeded: then the exact distance no longer matters
        double d = rules.edit.distance(a, b, (shortWord ? budget / 2 : budget) + 1e-6);
        if (shortWord) {
            d *= 2;
        }
        double sim = Math.max(0, 1 - d / max);
        if (d > budget + 1e-9) {
            sim = Math.min(sim, s.pairMinimum - 0.05);
        }
        return sim;
    }

    /** Script against Latin: consonant skeletons, scaled so an exact skeleton gives scriptSkeleton. */
    private double skeleton(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return s.scriptSkeleton;
        }
        int max = Math.max(a.length(), b.length());
        double d = rules.edit.distance(a, b);
        if (Math.min(a.length(), b.length()) <= 2) {
            d *= 2;
        }
        return Math.max(0, s.scriptSkeleton * (1 - d / max));
    }

    private static double set(Out out, Reason reason, double value) {
        if (out != null) {
            out.reason = reason;
        }
        return value;
    }

    private static double none(Out out) {
        return set(out, Reason.NONE, 0);
    }
}
