package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.Stance;

/**
 * Who says what: the rules of {@code rules/attribution.yaml} find speech acts in sentences, and
 * quotations carry a speech act over the sentences (and paragraphs) they span.
 */
final class SpeechActs {
    enum Scope { AFTER, BEFORE, SENTENCE }

    private record Rule(String id, TokenSequencePattern pattern, Scope scope, boolean quote, Stance stance) {
    }

    /** A speaker (and who passed it on) found in sentence {@code sentence} at token {@code verb}. */
    record Act(String ruleId, int sentence, int verb, Scope scope, boolean opensQuote,
               List<MentionCandidate> speakers, List<MentionCandidate> via, Stance stance) {
    }

    private final List<Rule> rules = new ArrayList<>();

    SpeechActs(JsonNode file) {
        Env env = RuleFiles.environment(file.path("macros"));
        for (JsonNode r : file.path("rules")) {
            String id = r.path("id").asText();
            rules.add(new Rule(id, RuleFiles.compile(env, "attribution.yaml", id, r.path("pattern").asText()),
                    Scope.valueOf(r.path("scope").asText("after").toUpperCase(java.util.Locale.ROOT)),
                    r.path("quote").asBoolean(false),
                    r.hasNonNull("stance") ? Stance.valueOf(r.path("stance").asText()) : null));
        }
    }

    /** The first matching rule's act for each sentence that has one (index = sentence). */
    Act[] find(DocTokens doc, Mentions mentions) {
        Act[] acts = new Act[doc.sentences()];
        for (int s = 0; s < doc.sentences(); s++) {
            int base = doc.sentBegin[s];
            for (Rule rule : rules) {
                TokenSequenceMatcher m = rule.pattern.getMatcher(doc.sentence(s));
                if (!m.find()) {
                    continue;
                }
                List<MentionCandidate> speakers = mentions.resolve(base + m.start("$speaker"), base + m.end("$speaker"));
                if (speakers.isEmpty()) {
                    continue;
                }
                List<MentionCandidate> via = List.of();
                int verb = base + m.start();
                try {
                    if (m.start("$via") >= 0) {
                        via = mentions.resolve(base + m.start("$via"), base + m.end("$via"));
                    }
                } catch (RuntimeException noViaGroup) {
                    // the rule has no $via
                }
                try {
                    if (m.start("$verb") >= 0) {
                        verb = base + m.start("$verb");
                    }
                } catch (RuntimeException noVerbGroup) {
                    verb = base + m.end("$speaker");
                }
                acts[s] = new Act(rule.id, s, verb, rule.scope, rule.quote, speakers, via, rule.stance);
                break;
            }
        }
        return acts;
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
