package org.sightline.resolve.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys under which {@link NameIndex} files a name and looks a query up, per token: the phonetic
 * key and every form of it with one letter deleted (so one typo on either side still shares a key),
 * the variant-table family, and the consonant skeleton (how Arabic script meets Latin). Acronyms
 * get the initials of the name. Each key kind has a weight factor for ranking candidates.
 */
final class BlockingKeys {
    static final char PHONETIC = 'p';
    static final char DELETION = 'd';
    static final char FAMILY = 'f';
    static final char SKELETON = 's';
    static final char INITIALS = 'a';
    static final char NUMBER = 'n';

    /** Keys of one token, or of the whole name (token -1) for initials. */
    record TokenKeys(int token, List<String> keys) {
    }

    private BlockingKeys() {
    }

    static double factor(String key) {
        return switch (key.charAt(0)) {
            case PHONETIC, FAMILY -> 1.0;
            case DELETION -> 0.75;
            case SKELETON -> 0.6;
            default -> 0.9;
        };
    }

    static List<TokenKeys> of(NameForm form) {
        List<TokenKeys> out = new ArrayList<>();
        addForm(form, out);
        for (NameForm alt : form.alternatives) {
            addForm(alt, out);
        }
        return out;
    }

    private static void addForm(NameForm form, List<TokenKeys> out) {
        List<Token> tokens = form.tokens;
        StringBuilder initials = new StringBuilder();
        StringBuilder acronym = new StringBuilder();
        int content = 0;
        boolean allAcronymLike = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == TokenKind.NUMBER) {
                // "FU YUAN YU 7617" among dozens of FU YUAN YU: the number tells them apart
                out.add(new TokenKeys(i, List.of(NUMBER + Long.toString(t.number))));
                continue;
            }
            if (!t.content()) {
                continue;
            }
            content++;
            allAcronymLike &= t.acronymLike;
            acronym.append(t.folded);
            if (!t.folded.isEmpty() && !t.abjad) {
                initials.append(t.compound() ? t.head.charAt(0) : t.folded.charAt(0));
            }
            Set<String> keys = new LinkedHashSet<>();
            String p = t.phonetic;
            if (t.kind == TokenKind.INITIAL || p.isEmpty()) {
                continue;
            }
            if (!t.abjad) {
                keys.add(PHONETIC + p);
                // one deletion on either side: the word itself is in its own deletion set, so a
                // query one typo away from a listed word shares a DELETION key with it
                keys.add(DELETION + p);
                if (p.length() >= 4) {
                    for (int k = 0; k < p.length(); k++) {
                        keys.add(DELETION + p.substring(0, k) + p.substring(k + 1));
                    }
                }
                if (t.attachedPhonetic != null) {
                    keys.add(PHONETIC + t.attachedPhonetic);
                }
            }
            if (t.family != WordVariants.NONE) {
                keys.add(FAMILY + Integer.toString(t.family));
            }
            if (t.skeleton.length() >= 2) {
                keys.add(SKELETON + t.skeleton);
            }
            out.add(new TokenKeys(i, new ArrayList<>(keys)));
        }
        if (content >= 2 && initials.length() >= 2) {
            out.add(new TokenKeys(-1, List.of(INITIALS + initials.toString())));
        }
        if (allAcronymLike && content >= 1 && content <= 3 && acronym.length() >= 2) {
            out.add(new TokenKeys(-1, List.of(INITIALS + acronym.toString())));
        }
    }
}
