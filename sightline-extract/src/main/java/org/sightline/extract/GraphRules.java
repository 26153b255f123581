package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * The rules of {@code rules/relations.yaml}: a trigger node and two argument slots each, compiled
 * into Semgrex patterns (one per way the slot's argument attaches to the trigger).
 */
final class GraphRules {
    /** How the subject is found when its slot finds nothing. */
    enum DefaultSubject { NONE, ISSUER }

    /**
     * How the object is found when its slot finds nothing: the document's home state ("President
     * Biden") or its home body, the top of its issuer or outlet ("said Secretary Mnuchin").
     */
    enum DefaultObject { NONE, HOME_STATE, HOME_BODY }

    record Rule(String id, ClaimType type, boolean title, Pattern lemmas, List<SemgrexPattern> subject,
                List<SemgrexPattern> object, boolean subjectIsTrigger, Set<EntityType> subjectTypes,
                Set<EntityType> objectTypes, DefaultSubject defaultSubject, DefaultObject defaultObject,
                Set<EntityType> patron, ClaimType placeType,
                boolean accusation, double confidence, boolean program, boolean date, boolean amount) {
    }

    private static final Pattern MACRO = Pattern.compile("\\$([A-Z][A-Z_]*)");
    private static final Pattern LEMMA_REGEX = Pattern.compile("lemma:/((?:[^/\\\\]|\\\\.)*)/");

    private final List<Rule> rules = new ArrayList<>();
    private final Pattern anyTrigger;

    GraphRules(JsonNode file, TitleLexicon titles) {
        Map<String, String> lexicon = new LinkedHashMap<>();
        file.path("lexicon").fields().forEachRemaining(e -> {
            List<String> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(Pattern.quote(w.asText()).replace("\\Q", "").replace("\\E", "")));
            lexicon.put(e.getKey(), String.join("|", words));
        });
        lexicon.put("TITLE_HEAD", String.join("|", new TreeSet<>(titles.heads())));
        Map<String, List<String>> slots = new LinkedHashMap<>();
        file.path("slots").fields().forEachRemaining(e -> {
            List<String> patterns = new ArrayList<>();
            e.getValue().forEach(p -> patterns.add(p.asText()));
            slots.put(e.getKey(), patterns);
        });
        for (JsonNode r : file.path("rules")) {
            String id = r.path("id").asText();
            String typeName = r.path("type").asText();
            if (typeName.isEmpty() || !typeName.equals("TITLE")
                    && java.util.Arrays.stream(ClaimType.values()).noneMatch(t -> t.name().equals(typeName))) {
                throw new IllegalArgumentException("relations.yaml: rule " + id + ": type must be a claim type or TITLE, not '"
                        + typeName + "'");
            }
            boolean title = typeName.equals("TITLE");
            String trigger = expand(r.path("trigger").asText(), lexicon, id);
            if (!trigger.contains("=t")) {
                throw new IllegalArgumentException("relations.yaml: rule " + id + ": the trigger must name its node =t");
            }
            String subjectSlot = r.path("subject").asText();
            String objectSlot = r.path("object").asText();
            // `words`: the lemmas one of which a sentence must hold, for a trigger that names no lemma
            Pattern lemmas = r.hasNonNull("words") ? Pattern.compile("(?i)" + r.path("words").asText()) : lemmaTest(trigger);
            rules.add(new Rule(id, title ? null : ClaimType.valueOf(typeName), title, lemmas,
                    slot(id, subjectSlot, slots, trigger, lexicon), slot(id, objectSlot, slots, trigger, lexicon),
                    subjectSlot.equals("self"), types(r.path("subjectTypes")), types(r.path("objectTypes")),
                    DefaultSubject.valueOf(r.path("defaultSubject").asText("NONE")),
                    DefaultObject.valueOf(r.path("defaultObject").asText("NONE")),
                    r.has("patron") ? types(r.path("patron")) : EnumSet.noneOf(EntityType.class),
                    r.hasNonNull("placeType") ? ClaimType.valueOf(r.path("placeType").asText()) : null,
                    r.path("accusation").asBoolean(false), r.path("confidence").asDouble(0.75),
                    r.path("program").asBoolean(false), r.path("date").asBoolean(false), r.path("amount").asBoolean(false)));
        }
        anyTrigger = rules.stream().anyMatch(rule -> rule.lemmas() == null) ? null
                : Pattern.compile(rules.stream().map(rule -> "(?:" + rule.lemmas().pattern() + ")")
                        .collect(java.util.stream.Collectors.joining("|")));
    }

    List<Rule> rules() {
        return rules;
    }

    /** Every rule's trigger lemmas as one pattern, or null when some rule's trigger names none. */
    Pattern anyTrigger() {
        return anyTrigger;
    }

    private static List<SemgrexPattern> slot(String id, String name, Map<String, List<String>> slots, String trigger,
                                             Map<String, String> lexicon) {
        List<String> patterns = slots.get(name);
        if (patterns == null) {
            throw new IllegalArgumentException("relations.yaml: rule " + id + ": no slot named " + name);
        }
        List<SemgrexPattern> out = new ArrayList<>();
        for (String p : patterns) {
            String full = expand(p, lexicon, id).replace("$T", trigger);
            if (!full.contains("=a") && !name.equals("self")) {
                throw new IllegalArgumentException("relations.yaml: slot " + name + ": pattern names no =a: " + p);
            }
            try {
                out.add(SemgrexPattern.compile(full));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("relations.yaml: rule " + id + ", slot " + name + ": bad Semgrex pattern "
                        + full + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** $NAME → the word class NAME of the lexicon (case-insensitive: "(?i)" once at the front of a regex). */
    private static String expand(String pattern, Map<String, String> lexicon, String id) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("T")) {
                m.appendReplacement(sb, "\\$T");
                continue;
            }
            String words = lexicon.get(name);
            if (words == null) {
                throw new IllegalArgumentException("relations.yaml: rule " + id + ": no word class $" + name);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(words));
        }
        m.appendTail(sb);
        // a lemma regex is matched without regard to case: "Commander" (a proper noun keeps its capital);
        // Semgrex reads a relation name with a colon only as a regex: >nsubj:pass → >/nsubj:pass/
        return sb.toString().replaceAll("lemma:/(?!\\(\\?i\\))", "lemma:/(?i)")
                .replaceAll("([<>])([a-z]+:[a-z_]+)(?=[\\s({])", "$1/$2/");
    }

    /** The trigger's own lemma regex, to skip sentences that hold no trigger word before any Semgrex runs. */
    private static Pattern lemmaTest(String trigger) {
        Matcher m = LEMMA_REGEX.matcher(trigger);
        return m.find() ? Pattern.compile(m.group(1)) : null;
    }

    private static Set<EntityType> types(JsonNode list) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        list.forEach(t -> out.add(EntityType.valueOf(t.asText())));
        return out.isEmpty() ? EnumSet.allOf(EntityType.class) : out;
    }
}
