package org.sightline.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Names;

/**
 * Finds entity mentions, in this order: gazetteer aliases; CoreNLP NER names (typed by their
 * head word); mention rules; acronyms defined in parentheses; definite descriptions that refer
 * back ("the police"); and the pronouns it/its.
 */
final class MentionFinder {
    private static final Set<String> PERSONAL = Set.of("he", "his", "him", "she", "her");
    private static final Set<EntityType> POSSESSORS = Set.of(EntityType.ARMED_GROUP, EntityType.SECURITY_UNIT,
            EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION, EntityType.PROGRAM, EntityType.STATE);
    private static final Set<EntityType> REFERABLE = Set.of(EntityType.ARMED_GROUP, EntityType.SECURITY_UNIT,
            EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION, EntityType.PROGRAM);

    /** Lines shorter than this are headings or list items, not wrapped prose. */
    private static final int SHORT_LINE = 60;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final MentionRules rules;
    private final ShortForms shortForms;
    private final IdentifierBlocks identifierBlocks;

    MentionFinder(Gazetteer gazetteer, Lexicon lexicon, MentionRules rules, IdentifierBlocks identifierBlocks) {
        this.identifierBlocks = identifierBlocks;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.rules = rules;
        this.shortForms = new ShortForms(lexicon);
    }

    /** @param blocks the designees' identifier blocks, each with the mention of its name */
    record Found(Mentions mentions, List<MentionRules.StructuralClaim> structural, List<BlockMention> blocks) {
    }

    record BlockMention(IdentifierBlocks.Block block, MentionCandidate mention) {
    }

    Found find(DocTokens doc) {
        Mentions mentions = new Mentions(doc);
        for (Gazetteer.Hit h : gazetteer.find(doc.tokens)) {
            mentions.add(new MentionCandidate(h.begin(), h.end(), h.entry().type(), h.entry().name(),
                    h.entry().groupKey(), h.entry().kbId(), h.demonym() ? "demonym" : "gazetteer", null));
        }
        mentions.mark();
        addPartisans(doc, mentions);
        mentions.mark();
        addNerNames(doc, mentions);
        mentions.mark();
        List<MentionRules.StructuralClaim> structural = rules.apply(doc, mentions);
        List<BlockMention> blocks = addBlocks(doc, mentions);
        mentions.mark();
        shortForms.apply(doc, mentions);
        mentions.mark();
        new RepeatedNames().apply(doc, mentions);
        mentions.mark();
        structural.addAll(addAnaphora(doc, mentions));
        mentions.mark();
        // later steps may replace a mention a structural claim was read on ("(ERD)" made an alias)
        java.util.Set<MentionCandidate> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(mentions.all());
        structural.removeIf(c -> !kept.contains(c.unit()) || !kept.contains(c.parent()));
        return new Found(mentions, structural, blocks);
    }

    /**
     * Identifier blocks: the name of each becomes one mention, the labelled fields are no names
     * (their NER mentions go, but for the bodies a "Title:" field names), and a mention elsewhere
     * that spells one of the block's a.k.a.s is a mention of its entity.
     */
    private List<BlockMention> addBlocks(DocTokens doc, Mentions mentions) {
        List<BlockMention> out = new ArrayList<>();
        for (IdentifierBlocks.Block b : identifierBlocks.find(doc.text)) {
            int[] name = doc.tokenRange(b.nameStart(), b.nameEnd());
            if (name == null) {
                continue;
            }
            List<int[]> keep = new ArrayList<>();
            for (IdentifierBlocks.Field f : b.fields()) {
                if (f.kind() == IdentifierBlocks.Kind.TITLE) {
                    keep.add(new int[] {f.start(), f.end()});
                }
            }
            mentions.all().removeIf(m -> {
                if (out.stream().anyMatch(o -> o.mention() == m)) {
                    return false;
                }
                int cb = doc.tokens.get(m.begin).beginPosition();
                int ce = doc.tokens.get(m.end - 1).endPosition();
                boolean inName = m.begin < name[1] && name[0] < m.end;
                boolean inFields = cb < b.fieldsEnd() && b.fieldsStart() < ce;
                boolean inTitle = keep.stream().anyMatch(k -> k[0] <= cb && ce <= k[1]);
                return inName || inFields && !inTitle;
            });
            Gazetteer.Entry known = gazetteer.lookup(b.name());
            MentionCandidate m = known != null
                    ? new MentionCandidate(name[0], name[1], known.type(), known.name(), known.groupKey(), known.kbId(), "block", null)
                    : new MentionCandidate(name[0], name[1], b.type(), b.name(), "block:" + b.type() + ":" + Names.key(b.name()),
                    null, "block", null);
            m.aliases.addAll(b.aliases());
            mentions.add(m);
            out.add(new BlockMention(b, m));
        }
        // "Abu Dura" in the text is the block whose a.k.a.s list it
        for (BlockMention bm : out) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            bm.block().aliases().forEach(a -> keys.add(Names.key(a)));
            keys.add(Names.key(bm.block().name()));
            List<MentionCandidate> spelled = new ArrayList<>();
            for (MentionCandidate m : mentions.all()) {
                if (m != bm.mention() && !m.isReferring() && m.kbId == null && keys.contains(Names.key(doc.surface(m.begin, m.end)))
                        && out.stream().noneMatch(o -> o.mention() == m)) {
                    spelled.add(m);
                }
            }
            for (MentionCandidate m : spelled) {
                mentions.all().remove(m);
                mentions.add(MentionCandidate.referring(m.begin, m.end, bm.mention(), "alias"));
            }
        }
        return out;
    }

    /** "pro-Iranian", "pro-Iran": one token that names the state it is partisan of. */
    private void addPartisans(DocTokens doc, Mentions mentions) {
        for (int t = 0; t < doc.tokens.size(); t++) {
            String w = doc.word(t);
            if (w.length() > 5 && w.regionMatches(true, 0, "pro-", 0, 4) && !mentions.covered(t)) {
                Gazetteer.Entry e = gazetteer.ofWord(w.substring(4));
                if (e != null && e.type() == EntityType.STATE) {
                    mentions.add(new MentionCandidate(t, t + 1, e.type(), e.name(), e.groupKey(), e.kbId(), "demonym", null));
                }
            }
        }
    }

    private static final java.util.regex.Pattern EM_DASH = java.util.regex.Pattern.compile("--+|—|―");
    private static final java.util.regex.Pattern TRAILING_JUNK = java.util.regex.Pattern.compile("-+|--|–|—|the|a|an|and|of|or");

    private void addNerNames(DocTokens doc, Mentions mentions) {
        List<CoreLabel> toks = doc.tokens;
        int i = 0;
        while (i < toks.size()) {
            String ner = toks.get(i).ner();
            if (!"PERSON".equals(ner) && !"ORGANIZATION".equals(ner) && !"LOCATION".equals(ner)) {
                i++;
                continue;
            }
            int b = i;
            int e = i + 1;
            while (e < toks.size() && ner.equals(toks.get(e).ner()) && doc.sentenceOf(e) == doc.sentenceOf(b)
                    && !endsShortLine(doc, toks.get(e - 1), toks.get(e))) {
                e++;
            }
            // "Suraqiya for Media and Broadcasting--Al-Ra'y's parent company": a dash between words ends a name
            for (int d = b + 1; d < e - 1; d++) {
                if (EM_DASH.matcher(toks.get(d).word()).matches()) {
                    e = d;
                    break;
                }
            }
            i = e;
            while (b < e && lexicon.notNames.contains(toks.get(b).word())) {
                b++;
            }
            // "Harith Al-Dari-the Secretary General": a dash glued to the next word is no part of the name
            while (e - b > 1 && TRAILING_JUNK.matcher(toks.get(e - 1).word()).matches()) {
                e--;
            }
            if (b >= e || overlapsNamed(mentions, b, e)) {
                continue;
            }
            // "Iraqi Ministry of Interior": a nationality adjective belongs to the name after it
            if (!"PERSON".equals(ner) && b > 0 && doc.sentenceOf(b - 1) == doc.sentenceOf(b)
                    && lexicon.nationalities.contains(toks.get(b - 1).word())
                    && !overlapsNamed(mentions, b - 1, b)) {
                b--;
            }
            String name = doc.surface(b, e);
            String last = toks.get(e - 1).word();
            EntityType type = switch (ner) {
                case "PERSON" -> EntityType.PERSON;
                case "LOCATION" -> lexicon.locationType(name);
                default -> lexicon.organizationType(last);
            };
            Gazetteer.Entry known = gazetteer.lookup(name);
            if (known != null) {
                mentions.add(new MentionCandidate(b, e, known.type(), known.name(), known.groupKey(), known.kbId(), "gazetteer", null));
            } else {
                mentions.add(new MentionCandidate(b, e, type, name, "ner:" + type + ":" + Names.key(name), null, "ner", null));
            }
        }
    }

    /**
     * A line break between two tokens after a short line: a heading over the paragraph that
     * repeats its name ("Rodrigue Elias Merhej" / "Rodrigue Elias Merhej was designated"). A name
     * does run on across the break of a long line, as in text wrapped by a PDF.
     */
    private static boolean endsShortLine(DocTokens doc, CoreLabel before, CoreLabel after) {
        int lineEnd = doc.text.indexOf('\n', before.endPosition());
        if (lineEnd < 0 || lineEnd >= after.beginPosition()) {
            return false;
        }
        int lineStart = doc.text.lastIndexOf('\n', before.beginPosition()) + 1;
        return lineEnd - lineStart < SHORT_LINE;
    }

    /** Overlaps a gazetteer mention that is not a bare demonym ("Iranian" may sit inside a name). */
    private static boolean overlapsNamed(Mentions mentions, int b, int e) {
        return mentions.all().stream().anyMatch(m -> m.overlaps(b, e) && !m.origin.equals("demonym"));
    }

    private static boolean isOpenParen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isCloseParen(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /**
     * "the police" refers to the last entity whose name ends in "Police"; "its" to the entity
     * that opens the sentence (possessives favour the subject), "it" to the nearest entity
     * before it; "It"/"Its" opening a sentence to the entity that opened the previous one; "its"
     * right after "X and" to X.
     * Only organisations and units are candidates.
     */
    private List<MentionRules.StructuralClaim> addAnaphora(DocTokens doc, Mentions mentions) {
        List<MentionRules.StructuralClaim> roles = new ArrayList<>();
        List<CoreLabel> toks = doc.tokens;
        for (int i = 0; i < toks.size(); i++) {
            if (mentions.covered(i)) {
                continue;
            }
            String w = toks.get(i).word();
            String lw = w.toLowerCase(Locale.ROOT);
            MentionCandidate target = null;
            String origin = null;
            int[] titled = i > 0 && DocTokens.key(doc.word(i - 1)).equals("the") && Character.isLowerCase(w.charAt(0))
                    ? titledBefore(doc, mentions, i) : null;
            if (titled != null) {
                // "the press secretary" after "Pentagon Press Secretary John F. Kirby": the person
                // whose name that title stood before
                mentions.add(MentionCandidate.referring(i, titled[0], mentions.outermostAt(titled[1]).resolved(), "title"));
                i = titled[0] - 1;
                continue;
            }
            if (i > 0 && lexicon.stateAnaphors.contains(lw) && DocTokens.key(doc.word(i - 1)).matches("the|this|that")
                    && (i + 1 >= toks.size() || !mentions.covered(i + 1))) {
                // "the regime": the state last named
                for (int t = i - 1; t >= 0 && target == null; t--) {
                    MentionCandidate m = mentions.outermostAt(t);
                    target = m != null && m.resolved().type == EntityType.STATE ? m.resolved() : null;
                }
                origin = "anaphor";
            } else if (i > 0 && lexicon.anaphoricHeads.contains(lw) && Character.isLowerCase(w.charAt(0))
                    && DocTokens.key(doc.word(i - 1)).matches("the|that|this")
                    && (i + 1 >= toks.size() || !mentions.covered(i + 1))) {
                target = lastWithHead(mentions, i, lw);
                origin = "anaphor";
            } else if (lw.equals("its") || lw.equals("it")) {
                int sentence = doc.sentenceOf(i);
                int before = coordinatedName(doc, mentions, i);
                if (lw.equals("its") && before >= 0) {
                    // "Badr and its leader": the name the possessive is coordinated with
                    target = mentions.outermostAt(before).resolved();
                } else if (i == doc.sentBegin[sentence] && sentence > 0) {
                    // "It ..." / "Its head ..." opening a sentence continues the previous one's subject
                    target = sentenceSubject(doc, mentions, doc.sentBegin[sentence - 1], i);
                } else if (lw.equals("its") && i > 1 && DocTokens.key(doc.word(i - 1)).matches("and|but|while")
                        && !doc.word(i - 2).equals(",")) {
                    // "Badr is the most prominent of the PMF militias and its head ...": a new clause's
                    // possessive is its sentence's subject
                    target = sentenceSubject(doc, mentions, doc.sentBegin[sentence], i);
                }
                if (target == null && !(i == doc.sentBegin[sentence] && sentence > 0)) {
                    // "the IRGC, including its external arm": the nearest body before it in the sentence
                    target = nearestBefore(doc, mentions, i, doc.sentBegin[sentence], POSSESSORS);
                }
                if (target == null) {
                    target = nearestBefore(doc, mentions, i, doc.sentBegin[Math.max(0, sentence - 1)], REFERABLE);
                }
                origin = "pronoun";
            } else if (PERSONAL.contains(lw)) {
                // "He ..." opening a sentence continues the previous one's subject; "Mehrabi ... an
                // entity he co-owns": the nearest person named before
                int sentence = doc.sentenceOf(i);
                if (i == doc.sentBegin[sentence] && sentence > 0) {
                    target = firstOf(doc, mentions, doc.sentBegin[sentence - 1], i, EntityType.PERSON);
                }
                if (target == null) {
                    target = nearestBefore(doc, mentions, i, doc.sentBegin[Math.max(0, sentence - 1)], Set.of(EntityType.PERSON));
                }
                origin = "pronoun";
            }
            if (target != null && lw.equals("its") && i + 1 < toks.size() && !mentions.covered(i + 1)
                    && lexicon.leaderNouns.contains(DocTokens.key(doc.word(i + 1))) && !namedAfter(doc, mentions, i + 2)) {
                roles.add(unnamedLeader(doc, mentions, i, target));
                i++;
            } else if (target != null) {
                mentions.add(MentionCandidate.referring(i, i + 1, target, origin));
            }
        }
        return roles;
    }

    /**
     * "its head": a person the text does not name, who LEADS the organisation. Named "head of X" so
     * that every document's unnamed head of X is one entity; the knowledge base may name him.
     */
    private static MentionRules.StructuralClaim unnamedLeader(DocTokens doc, Mentions mentions, int its,
                                                             MentionCandidate organisation) {
        String role = DocTokens.key(doc.word(its + 1));
        MentionCandidate leader = new MentionCandidate(its, its + 2, EntityType.PERSON,
                role + " of " + organisation.name, "role:" + role + ":" + organisation.groupKey, null, "role", null);
        mentions.add(leader);
        return new MentionRules.StructuralClaim("its-leader", ClaimType.LEADS, its, its + 2, leader, organisation, role);
    }

    /**
     * The token of the organisation or unit named right before "and" + the pronoun at {@code pronoun}
     * ("Badr and its", "the Nejaat Organization (Nejaat) and its"), or -1.
     */
    private static int coordinatedName(DocTokens doc, Mentions mentions, int pronoun) {
        int t = pronoun - 2;
        if (t < 0 || !doc.word(pronoun - 1).equals("and")) {
            return -1;
        }
        if (isCloseParen(doc.word(t))) {
            // skip "(Nejaat)" back to the name it abbreviates
            int open = t - 1;
            while (open > 0 && open > t - 8 && !isOpenParen(doc.word(open))) {
                open--;
            }
            t = isOpenParen(doc.word(open)) ? open - 1 : -1;
        }
        if (t < 0) {
            return -1;
        }
        return mentions.covered(t) && REFERABLE.contains(mentions.outermostAt(t).type) ? t : -1;
    }

    /**
     * Words from {@code at} (two to four, the last not a mention's) that, case aside, are the words
     * written just before an earlier person's name: {end of the phrase, a token of that person}, or null.
     */
    private static int[] titledBefore(DocTokens doc, Mentions mentions, int at) {
        for (int k = 4; k >= 1; k--) {
            if (at + k > doc.tokens.size()) {
                continue;
            }
            boolean free = true;
            for (int t = at; t < at + k; t++) {
                free &= !mentions.covered(t) && Character.isLetter(doc.word(t).charAt(0));
            }
            if (!free || (k == 1 && doc.word(at).length() < 6)) {
                continue;
            }
            MentionCandidate best = null;
            for (MentionCandidate m : mentions.all()) {
                if (m.type != EntityType.PERSON || m.begin >= at || m.begin < k || (best != null && m.begin < best.begin)) {
                    continue;
                }
                boolean same = true;
                for (int j = 0; j < k && same; j++) {
                    same = DocTokens.key(doc.word(m.begin - k + j)).equals(DocTokens.key(doc.word(at + j)))
                            && Character.isUpperCase(doc.word(m.begin - k + j).charAt(0));
                }
                if (same) {
                    best = m;
                }
            }
            if (best != null) {
                return new int[] {at + k, best.begin};
            }
        }
        return null;
    }

    private static MentionCandidate lastWithHead(Mentions mentions, int before, String head) {
        MentionCandidate best = null;
        for (MentionCandidate m : mentions.all()) {
            MentionCandidate r = m.resolved();
            String[] words = r.name.toLowerCase(Locale.ROOT).split("\\s+");
            if (m.end <= before && words[words.length - 1].equals(head) && (best == null || m.end > best.end)) {
                best = m;
            }
        }
        return best == null ? null : best.resolved();
    }

    /** The organisation or unit among the first three tokens of the sentence starting at {@code start}. */
    private static MentionCandidate sentenceSubject(DocTokens doc, Mentions mentions, int start, int pronoun) {
        for (int t = start; t < Math.min(pronoun, start + 3); t++) {
            MentionCandidate m = mentions.outermostAt(t);
            if (m != null && REFERABLE.contains(m.type)) {
                return m.resolved();
            }
        }
        return null;
    }

    private static MentionCandidate nearestBefore(DocTokens doc, Mentions mentions, int pronoun, int limit,
                                                  Set<EntityType> types) {
        for (int t = pronoun - 1; t >= limit; t--) {
            MentionCandidate m = mentions.outermostAt(t);
            if (m != null && types.contains(m.resolved().type) && !m.origin.equals("demonym")) {
                return m.resolved();
            }
        }
        return null;
    }

    /**
     * "its Chairman, Aras Habib", "Its Chairman and Chief Executive, Aras Habib": the title is named
     * right after, so it is no unnamed leader.
     */
    private static boolean namedAfter(DocTokens doc, Mentions mentions, int t) {
        for (int k = t; k < Math.min(doc.tokens.size(), t + 6); k++) {
            if (mentions.covered(k)) {
                return mentions.outermostAt(k).type == EntityType.PERSON;
            }
            String w = doc.word(k);
            if (!(w.equals(",") || w.equals("and") || Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /** The first mention of a type in tokens [from, to). */
    private static MentionCandidate firstOf(DocTokens doc, Mentions mentions, int from, int to, EntityType type) {
        for (int t = from; t < to; t++) {
            MentionCandidate m = mentions.outermostAt(t);
            if (m != null && m.resolved().type == type) {
                return m.resolved();
            }
        }
        return null;
    }
}
