package org.sightline.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FollowTheMoney's {@code defaultModel.json} ({@code ../shared/oracles/ftm}) as a checker of FtM
 * entities: the schema exists and is not abstract, every property belongs to it or an ancestor,
 * and values have their property's type: dates are ISO 8601 prefixes, entity references point at
 * an entity of the same file whose schema is the range or descends from it, countries are codes of
 * the model's list, URLs are http(s), numbers parse.
 */
public final class FtmModel {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?");
    private static final Pattern ENTITY_ID = Pattern.compile("[0-9a-zA-Z]([0-9a-zA-Z.\\-]*[0-9a-zA-Z])?");
    private final JsonNode schemata;
    private final Set<String> countries = new HashSet<>();

    public FtmModel(Path model) throws IOException {
        JsonNode m = new ObjectMapper().readTree(model.toFile());
        schemata = m.path("schemata");
        m.path("types").path("country").path("values").fieldNames().forEachRemaining(countries::add);
    }

    Set<String> ancestors(String schema) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(schema));
        while (!todo.isEmpty()) {
            String s = todo.remove(0);
            if (out.add(s)) {
                schemata.path(s).path("extends").forEach(e -> todo.add(e.asText()));
            }
        }
        return out;
    }

    private JsonNode property(String schema, String name) {
        for (String s : ancestors(schema)) {
            JsonNode p = schemata.path(s).path("properties").path(name);
            if (!p.isMissingNode()) {
                return p;
            }
        }
        return null;
    }

    /** Every problem of every entity in the lines, as "id: message". */
    public List<String> problems(List<JsonNode> entities) {
        Map<String, String> schemaOf = new HashMap<>();
        for (JsonNode e : entities) {
            schemaOf.put(e.path("id").asText(), e.path("schema").asText());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : entities) {
            String id = e.path("id").asText();
            String schema = e.path("schema").asText();
            if (!ENTITY_ID.matcher(id).matches()) {
                out.add(id + ": not an FtM entity id");
            }
            if (!schemata.has(schema)) {
                out.add(id + ": no schema " + schema);
                continue;
            }
            if (schemata.path(schema).path("abstract").asBoolean(false)) {
                out.add(id + ": schema " + schema + " is abstract");
            }
            e.path("properties").fields().forEachRemaining(p -> {
                JsonNode def = property(schema, p.getKey());
                if (def == null) {
                    out.add(id + ": " + schema + " has no property " + p.getKey());
                    return;
                }
                if (!p.getValue().isArray() || p.getValue().isEmpty()) {
                    out.add(id + ": " + p.getKey() + " is not a non-empty list of values");
                    return;
                }
                String type = def.path("type").asText();
                for (JsonNode v : p.getValue()) {
                    String s = v.asText();
                    String problem = switch (type) {
                        case "date" -> DATE.matcher(s).matches() ? null : "not a date: " + s;
                        case "country" -> countries.contains(s) ? null : "not a country code: " + s;
                        case "url" -> s.startsWith("http://") || s.startsWith("https://") ? null : "not a URL: " + s;
                        case "number" -> isNumber(s) ? null : "not a number: " + s;
                        case "entity" -> entityProblem(s, def.path("range").asText(), schemaOf);
                        default -> v.isTextual() ? null : "not a string";
                    };
                    if (problem != null) {
                        out.add(id + ": " + p.getKey() + ": " + problem);
                    }
                }
            });
        }
        return out;
    }

    private String entityProblem(String ref, String range, Map<String, String> schemaOf) {
        String target = schemaOf.get(ref);
        if (target == null) {
            return "refers to " + ref + ", which the file does not hold";
        }
        return range.isEmpty() || ancestors(target).contains(range) ? null
                : "refers to a " + target + ", which is not a " + range;
    }

    private static boolean isNumber(String s) {
        try {
            new java.math.BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
