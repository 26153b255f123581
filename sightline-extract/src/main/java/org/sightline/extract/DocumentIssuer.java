package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.sightline.core.EntityType;

/**
 * The body a document speaks for when it announces actions: the subject of the lead's action verb
 * ("OFAC today designated ..."), else the designating authority it names most. Agentless
 * designations ("X is being designated today") are that body's.
 */
final class DocumentIssuer {
    private final int leadSentences;
    private final List<SemgrexPattern> patterns = new ArrayList<>();
    private final Set<String> authorities = new LinkedHashSet<>();

    DocumentIssuer(JsonNode relations) {
        JsonNode issuer = relations.path("issuer");
        leadSentences = issuer.path("leadSentences").asInt(6);
        for (JsonNode p : issuer.path("patterns")) {
            try {
                patterns.add(SemgrexPattern.compile(p.asText()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("relations.yaml: issuer: bad Semgrex pattern " + p.asText() + ": " + e.getMessage(), e);
            }
        }
        issuer.path("authorities").forEach(a -> authorities.add(a.asText()));
    }

    /** The issuer's mention, or null (then the outlet stands in). {@code graphs} parses a sentence, or gives null. */
    MentionCandidate find(DocTokens doc, Mentions mentions, IntFunction<ParsedSentence> graphs) {
        for (int s = 0; s < Math.min(leadSentences, doc.sentences()); s++) {
            if (!holdsBody(doc, mentions, s)) {
                continue;
            }
            ParsedSentence parsed = graphs.apply(s);
            if (parsed == null) {
                continue;
            }
            SemanticGraph g = parsed.graph();
            NodeMentions nodes = new NodeMentions(doc, mentions, s, parsed);
            for (SemgrexPattern p : patterns) {
                SemgrexMatcher m = p.matcher(g);
                while (m.find()) {
                    IndexedWord a = m.getNode("a");
                    for (MentionCandidate c : nodes.arguments(a)) {
                        EntityType type = c.resolved().type;
                        if (type == EntityType.GOVERNMENT_BODY || type == EntityType.STATE) {
                            return c.resolved();
                        }
                    }
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, MentionCandidate> first = new HashMap<>();
        for (MentionCandidate m : mentions.all()) {
            MentionCandidate r = m.resolved();
            if (r.kbId != null && authorities.contains(r.kbId)) {
                counts.merge(r.kbId, 1, Integer::sum);
                first.putIfAbsent(r.kbId, r);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> first.get(e.getKey())).orElse(null);
    }

    private static boolean holdsBody(DocTokens doc, Mentions mentions, int s) {
        for (int t = doc.sentBegin[s]; t < doc.sentEnd[s]; t++) {
            MentionCandidate m = mentions.outermostAt(t);
            if (m != null && (m.type == EntityType.GOVERNMENT_BODY || m.type == EntityType.STATE)) {
                return true;
            }
        }
        return false;
    }
}
