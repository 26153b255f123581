package org.sightline.resolve.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One YAML rule file of {@code names/} on the classpath, with the few accessors the loaders need. */
final class RuleFile {
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String name;
    private final JsonNode root;

    private RuleFile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    static RuleFile load(String fileName) {
        String path = "/names/" + fileName;
        try (InputStream in = RuleFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file on the classpath: " + path);
            }
            return new RuleFile(fileName, YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    JsonNode node(String field) {
        JsonNode n = root.path(field);
        if (n.isMissingNode()) {
            throw new IllegalStateException(name + ": missing field '" + field + "'");
        }
        return n;
    }

    static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(n.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    List<String> strings(String field) {
        return strings(node(field));
    }

    /** A map of string to string, keys and values as written (order kept). */
    static Map<String, String> stringMap(JsonNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    Map<String, String> stringMap(String field) {
        return stringMap(node(field));
    }

    double number(String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n.path(p);
        }
        if (!n.isNumber()) {
            throw new IllegalStateException(name + ": missing number " + String.join(".", path));
        }
        return n.asDouble();
    }

    String name() {
        return name;
    }
}
