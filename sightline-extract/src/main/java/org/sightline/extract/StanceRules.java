package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.Stance;

/** Stance cues of {@code rules/stance.yaml}. */
final class StanceRules {
    private record Cue(Stance stance, TokenSequencePattern pattern) {
    }

    private static final List<Stance> STRENGTH = List.of(Stance.DENIED, Stance.HYPOTHETICAL, Stance.ALLEGED, Stance.REPORTED);
    private final List<Cue> cues = new ArrayList<>();
    private final TokenSequencePattern negation;

    StanceRules(JsonNode file) {
        Env env = RuleFiles.environment(null);
        file.path("cues").fields().forEachRemaining(e -> e.getValue().forEach(p -> cues.add(
                new Cue(Stance.valueOf(e.getKey()), RuleFiles.compile(env, "stance.yaml", e.getKey(), p.asText())))));
        negation = RuleFiles.compile(env, "stance.yaml", "negation", file.path("negation").asText());
    }

    /**
     * The stance of a claim whose evidence is tokens [begin, end) of sentence {@code s}.
     *
     * @param actStance  stance the speech verb conveys, or null
     * @param accusation the rule reads a claim of wrongdoing
     * @param voiced     the claim is put in a named speaker's mouth (not the outlet's own voice)
     */
    Stance stance(DocTokens doc, int s, int begin, int end, Stance actStance, boolean accusation, boolean voiced) {
        if (negation.getMatcher(doc.tokens.subList(begin, end)).find()) {
            return Stance.DENIED;
        }
        if (actStance != null) {
            return actStance;
        }
        Stance cue = strongestCue(doc, s, begin, end);
        if (cue != null && cue != Stance.REPORTED) {
            return cue;
        }
        if (accusation && voiced) {
            return Stance.ALLEGED;
        }
        return cue != null ? cue : Stance.ASSERTED;
    }

    private Stance strongestCue(DocTokens doc, int s, int begin, int end) {
        // a relative clause inside the evidence ("X, which were responsible for ...") is
        // asserted whatever frames the sentence before it
        int from = relativeClause(doc, begin, end) ? begin : doc.sentBegin[s];
        Stance best = null;
        for (Cue cue : cues) {
            TokenSequenceMatcher m = cue.pattern.getMatcher(doc.tokens.subList(from, end));
            if (m.find() && (best == null || STRENGTH.indexOf(cue.stance) < STRENGTH.indexOf(best))) {
                best = cue.stance;
            }
        }
        return best;
    }

    private static boolean relativeClause(DocTokens doc, int begin, int end) {
        for (int t = begin + 1; t + 1 < end; t++) {
            String next = doc.word(t + 1).toLowerCase(Locale.ROOT);
            if (doc.word(t).equals(",") && (next.equals("which") || next.equals("who"))) {
                return true;
            }
        }
        return false;
    }
}
