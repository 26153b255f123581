package org.sightline.resolve.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * Reads one knowledge-base YAML file into entries, checking everything that can be checked
 * within the entry itself (fields, types, dates, confidence, citations). Cross-entry checks
 * (references, uniqueness, shared aliases) are {@link KnowledgeBase}'s. Problems are collected,
 * never thrown, so that one run reports all of them.
 */
final class KbReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    static final int MAX_QUOTE_WORDS = 25;

    private static final Set<String> TOP_FIELDS = Set.of("entities", "facts");
    private static final Set<String> ENTITY_FIELDS = Set.of("id", "name", "type", "aliases", "ambiguous", "country",
            "description", "external_ids", "not_same_as", "uncertain", "citations");
    private static final Set<String> FACT_FIELDS = Set.of("subject", "type", "object", "attributes", "from", "until",
            "confidence", "uncertain", "citations");
    private static final Set<String> CITATION_FIELDS = Set.of("source", "date", "url", "quote");

    /** An entity as read, with where it was read and the aliases it declares ambiguous. */
    record EntityEntry(KbEntity entity, List<String> ambiguous, String where) {
    }

    /** A fact as read, with where it was read. */
    record FactEntry(KbFact fact, String where) {
    }

    private final String file;
    private final List<String> problems;
    final List<EntityEntry> entities = new ArrayList<>();
    final List<FactEntry> facts = new ArrayList<>();

    private KbReader(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    static KbReader read(String file, String yaml, List<String> problems) {
        KbReader reader = new KbReader(file, problems);
        JsonNode root;
        try {
            root = KbYaml.parse(yaml);
        } catch (KbYaml.SyntaxError e) {
            problems.add(file + (e.line > 0 ? ":" + e.line : "") + ": not valid YAML: " + e.getMessage());
            return reader;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return reader;
        }
        if (!root.isObject()) {
            problems.add(file + ": the top level must be a mapping with `entities:` and/or `facts:`");
            return reader;
        }
        reader.unknownFields(root, TOP_FIELDS, file);
        reader.readList(root, "entities", reader::readEntity);
        reader.readList(root, "facts", reader::readFact);
        return reader;
    }

    private interface EntryReader {
        void read(JsonNode node, String where);
    }

    private void readList(JsonNode root, String field, EntryReader entryReader) {
        JsonNode list = root.get(field);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            problems.add(file + ": `" + field + ":` must be a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String where = file + ": " + field + "[" + i + "]";
            if (!node.isObject()) {
                problems.add(where + ": must be a mapping");
                continue;
            }
            entryReader.read(node, where);
        }
    }

    private void readEntity(JsonNode node, String position) {
        String id = text(node, "id");
        String where = position + " (" + (id == null ? "no id" : id) + ")";
        unknownFields(node, ENTITY_FIELDS, where);
        if (id == null) {
            problems.add(where + ": `id` is missing");
        } else if (!ID.matcher(id).matches()) {
            problems.add(where + ": id `" + id + "` is not a kebab-case slug (a-z, 0-9, single hyphens)");
        }
        String name = text(node, "name");
        if (name == null || name.isBlank()) {
            problems.add(where + ": `name` is missing");
        }
        EntityType type = enumValue(node, "type", EntityType.class, where, true);
        List<String> aliases = strings(node, "aliases", where);
        List<String> ambiguous = strings(node, "ambiguous", where);
        for (String a : ambiguous) {
            if (!a.equals(name) && !aliases.contains(a)) {
                problems.add(where + ": ambiguous `" + a + "` is neither the name nor an alias of the entity");
            }
        }
        Map<String, List<String>> externalIds = new LinkedHashMap<>();
        JsonNode ext = node.get("external_ids");
        if (ext != null && !ext.isNull()) {
            if (!ext.isObject()) {
                problems.add(where + ": `external_ids` must be a mapping from scheme to id(s)");
            } else {
                ext.fields().forEachRemaining(e -> {
                    List<String> values = scalarOrList(e.getValue(), where + ": external_ids." + e.getKey());
                    if (values.isEmpty()) {
                        problems.add(where + ": external_ids." + e.getKey() + " has no value");
                    }
                    externalIds.put(e.getKey(), values);
                });
            }
        }
        List<Citation> citations = citations(node, where, false);
        if (id == null || name == null || type == null) {
            return;
        }
        entities.add(new EntityEntry(new KbEntity(id, name.strip(), type, aliases, text(node, "country"),
                text(node, "description"), externalIds, strings(node, "not_same_as", where),
                bool(node, "uncertain", where), citations), ambiguous, where));
    }

    private void readFact(JsonNode node, String position) {
        String subject = text(node, "subject");
        String object = text(node, "object");
        String where = position + " (" + subject + " " + text(node, "type") + " " + object + ")";
        unknownFields(node, FACT_FIELDS, where);
        if (subject == null) {
            problems.add(where + ": `subject` is missing");
        }
        if (object == null) {
            problems.add(where + ": `object` is missing");
        }
        ClaimType type = enumValue(node, "type", ClaimType.class, where, true);
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode attrs = node.get("attributes");
        if (attrs != null && !attrs.isNull()) {
            if (!attrs.isObject()) {
                problems.add(where + ": `attributes` must be a mapping");
            } else {
                attrs.fields().forEachRemaining(e -> {
                    if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                        problems.add(where + ": attribute `" + e.getKey() + "` must be a single value");
                    } else {
                        attributes.put(e.getKey(), e.getValue().asText());
                    }
                });
            }
        }
        if (attributes.containsKey("date")) {
            date(attributes.get("date"), where, "attributes.date");
        }
        String from = date(text(node, "from"), where, "from");
        String until = date(text(node, "until"), where, "until");
        if (from != null && until != null && IsoDates.start(from).isAfter(IsoDates.end(until))) {
            problems.add(where + ": `from` " + from + " is after `until` " + until);
        }
        double confidence = Double.NaN;
        JsonNode conf = node.get("confidence");
        if (conf == null || conf.isNull()) {
            problems.add(where + ": `confidence` is missing");
        } else if (!conf.isNumber()) {
            problems.add(where + ": `confidence` must be a number between 0 and 1, not `" + conf.asText() + "`");
        } else {
            confidence = conf.asDouble();
            if (!(confidence >= 0 && confidence <= 1)) {
                problems.add(where + ": `confidence` " + conf.asText() + " is outside [0, 1]");
            }
        }
        List<Citation> citations = citations(node, where, true);
        if (subject == null || object == null || type == null || Double.isNaN(confidence)) {
            return;
        }
        facts.add(new FactEntry(new KbFact(subject, type, object, attributes, from, until, confidence,
                bool(node, "uncertain", where), citations), where));
    }

    private List<Citation> citations(JsonNode node, String where, boolean required) {
        List<Citation> out = new ArrayList<>();
        JsonNode list = node.get("citations");
        if (list == null || list.isNull() || (list.isArray() && list.isEmpty())) {
            if (required) {
                problems.add(where + ": has no citation (at least one with `source` and `date` is required)");
            }
            return out;
        }
        if (!list.isArray()) {
            problems.add(where + ": `citations` must be a list");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String cw = where + ": citations[" + i + "]";
            if (!c.isObject()) {
                problems.add(cw + " must be a mapping with `source` and `date`");
                continue;
            }
            unknownFields(c, CITATION_FIELDS, cw);
            String source = text(c, "source");
            if (source == null || source.isBlank()) {
                problems.add(cw + ": `source` is missing");
            }
            String date = text(c, "date");
            if (date == null) {
                problems.add(cw + ": `date` is missing");
            } else {
                date = date(date, cw, "date");
            }
            String url = text(c, "url");
            if (url != null && !URL.matcher(url).matches()) {
                problems.add(cw + ": url `" + url + "` is not an http(s) address");
            }
            String quote = text(c, "quote");
            if (quote != null && quote.strip().split("\\s+").length > MAX_QUOTE_WORDS) {
                problems.add(cw + ": quote has more than " + MAX_QUOTE_WORDS + " words");
            }
            out.add(new Citation(source, date, url, quote));
        }
        return out;
    }

    /** The date if it is ISO (year, month or day precision); null with a problem otherwise. */
    private String date(String value, String where, String field) {
        if (value == null) {
            return null;
        }
        if (!IsoDates.isValid(value)) {
            problems.add(where + ": " + field + " `" + value + "` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, String where, boolean required) {
        String value = text(node, field);
        if (value == null) {
            if (required) {
                problems.add(where + ": `" + field + "` is missing");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + field + " `" + value + "` is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private void unknownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                problems.add(where + ": unknown field `" + f + "` (known: " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private boolean bool(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            problems.add(where + ": `" + field + "` must be true or false, not `" + v.asText() + "`");
            return false;
        }
        return v.asBoolean();
    }

    private List<String> strings(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? List.of() : scalarOrList(v, where + ": " + field);
    }

    private List<String> scalarOrList(JsonNode v, String where) {
        List<String> out = new ArrayList<>();
        if (v.isValueNode()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                if (e.isValueNode() && !e.isNull() && !e.asText().isBlank()) {
                    out.add(e.asText().strip());
                } else {
                    problems.add(where + " must hold only non-empty text values");
                }
            }
        } else {
            problems.add(where + " must be a value or a list of values");
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
