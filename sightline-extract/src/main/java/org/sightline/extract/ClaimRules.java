package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/** The rules of {@code rules/claims.yaml}, and their matches in a document. */
final class ClaimRules {
    record Rule(String id, ClaimType type, TokenSequencePattern pattern, boolean accusation,
                Set<EntityType> subjectTypes, Set<EntityType> objectTypes, boolean outletAsDefaultSubject,
                boolean findAll, boolean withinName, boolean swap, double confidence, Trigger trigger, boolean title) {
    }

    /** One rule matched in one sentence: the entities it names and where. */
    record Match(Rule rule, int sentence, int begin, int end, List<MentionCandidate> subjects,
                 List<MentionCandidate> objects, String role, String amount, String program) {
    }

    private final List<Rule> rules = new ArrayList<>();

    ClaimRules(JsonNode file) {
        Env env = RuleFiles.environment(file.path("macros"));
        for (JsonNode r : file.path("rules")) {
            String id = r.path("id").asText();
            boolean title = r.path("type").asText().equals("TITLE");
            rules.add(new Rule(id, title ? null : ClaimType.valueOf(r.path("type").asText()),
                    RuleFiles.compile(env, "claims.yaml", id, r.path("pattern").asText()),
                    r.path("accusation").asBoolean(false), types(r.path("subjectTypes")), types(r.path("objectTypes")),
                    "OUTLET".equals(r.path("defaultSubject").asText()), r.path("findAll").asBoolean(false), r.path("withinName").asBoolean(false),
                    r.path("swap").asBoolean(false), r.path("confidence").asDouble(0.7), Trigger.of(r), title));
        }
    }

    List<Rule> rules() {
        return rules;
    }

    private static Set<EntityType> types(JsonNode list) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        list.forEach(t -> out.add(EntityType.valueOf(t.asText())));
        return out.isEmpty() ? EnumSet.allOf(EntityType.class) : out;
    }

    List<Match> apply(DocTokens doc, Mentions mentions) {
        List<Match> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (int s = 0; s < doc.sentences(); s++) {
                if (!rule.trigger().fires(doc, s)) {
                    continue;
                }
                int base = doc.sentBegin[s];
                TokenSequenceMatcher m = rule.pattern.getMatcher(doc.sentence(s));
                if (rule.findAll) {
                    m.setFindType(SequenceMatcher.FindType.FIND_ALL);
                }
                while (m.find()) {
                    if (!rule.withinName() && startsInsideName(mentions, base + m.start())) {
                        continue;
                    }
                    List<MentionCandidate> subjects = rule.withinName() ? outermost(m, "$subj", base, mentions)
                            : group(m, "$subj", base, mentions, doc);
                    subjects.addAll(group(m, "$subj2", base, mentions, doc));
                    List<MentionCandidate> objects = group(m, "$obj", base, mentions, doc);
                    if (rule.swap) {
                        List<MentionCandidate> t = subjects;
                        subjects = objects;
                        objects = t;
                    }
                    // the parts of one name make no claim about it ("Iran" in "Iran-backed militias")
                    List<MentionCandidate> subj = subjects;
                    objects.removeIf(o -> !rule.withinName() && subj.stream().anyMatch(s2 -> s2.strictlyContains(o) || o.strictlyContains(s2)));
                    out.add(new Match(rule, s, base + m.start(), base + m.end(), subjects, objects,
                            text(doc, m, "$role", base), text(doc, m, "$amount", base), text(doc, m, "$program", base)));
                }
            }
        }
        return out;
    }

    /**
     * The entities a group names. A group of bare demonyms that ends the match right before a
     * common noun the match leaves out names no entity: "sanctioned Iraqi officials" is not about
     * Iraq (but "receive American funding", where the rule reads the noun, is about the US).
     */
    private static List<MentionCandidate> group(TokenSequenceMatcher m, String name, int base, Mentions mentions,
                                                DocTokens doc) {
        int[] r = MatchGroups.range(m, name);
        if (r == null) {
            return new ArrayList<>();
        }
        List<MentionCandidate> found = new ArrayList<>(mentions.resolve(base + r[0], base + r[1]));
        if (!found.isEmpty() && r[1] == m.end() && found.stream().allMatch(x -> x.origin.equals("demonym"))
                && commonNounAt(doc, mentions, base + r[1])) {
            return new ArrayList<>();
        }
        return found;
    }

    /** "Iranian-backed Iraqi groups": the whole name the group's first token is in, not the "Iraqi" inside it. */
    private static List<MentionCandidate> outermost(TokenSequenceMatcher m, String name, int base, Mentions mentions) {
        int[] r = MatchGroups.range(m, name);
        List<MentionCandidate> out = new ArrayList<>();
        if (r != null && mentions.outermostAt(base + r[0]) != null) {
            out.add(mentions.outermostAt(base + r[0]));
        }
        return out;
    }

    private static boolean commonNounAt(DocTokens doc, Mentions mentions, int t) {
        if (t >= doc.tokens.size() || mentions.covered(t)) {
            return false;
        }
        String tag = doc.tokens.get(t).tag();
        String word = doc.word(t);
        return tag != null && (tag.equals("NN") || tag.equals("NNS")) && Character.isLowerCase(word.charAt(0));
    }

    /**
     * A match that starts inside a name ("Hizballah, an Iran-backed" in "Kata'ib Hizballah, an
     * Iran-backed militia") reads a part of the name as if it were the whole; the match that starts
     * at the name is the reading.
     */
    private static boolean startsInsideName(Mentions mentions, int token) {
        MentionCandidate at = mentions.outermostAt(token);
        return at != null && at.begin < token;
    }

    private static String text(DocTokens doc, TokenSequenceMatcher m, String name, int base) {
        int[] r = MatchGroups.range(m, name);
        return r == null ? null : doc.surface(base + r[0], base + r[1]);
    }
}
