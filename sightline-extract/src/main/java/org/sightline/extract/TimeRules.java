package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time expressions of {@code rules/time.yaml}, and which claim each belongs to. */
final class TimeRules {
    private record Rule(String id, TokenSequencePattern pattern, String template) {
    }

    record TimeExpr(int begin, int end, String value) {
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern SLOT = Pattern.compile("\\{(\\$?\\w+)}");
    private final List<Rule> rules = new ArrayList<>();
    private final int after;

    TimeRules(JsonNode file) {
        Env env = RuleFiles.environment(file.path("macros"));
        after = file.path("after").asInt(6);
        for (JsonNode r : file.path("rules")) {
            String id = r.path("id").asText();
            rules.add(new Rule(id, RuleFiles.compile(env, "time.yaml", id, r.path("pattern").asText()), r.path("value").asText()));
        }
    }

    /** Time expressions of one sentence, first rule first, without overlaps. */
    List<TimeExpr> find(DocTokens doc, int s) {
        List<TimeExpr> out = new ArrayList<>();
        int base = doc.sentBegin[s];
        for (Rule rule : rules) {
            TokenSequenceMatcher m = rule.pattern.getMatcher(doc.sentence(s));
            while (m.find()) {
                int b = base + m.start();
                int e = base + m.end();
                if (out.stream().noneMatch(t -> t.begin < e && b < t.end)) {
                    out.add(new TimeExpr(b, e, fill(rule.template, m)));
                }
            }
        }
        return out;
    }

    /** The time of a claim at tokens [begin, end) of sentence s, or null. */
    String timeOf(DocTokens doc, int s, int begin, int end, List<TimeExpr> times) {
        for (TimeExpr t : times) {
            boolean inside = t.begin >= begin && t.end <= end;
            boolean rightAfter = t.begin >= end && t.begin - end <= after;
            boolean opensSentence = t.begin - doc.sentBegin[s] <= 4 && t.end <= begin;
            if (inside || rightAfter || opensSentence) {
                return t.value;
            }
        }
        return null;
    }

    private static String fill(String template, TokenSequenceMatcher m) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (slot.find()) {
            String name = slot.group(1);
            String value = switch (name) {
                case "month" -> month(m.group("$month"));
                case "year" -> m.group("$year");
                default -> m.group(name.startsWith("$") ? name : "$" + name);
            };
            if (name.equals("day") || name.equals("$day")) {
                value = String.format("%02d", Integer.parseInt(m.group("$day")));
            }
            if (value != null && !value.contains(" ")) {
                value = name.equals("$rel") ? value.toLowerCase(Locale.ROOT) : value;
            }
            slot.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : value));
        }
        slot.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    private static String month(String word) {
        int i = MONTHS.indexOf(word.toLowerCase(Locale.ROOT).substring(0, 3));
        return String.format("%02d", i + 1);
    }
}
