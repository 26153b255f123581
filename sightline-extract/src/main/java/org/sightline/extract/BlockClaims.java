package org.sightline.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * The claims an identifier block makes: its entity is designated (the block is the notice's list
 * of designees), and each office of its "Title:" fields ("Commanding Officer of the IRGC-QF
 * Ramazan Corps") is a title of the bodies it names.
 */
final class BlockClaims {
    private static final Set<EntityType> ANY = EnumSet.allOf(EntityType.class);
    private final TitleLexicon titles;

    BlockClaims(TitleLexicon titles) {
        this.titles = titles;
    }

    List<Candidate> read(DocTokens doc, Mentions mentions, List<MentionFinder.BlockMention> blocks, boolean designating) {
        List<Candidate> out = new ArrayList<>();
        for (MentionFinder.BlockMention bm : blocks) {
            MentionCandidate who = bm.mention();
            int s = doc.sentenceOf(who.begin);
            if (designating) {
                out.add(new Candidate("identifier-block", ClaimType.DESIGNATED, s, who.begin, who.end, List.of(), List.of(who),
                        ANY, ANY, true, false, false, false, 0.8, Map.of(), null, -1, GraphRules.DefaultObject.NONE));
            }
            for (IdentifierBlocks.Field f : bm.block().fields()) {
                if (f.kind() == IdentifierBlocks.Kind.TITLE && who.type == EntityType.PERSON) {
                    out.addAll(offices(doc, mentions, who, f));
                }
            }
        }
        return out;
    }

    /** "Brigadier General, Commanding Officer of the ... Ramazan Corps": each comma-separated office. */
    private List<Candidate> offices(DocTokens doc, Mentions mentions, MentionCandidate who, IdentifierBlocks.Field f) {
        List<Candidate> out = new ArrayList<>();
        int[] range = doc.tokenRange(f.start(), f.end());
        if (range == null) {
            return out;
        }
        boolean former = f.label().startsWith("Former");
        int start = range[0];
        for (int t = range[0]; t <= range[1]; t++) {
            boolean end = t == range[1] || doc.word(t).equals(",") || doc.word(t).equals(";") || doc.word(t).equals("and")
                    && t + 1 < range[1] && Character.isUpperCase(doc.word(t + 1).charAt(0));
            if (!end) {
                continue;
            }
            office(doc, mentions, who, start, t, former, out);
            start = t + 1;
        }
        return out;
    }

    private void office(DocTokens doc, Mentions mentions, MentionCandidate who, int b, int e, boolean former, List<Candidate> out) {
        List<String> words = new ArrayList<>();
        int t = b;
        while (t < e && !DocTokens.key(doc.word(t)).matches("of|in|for|at|to") && !mentions.covered(t)) {
            words.add(doc.word(t));
            t++;
        }
        if (words.isEmpty()) {
            return;
        }
        TitleLexicon.Title title = titles.read(words, former);
        if (title == null) {
            return;
        }
        for (MentionCandidate m : mentions.resolve(t, e)) {
            if (m.resolved() == who.resolved()) {
                continue;
            }
            ClaimType type = TitleLexicon.claimType(title, false, m.resolved().type);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("role", doc.surface(b, b + words.size()));
            out.add(new Candidate("identifier-title", type, doc.sentenceOf(b), Math.min(who.begin, b), e, List.of(who), List.of(m),
                    ANY, ANY, false, false, false, false, 0.8, attrs, former ? "former" : null, -1, GraphRules.DefaultObject.NONE));
        }
    }
}
