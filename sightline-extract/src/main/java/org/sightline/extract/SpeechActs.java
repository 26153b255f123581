package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.sightline.core.Stance;

/**
 * Who says what: the rules of {@code rules/attribution.yaml} find speech acts in sentences, and
 * quotations carry a speech act over the sentences (and paragraphs) they span.
 */
final class SpeechActs {
    /** Which claims of its sentence an act covers; CONTENT: those inside the clause that is said. */
    enum Scope { AFTER, BEFORE, SENTENCE, CONTENT }

    /** A token rule ({@code pattern}) or a dependency rule ({@code semgrex}). */
    private record Rule(String id, TokenSequencePattern pattern, SemgrexPattern semgrex, Scope scope, boolean quote,
                        Stance stance, Trigger trigger) {
    }

    /**
     * A speaker (and who passed it on) found in sentence {@code sentence} at token {@code verb};
     * for dependency rules, the said clause is tokens [contentBegin, contentEnd).
     */
    record Act(String ruleId, int sentence, int verb, Scope scope, boolean opensQuote,
               List<MentionCandidate> speakers, List<MentionCandidate> via, Stance stance,
               int contentBegin, int contentEnd) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Pattern dependencyVerbs;

    SpeechActs(JsonNode file) {
        Env env = RuleFiles.environment(file.path("macros"));
        dependencyVerbs = Pattern.compile(file.path("dependencyVerbs").asText("(?!)"));
        for (JsonNode r : file.path("rules")) {
            String id = r.path("id").asText();
            boolean dependency = r.hasNonNull("semgrex");
            rules.add(new Rule(id,
                    dependency ? null : RuleFiles.compile(env, "attribution.yaml", id, r.path("pattern").asText()),
                    dependency ? semgrex(id, r.path("semgrex").asText()) : null,
                    dependency ? Scope.CONTENT : Scope.valueOf(r.path("scope").asText("after").toUpperCase(java.util.Locale.ROOT)),
                    r.path("quote").asBoolean(false),
                    r.hasNonNull("stance") ? Stance.valueOf(r.path("stance").asText()) : null, Trigger.of(r)));
        }
    }

    private static SemgrexPattern semgrex(String id, String pattern) {
        try {
            return SemgrexPattern.compile(pattern);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("attribution.yaml: rule " + id + ": bad semgrex pattern: " + e.getMessage(), e);
        }
    }

    /**
     * The first matching rule's act for each sentence that has one (index = sentence). Dependency
     * rules are tried only on sentences in {@code parseable} whose lemmas include a speech verb.
     */
    Act[] find(DocTokens doc, Mentions mentions, DependencyStage parser, java.util.Set<Integer> parseable) {
        Act[] acts = new Act[doc.sentences()];
        for (int s = 0; s < doc.sentences(); s++) {
            int base = doc.sentBegin[s];
            for (Rule rule : rules) {
                if (!rule.trigger.fires(doc, s)) {
                    continue;
                }
                if (rule.semgrex != null) {
                    if (parser != null && parseable.contains(s) && hasSpeechVerb(doc, s)) {
                        acts[s] = dependencyAct(rule, doc, s, mentions, parser);
                    }
                    if (acts[s] != null) {
                        break;
                    }
                    continue;
                }
                TokenSequenceMatcher m = rule.pattern.getMatcher(doc.sentence(s));
                if (!m.find()) {
                    continue;
                }
                List<MentionCandidate> speakers = headOf(mentions.resolve(base + m.start("$speaker"), base + m.end("$speaker")));
                if (speakers.isEmpty()) {
                    continue;
                }
                int[] viaGroup = MatchGroups.range(m, "$via");
                List<MentionCandidate> via = viaGroup == null ? List.of()
                        : mentions.resolve(base + viaGroup[0], base + viaGroup[1]);
                int[] verbGroup = MatchGroups.range(m, "$verb");
                int verb = base + (verbGroup == null ? m.end("$speaker") : verbGroup[0]);
                acts[s] = new Act(rule.id, s, verb, rule.scope, rule.quote, speakers, via, rule.stance, -1, -1);
                break;
            }
        }
        return acts;
    }

    /** "Secretary of the Treasury Janet L. Yellen said": the person speaks, not the body named in her title. */
    private static List<MentionCandidate> headOf(List<MentionCandidate> speakers) {
        if (speakers.size() < 2 || speakers.stream().noneMatch(m -> m.type == org.sightline.core.EntityType.PERSON)) {
            return speakers;
        }
        return speakers.stream().filter(m -> m.type == org.sightline.core.EntityType.PERSON).toList();
    }

    private boolean hasSpeechVerb(DocTokens doc, int s) {
        return doc.sentence(s).stream().anyMatch(t -> t.lemma() != null && dependencyVerbs.matcher(t.lemma()).matches());
    }

    /** Nodes: =verb the speech verb, =speaker its subject, =content the head of what is said. */
    private static Act dependencyAct(Rule rule, DocTokens doc, int s, Mentions mentions, DependencyStage parser) {
        ParsedSentence parsed = parser.parse(doc, s);
        SemanticGraph g = parsed.graph();
        SemgrexMatcher m = rule.semgrex.matcher(g);
        int base = parsed.firstToken();
        while (m.find()) {
            IndexedWord speaker = m.getNode("speaker");
            IndexedWord content = m.getNode("content");
            int t = base + speaker.index() - 1;
            List<MentionCandidate> speakers = mentions.resolve(t, t + 1);
            if (speakers.isEmpty() || content == null) {
                continue;
            }
            int lo = content.index();
            int hi = content.index();
            for (IndexedWord w : g.descendants(content)) {
                lo = Math.min(lo, w.index());
                hi = Math.max(hi, w.index());
            }
            return new Act(rule.id, s, base + m.getNode("verb").index() - 1, Scope.CONTENT, rule.quote, speakers,
                    List.of(), rule.stance, base + lo - 1, base + hi);
        }
        return null;
    }

    /**
     * Character ranges of quotations. A paragraph that ends inside an open quotation and a next
     * paragraph that opens with a quotation mark continue one quotation (news convention).
     */
    static List<int[]> quotations(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || (c == '"' && open < 0)) {
                if (open < 0) {
                    open = i;
                }
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (c == '\n' && open >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                int next = i + 2;
                while (next < text.length() && text.charAt(next) == '\n') {
                    next++;
                }
                if (next >= text.length() || text.charAt(next) != '\u201c') {
                    out.add(new int[] {open, i});
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, text.length()});
        }
        return out;
    }
}
