package org.sightline.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which entity mentions a node of a sentence's dependency graph stands for: the mention it heads;
 * for a common noun, the name it is in apposition with or predicated of ("X, an entity with ties
 * to Y": entity = X); for a noun with "such as" / "including" members, the members ("proxy forces
 * such as the Houthis"); for "one of X", X.
 */
final class NodeMentions {
    private static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "four", "five", "some", "several",
            "many", "each", "both", "all", "most", "none", "any", "either", "neither");

    /** "Elements of the IRGC sent funds": the part acts for the whole. */
    private static final Set<String> PARTITIVES = Set.of("elements", "element", "members", "parts", "segments", "factions",
            "remnants", "units", "wings", "branches", "groups", "cells", "networks");

    private final DocTokens doc;
    private final SemanticGraph graph;
    private final int base;
    private final List<MentionCandidate> inSentence = new ArrayList<>();

    NodeMentions(DocTokens doc, Mentions mentions, int sentence, ParsedSentence parsed) {
        this.doc = doc;
        this.graph = parsed.graph();
        this.base = parsed.firstToken();
        int end = doc.sentEnd[sentence];
        int begin = doc.sentBegin[sentence];
        for (MentionCandidate m : mentions.all()) {
            if (m.begin < end && m.end > begin) {
                inSentence.add(m);
            }
        }
    }

    int token(IndexedWord node) {
        return base + node.index() - 1;
    }

    /**
     * The entities {@code node} stands for, in text order (empty when none). A named head keeps its
     * members beside it ("the IRGC, including the IRGC-QF"); a common one gives way to them ("groups
     * including Hizballah").
     */
    List<MentionCandidate> arguments(IndexedWord node) {
        Set<MentionCandidate> out = new LinkedHashSet<>();
        MentionCandidate own = headed(node);
        List<MentionCandidate> members = members(node);
        if (own != null) {
            if (members.isEmpty() || Character.isUpperCase(node.word().charAt(0))) {
                out.add(own);
            }
            out.addAll(members);
            return new ArrayList<>(out);
        }
        if (!members.isEmpty()) {
            return members;
        }
        if (!describes(node)) {
            return List.of();
        }
        for (IndexedWord other : described(node)) {
            MentionCandidate m = headed(other);
            if (m != null) {
                out.add(m);
            } else {
                out.addAll(members(other));
            }
        }
        return new ArrayList<>(out);
    }

    /** The mention whose head is {@code node}: the longest one covering it that it is the head of. */
    MentionCandidate headed(IndexedWord node) {
        int t = token(node);
        MentionCandidate best = null;
        for (MentionCandidate m : inSentence) {
            if (m.begin <= t && t < m.end && heads(node, m) && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /** A node heads a mention when some governor of it lies outside the mention (or it has none). */
    private boolean heads(IndexedWord node, MentionCandidate m) {
        List<IndexedWord> parents = graph.getParentList(node);
        if (parents.isEmpty()) {
            return true;
        }
        for (IndexedWord p : parents) {
            int pt = token(p);
            if (pt < m.begin || pt >= m.end) {
                return true;
            }
        }
        return false;
    }

    private static boolean describes(IndexedWord node) {
        String tag = node.tag() == null ? "" : node.tag();
        return tag.startsWith("NN") && !tag.startsWith("NNP") || tag.startsWith("PRP") || PARTITIVES.contains(node.word()) || tag.equals("CD")
                || QUANTIFIERS.contains(node.word().toLowerCase(Locale.ROOT)) || tag.equals("WDT") || tag.equals("DT");
    }

    /** The nodes a common noun is said to be: its appositions, its copular subject, X of "one of X". */
    private List<IndexedWord> described(IndexedWord node) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
            String r = e.getRelation().toString();
            String w = node.word().toLowerCase(Locale.ROOT);
            if (r.equals("appos") || r.equals("nsubj")
                    || (r.equals("nmod:of") && (QUANTIFIERS.contains(w) || PARTITIVES.contains(w)))) {
                out.add(e.getDependent());
            }
        }
        for (SemanticGraphEdge e : graph.incomingEdgeList(node)) {
            String r = e.getRelation().toString();
            if (r.equals("appos")) {
                out.add(e.getGovernor());
            } else if (r.equals("nmod:of") && QUANTIFIERS.contains(e.getGovernor().word().toLowerCase(Locale.ROOT))) {
                // "X, one of several businesses owned by Y": the businesses said of X are X
                IndexedWord one = e.getGovernor();
                graph.incomingEdgeList(one).stream().filter(a -> a.getRelation().toString().equals("appos"))
                        .forEach(a -> out.add(a.getGovernor()));
                graph.outgoingEdgeList(one).stream().filter(a -> a.getRelation().toString().equals("appos"))
                        .forEach(a -> out.add(a.getDependent()));
            }
        }
        return out;
    }

    /** "X such as A and B", "X, including A and B": A and B (each conjunct reached by the enhanced graph). */
    private List<MentionCandidate> members(IndexedWord node) {
        List<MentionCandidate> out = new ArrayList<>();
        List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(node));
        if (node.copyCount() > 0) {
            // "for use by groups, including A and B, and to C": the copy the enhanced graph makes of
            // "groups" for the second conjunct has the original's members
            for (IndexedWord original : graph.vertexSet()) {
                if (original.index() == node.index() && original.copyCount() == 0) {
                    edges.addAll(graph.outgoingEdgeList(original));
                }
            }
        }
        for (SemanticGraphEdge e : edges) {
            String r = e.getRelation().toString();
            if (r.equals("nmod:such_as") || r.equals("nmod:including") || r.equals("nmod:like")
                    || r.equals("acl:including") || r.equals("nmod:include")) {
                MentionCandidate m = headed(e.getDependent());
                if (m != null && !out.contains(m)) {
                    out.add(m);
                    // "including: Lebanese Hizballah; Iraqi Shia militant groups; the Taliban": the
                    // parser hangs the rest of a semicolon list on its first item
                    for (SemanticGraphEdge more : graph.outgoingEdgeList(e.getDependent())) {
                        MentionCandidate next = more.getRelation().toString().equals("dep") ? headed(more.getDependent()) : null;
                        if (next != null && !out.contains(next)) {
                            out.add(next);
                        }
                    }
                } else if (m == null && describes(e.getDependent())) {
                    // "including its external arm, the IRGC-QF"
                    for (IndexedWord d : described(e.getDependent())) {
                        MentionCandidate dm = headed(d);
                        if (dm != null && !out.contains(dm)) {
                            out.add(dm);
                        }
                    }
                }
            }
        }
        return out;
    }

    String surface(int begin, int end) {
        return doc.surface(begin, end);
    }
}
