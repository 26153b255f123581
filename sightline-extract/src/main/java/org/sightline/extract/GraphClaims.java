package org.sightline.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * Reads claims off a sentence's dependency graph with the rules of {@code relations.yaml}: each
 * rule's trigger nodes, the arguments its two slots find for each, and one candidate per pair of
 * entities the arguments stand for.
 */
final class GraphClaims {
    private static final Pattern MONTH_OR_YEAR = Pattern.compile(
            "(?i)january|february|march|april|may|june|july|august|september|october|november|december|(19|20)\\d\\d|today");

    private final GraphRules rules;
    private final TitleLexicon titles;

    GraphClaims(GraphRules rules, TitleLexicon titles) {
        this.rules = rules;
        this.titles = titles;
    }

    List<Candidate> read(DocTokens doc, Mentions mentions, int sentence, ParsedSentence parsed) {
        List<Candidate> out = new ArrayList<>();
        SemanticGraph graph = parsed.graph();
        NodeMentions nodes = new NodeMentions(doc, mentions, sentence, parsed);
        for (GraphRules.Rule rule : rules.rules()) {
            if (!fires(rule, doc, sentence)) {
                continue;
            }
            Map<IndexedWord, Set<IndexedWord>> objects = slot(rule.object(), graph, false);
            if (objects.isEmpty() && rule.defaultObject() == GraphRules.DefaultObject.NONE) {
                continue;
            }
            Map<IndexedWord, Set<IndexedWord>> subjects = slot(rule.subject(), graph, rule.subjectIsTrigger());
            if (rule.defaultObject() != GraphRules.DefaultObject.NONE) {
                // triggers whose object slot found no one: the document's home state or body
                for (Map.Entry<IndexedWord, Set<IndexedWord>> e : subjects.entrySet()) {
                    if (objects.containsKey(e.getKey()) && !arguments(nodes, objects.get(e.getKey())).isEmpty()) {
                        continue;
                    }
                    for (MentionCandidate s : arguments(nodes, e.getValue())) {
                        home(out, rule, doc, graph, nodes, sentence, e.getKey(), s);
                    }
                }
            }
            for (Map.Entry<IndexedWord, Set<IndexedWord>> e : objects.entrySet()) {
                IndexedWord t = e.getKey();
                List<MentionCandidate> objs = arguments(nodes, e.getValue());
                // a rule about the trigger's own name takes only the mention the trigger heads
                List<MentionCandidate> subjs = rule.subjectIsTrigger()
                        ? (nodes.headed(t) == null ? List.of() : List.of(nodes.headed(t)))
                        : arguments(nodes, subjects.getOrDefault(t, Set.of()));
                if (objs.isEmpty()) {
                    continue;
                }
                if (subjs.isEmpty() && rule.defaultSubject() == GraphRules.DefaultSubject.ISSUER) {
                    for (MentionCandidate o : objs) {
                        candidate(out, rule, doc, graph, nodes, sentence, t, null, o);
                    }
                    continue;
                }
                for (MentionCandidate s : subjs) {
                    for (MentionCandidate o : objs) {
                        candidate(out, rule, doc, graph, nodes, sentence, t, s, o);
                    }
                }
            }
        }
        return out;
    }

    /** Whether some rule's trigger word is in the sentence: else its parse can read nothing. */
    boolean anyRuleFires(DocTokens doc, int sentence) {
        Pattern any = rules.anyTrigger();
        if (any == null) {
            return true;
        }
        for (CoreLabel tok : doc.sentence(sentence)) {
            if (tok.lemma() != null && any.matcher(tok.lemma()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean fires(GraphRules.Rule rule, DocTokens doc, int sentence) {
        if (rule.lemmas() == null) {
            return true;
        }
        for (CoreLabel tok : doc.sentence(sentence)) {
            if (tok.lemma() != null && rule.lemmas().matcher(tok.lemma()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Trigger node → the argument nodes one slot finds for it. */
    private static Map<IndexedWord, Set<IndexedWord>> slot(List<SemgrexPattern> patterns, SemanticGraph graph, boolean self) {
        Map<IndexedWord, Set<IndexedWord>> out = new LinkedHashMap<>();
        for (SemgrexPattern p : patterns) {
            SemgrexMatcher m = p.matcher(graph);
            while (m.find()) {
                IndexedWord t = m.getNode("t");
                IndexedWord a = self ? t : m.getNode("a");
                if (t != null && a != null && !a.equals(t) || self) {
                    out.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(a);
                }
            }
        }
        return out;
    }

    private static List<MentionCandidate> arguments(NodeMentions nodes, Set<IndexedWord> args) {
        Set<MentionCandidate> out = new LinkedHashSet<>();
        args.stream().sorted(Comparator.comparingInt(IndexedWord::index)).forEach(a -> out.addAll(nodes.arguments(a)));
        return new ArrayList<>(out);
    }

    private void candidate(List<Candidate> out, GraphRules.Rule rule, DocTokens doc, SemanticGraph graph,
                           NodeMentions nodes, int sentence, IndexedWord t, MentionCandidate subj, MentionCandidate obj) {
        MentionCandidate s = subj == null ? null : subj.resolved();
        MentionCandidate o = obj.resolved();
        if (s != null && (s == o || s.groupKey.equals(o.groupKey))) {
            return;
        }
        if (subj != null && !rule.subjectIsTrigger() && (subj.contains(obj) || obj.contains(subj))) {
            return;  // two parts of one name
        }
        boolean inName = subj != null && rule.subjectIsTrigger() && subj.strictlyContains(obj);
        if (subj != null && rule.subjectIsTrigger() && !(inName && obj.end < subj.end || possessive(doc, obj, subj))) {
            return;  // a body's own unit: "Hizballah's Unit 1800", "Unit 1800 of Hizballah", "IRGC-QF Ramazan Corps"
        }
        if (s != null && !rule.subjectTypes().contains(s.type) || !rule.objectTypes().contains(o.type)) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String time = null;
        ClaimType type = rule.type();
        MentionCandidate subject = subj;
        MentionCandidate object = obj;
        if (rule.title()) {
            Title read = title(doc, graph, nodes, t);
            if (read == null) {
                return;
            }
            type = TitleLexicon.claimType(read.title, read.indefinite, o.type);
            attributes.put("role", read.surface);
            if (read.title.former()) {
                time = "former";
            }
        }
        if (type == ClaimType.ALIGNED_WITH && s != null && rule.patron().contains(s.type)) {
            subject = obj;
            object = subj;
        }
        if (rule.placeType() != null && object.resolved().type == EntityType.PLACE) {
            type = rule.placeType();
        }
        int tt = nodes.token(t);
        int begin = Math.min(tt, object.begin);
        int end = Math.max(tt + 1, object.end);
        if (subject != null) {
            begin = Math.min(begin, subject.begin);
            end = Math.max(end, subject.end);
        }
        begin = Math.max(begin, doc.sentBegin[sentence]);
        end = Math.min(end, doc.sentEnd[sentence]);
        if (rule.program()) {
            String program = program(doc, graph, nodes, t);
            if (program != null) {
                attributes.put("program", program);
            }
        }
        if (rule.date()) {
            String date = date(doc, graph, nodes, t);
            if (date != null) {
                attributes.put("date", date);
            }
        }
        if (rule.amount()) {
            Amounts.find(doc, begin, end, attributes);
        }
        out.add(new Candidate(rule.id(), type, sentence, begin, end,
                subject == null ? List.of() : List.of(subject), List.of(object),
                EnumSet.allOf(EntityType.class), EnumSet.allOf(EntityType.class),
                subject == null, false, inName, rule.accusation(), rule.confidence(), attributes, time, tt,
                GraphRules.DefaultObject.NONE));
    }

    /** "said Secretary Steven T. Mnuchin": a title of the document's home body (or state), which it does not name. */
    private void home(List<Candidate> out, GraphRules.Rule rule, DocTokens doc, SemanticGraph graph, NodeMentions nodes,
                      int sentence, IndexedWord t, MentionCandidate subj) {
        if (!rule.subjectTypes().contains(subj.resolved().type) || !rule.title()) {
            return;
        }
        Title read = title(doc, graph, nodes, t);
        if (read == null) {
            return;
        }
        EntityType homeType = rule.defaultObject() == GraphRules.DefaultObject.HOME_STATE ? EntityType.STATE
                : EntityType.GOVERNMENT_BODY;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("role", read.surface);
        int tt = nodes.token(t);
        int begin = Math.max(doc.sentBegin[sentence], Math.min(tt, subj.begin));
        int end = Math.min(doc.sentEnd[sentence], Math.max(tt + 1, subj.end));
        out.add(new Candidate(rule.id(), TitleLexicon.claimType(read.title, read.indefinite, homeType), sentence, begin, end,
                List.of(subj), List.of(), EnumSet.allOf(EntityType.class), EnumSet.allOf(EntityType.class), false, false,
                false, false, rule.confidence() - 0.1, attributes, read.title.former() ? "former" : null, tt,
                rule.defaultObject()));
    }

    /** "X's Y" or "Y of X" (at, in, within, under): X owns Y in so many words. */
    private static boolean possessive(DocTokens doc, MentionCandidate owner, MentionCandidate part) {
        if (owner.end <= part.begin) {
            return owner.end < doc.tokens.size() && DocTokens.key(doc.word(owner.end)).matches("'s|'");
        }
        if (owner.begin >= part.end) {
            for (int t = part.end; t < owner.begin; t++) {
                if (DocTokens.key(doc.word(t)).matches("of|at|in|within|under")) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Title(TitleLexicon.Title title, boolean indefinite, String surface) {
    }

    /** The title a trigger node heads, with the title words before it ("chief executive officer"). */
    private Title title(DocTokens doc, SemanticGraph graph, NodeMentions nodes, IndexedWord t) {
        List<IndexedWord> modifiers = new ArrayList<>();
        boolean former = false;
        boolean indefinite = t.tag() != null && t.tag().equals("NNS");
        for (SemanticGraphEdge e : graph.outgoingEdgeList(t)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String w = d.word().toLowerCase(Locale.ROOT);
            if ((r.equals("compound") || r.equals("amod")) && d.index() < t.index() && titles.isTitleWord(w)
                    && nodes.headed(d) == null) {
                modifiers.add(d);
                for (SemanticGraphEdge e2 : graph.outgoingEdgeList(d)) {
                    if (e2.getRelation().toString().equals("compound") && titles.isTitleWord(e2.getDependent().word())) {
                        modifiers.add(e2.getDependent());
                    }
                }
            }
            if (titles.isFormerWord(w) && d.index() < t.index()) {
                former = true;
            }
            if (r.equals("det") && (w.equals("a") || w.equals("an"))) {
                indefinite = true;
            }
        }
        for (SemanticGraphEdge e : graph.incomingEdgeList(t)) {
            String gov = e.getGovernor().word().toLowerCase(Locale.ROOT);
            if (e.getRelation().toString().equals("nmod:of") && Set.of("one", "some", "several", "many", "two", "three")
                    .contains(gov)) {
                indefinite = true;
            }
        }
        int tt = nodes.token(t);
        if (tt > 0 && titles.isFormerWord(doc.word(tt - 1))) {
            former = true;
        }
        modifiers.sort(Comparator.comparingInt(IndexedWord::index));
        List<String> words = new ArrayList<>();
        modifiers.forEach(m -> words.add(m.word()));
        words.add(t.word());
        TitleLexicon.Title title = titles.read(words, former);
        if (title == null) {
            return null;
        }
        int from = modifiers.isEmpty() ? tt : nodes.token(modifiers.get(0));
        return new Title(title, indefinite, doc.surface(from, tt + 1));
    }

    /** "pursuant to E.O. 13224", "under Executive Order 13438", "as a Foreign Terrorist Organization". */
    private static String program(DocTokens doc, SemanticGraph graph, NodeMentions nodes, IndexedWord t) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(t)) {
            String r = e.getRelation().toString();
            if (r.equals("obl:pursuant_to") || r.equals("obl:under") || r.equals("obl:as") || r.equals("obl:to")
                    && e.getDependent().word().matches("(?i)E\\.O\\.|Executive|Section")) {
                String text = phrase(doc, graph, nodes, e.getDependent(), 8);
                if (text != null && !text.isBlank() && Character.isUpperCase(text.charAt(0))) {
                    return text;
                }
            }
        }
        return null;
    }

    /** "on October 25, 2007", "in July 2009", "in 2011". */
    private static String date(DocTokens doc, SemanticGraph graph, NodeMentions nodes, IndexedWord t) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(t)) {
            String r = e.getRelation().toString();
            if ((r.equals("obl:on") || r.equals("obl:in") || r.equals("obl:tmod") || r.equals("obl:since"))
                    && MONTH_OR_YEAR.matcher(e.getDependent().word()).matches()) {
                return phrase(doc, graph, nodes, e.getDependent(), 5);
            }
        }
        return null;
    }

    /** The words of a node's subtree, without its leading case marker and determiner, if short. */
    private static String phrase(DocTokens doc, SemanticGraph graph, NodeMentions nodes, IndexedWord head, int max) {
        int lo = head.index();
        int hi = head.index();
        for (IndexedWord d : graph.descendants(head)) {
            SemanticGraphEdge in = graph.getEdge(graph.getParent(d), d);
            String r = in == null ? "" : in.getRelation().toString();
            if (d.equals(head) || r.equals("case") || r.equals("det") || r.equals("punct") || r.startsWith("acl")
                    || r.startsWith("nmod") && !d.word().matches("\\d+")) {
                continue;
            }
            if (Math.abs(d.index() - head.index()) <= max) {
                lo = Math.min(lo, d.index());
                hi = Math.max(hi, d.index());
            }
        }
        if (hi - lo >= max) {
            return null;
        }
        int base = nodes.token(head) - head.index();
        return doc.surface(base + lo, base + hi + 1);
    }
}
