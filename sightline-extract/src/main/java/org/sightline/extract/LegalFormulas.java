package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * The grounds of a designation ({@code rules/designations.yaml}): "X is being designated ... for
 * acting for or on behalf of Y" makes X ALIGNED_WITH Y; "for being owned or controlled by Y", Y
 * CONTROLS X. The subjects are the designees that the designation's dependency rule found.
 */
final class LegalFormulas {
    private record Formula(String id, ClaimType type, boolean reverse, TokenSequencePattern pattern) {
    }

    private static final int MAX_GAP = 40;
    private static final Set<EntityType> ANY = EnumSet.allOf(EntityType.class);
    private final List<Formula> formulas = new ArrayList<>();

    LegalFormulas(JsonNode file) {
        Env env = RuleFiles.environment(file.path("macros"));
        for (JsonNode f : file.path("formulas")) {
            String id = f.path("id").asText();
            formulas.add(new Formula(id, ClaimType.valueOf(f.path("type").asText()), f.path("reverse").asBoolean(false),
                    RuleFiles.compile(env, "designations.yaml", id, f.path("pattern").asText())));
        }
    }

    /** The claims of the grounds that follow a designation word at token {@code trigger} of sentence s. */
    List<Candidate> read(DocTokens doc, Mentions mentions, int s, int trigger, List<MentionCandidate> designees) {
        List<Candidate> out = new ArrayList<>();
        int from = trigger + 1;
        int end = doc.sentEnd[s];
        if (from >= end || designees.isEmpty() || !groundsFollow(doc, from, end)) {
            return out;
        }
        for (Formula f : formulas) {
            TokenSequenceMatcher m = f.pattern.getMatcher(doc.tokens.subList(from, end));
            while (m.find()) {
                int[] obj = MatchGroups.range(m, "$obj");
                if (obj == null) {
                    continue;
                }
                List<MentionCandidate> objects = mentions.resolve(from + obj[0], from + obj[1]);
                for (MentionCandidate designee : designees) {
                    for (MentionCandidate o : objects) {
                        if (o.resolved() == designee.resolved()) {
                            continue;
                        }
                        MentionCandidate subj = f.reverse ? o : designee;
                        MentionCandidate object = f.reverse ? designee : o;
                        if (f.type == ClaimType.CONTROLS && object.resolved().type == EntityType.PERSON) {
                            continue;  // a person is not owned: the formula's other grounds apply
                        }
                        int b = Math.min(designee.begin, from + m.start());
                        int e = Math.max(designee.end, from + obj[1]);
                        out.add(new Candidate(f.id, f.type, s, Math.max(b, doc.sentBegin[s]), Math.min(e, end),
                                List.of(subj), List.of(object), ANY, ANY, false, false, false, false, 0.8, Map.of(), null, -1, GraphRules.DefaultObject.NONE));
                    }
                }
            }
        }
        return out;
    }

    /** The grounds open with "for" (or "because of") within a few words of the designation. */
    private static boolean groundsFollow(DocTokens doc, int from, int end) {
        for (int t = from; t < Math.min(end, from + MAX_GAP); t++) {
            String w = DocTokens.key(doc.word(t));
            if (w.equals("for") || w.equals("because")) {
                return true;
            }
        }
        return false;
    }
}
