package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Names;

/** The rules of {@code rules/mentions.yaml}: mentions that NER and the gazetteer miss. */
final class MentionRules {
    private record Rule(String id, TokenSequencePattern pattern, EntityType type, boolean ordinalUnits, Trigger trigger,
                        String mentionGroup, String entity) {
    }

    /**
     * A claim read off the structure of a name: PART_OF for "8th Division of the Iraqi Army", LEADS
     * for "its head" (an unnamed leader of the organisation; the knowledge base may name him).
     */
    record StructuralClaim(String ruleId, ClaimType type, int begin, int end, MentionCandidate unit,
                           MentionCandidate parent, String role) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> ordinals = new HashMap<>();

    private final Gazetteer gazetteer;

    MentionRules(JsonNode file, Lexicon lexicon, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Env env = RuleFiles.environment(file.path("macros"));
        env.bind("$NAT", lexicon.nationalityPattern());
        file.path("ordinals").fields().forEachRemaining(e -> ordinals.put(e.getKey(), e.getValue().asText()));
        for (JsonNode r : file.path("rules")) {
            String id = r.path("id").asText();
            rules.add(new Rule(id, RuleFiles.compile(env, "mentions.yaml", id, r.path("pattern").asText()),
                    EntityType.valueOf(r.path("type").asText()), r.path("ordinalUnits").asBoolean(false), Trigger.of(r),
                    r.hasNonNull("mention") ? r.path("mention").asText() : null,
                    r.hasNonNull("entity") ? r.path("entity").asText() : null));
        }
    }

    List<StructuralClaim> apply(DocTokens doc, Mentions mentions) {
        List<StructuralClaim> claims = new ArrayList<>();
        for (Rule rule : rules) {
            for (int s = 0; s < doc.sentences(); s++) {
                if (!rule.trigger.fires(doc, s)) {
                    continue;
                }
                int base = doc.sentBegin[s];
                TokenSequenceMatcher m = rule.pattern.getMatcher(doc.sentence(s));
                while (m.find()) {
                    int[] g = rule.mentionGroup == null ? null : MatchGroups.range(m, rule.mentionGroup);
                    int b = base + (g == null ? m.start() : g[0]);
                    int e = base + (g == null ? m.end() : g[1]);
                    Gazetteer.Entry known = rule.entity == null ? null : gazetteer.lookup(rule.entity);
                    if (known != null) {
                        int fb = b;
                        int fe = e;
                        boolean inLonger = mentions.all().stream().anyMatch(x -> x.begin <= fb && fe <= x.end
                                && (x.begin < fb || x.end > fe));
                        if (!inLonger) {
                            // "Defense" that NER took for an organisation of its own is the department
                            mentions.all().removeIf(x -> x.begin >= fb && x.end <= fe);
                            mentions.add(new MentionCandidate(b, e, known.type(), known.name(), known.groupKey(), known.kbId(),
                                    rule.id, null));
                        }
                        continue;
                    }
                    if (rule.ordinalUnits) {
                        claims.addAll(ordinalUnits(rule, doc, mentions, m, base, b, e));
                    } else if (!alreadyOutermost(mentions, b, e)) {
                        String name = doc.surface(b, e).replaceFirst("^(?i)the\\s+", "");
                        mentions.add(new MentionCandidate(b, e, rule.type, name,
                                "rule:" + rule.type + ":" + Names.key(name), null, rule.id, null));
                    }
                }
            }
            mentions.mark();
        }
        return claims;
    }

    private static boolean alreadyOutermost(Mentions mentions, int b, int e) {
        return mentions.all().stream().anyMatch(x -> x.begin <= b && e <= x.end);
    }

    private List<StructuralClaim> ordinalUnits(Rule rule, DocTokens doc, Mentions mentions,
                                               TokenSequenceMatcher m, int base, int b, int e) {
        List<MentionCandidate> parents = mentions.resolve(base + m.start("$parent"), base + m.end("$parent"));
        if (parents.isEmpty()) {
            return List.of();
        }
        MentionCandidate parent = parents.get(0).resolved();
        String unit = singular(m.group("$unit"));
        List<StructuralClaim> out = new ArrayList<>();
        for (int t = base + m.start("$ords"); t < base + m.end("$ords"); t++) {
            String ord = ordinal(doc.word(t));
            if (ord == null) {
                continue;
            }
            String name = ord + " " + unit + " of the " + parent.name;
            MentionCandidate u = new MentionCandidate(b, e, rule.type, name,
                    "unit:" + Names.key(name), null, rule.id, null);
            u.aliases.add(parent.name + " " + ord + " " + unit);
            mentions.add(u);
            out.add(new StructuralClaim(rule.id, ClaimType.PART_OF, b, e, u, parent, null));
        }
        return out;
    }

    private String ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("[0-9]+(st|nd|rd|th)")) {
            return w;
        }
        return ordinals.get(w);
    }

    private static String singular(String unitWord) {
        String w = unitWord.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && !w.equals("corps")) {
            w = w.substring(0, w.length() - 1);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
