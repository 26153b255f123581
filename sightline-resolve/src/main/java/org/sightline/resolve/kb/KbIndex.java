package org.sightline.resolve.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code kb/index.yaml}: {@code files:}, the knowledge-base files in load order. */
final class KbIndex {
    private KbIndex() {
    }

    static List<String> files(String name, String yaml, List<String> problems) {
        List<String> files = new ArrayList<>();
        try {
            JsonNode list = KbYaml.parse(yaml).path("files");
            if (!list.isArray() || list.isEmpty()) {
                problems.add(name + ": needs `files:`, a list of the knowledge-base file names");
            }
            list.forEach(f -> files.add(f.asText()));
        } catch (KbYaml.SyntaxError e) {
            problems.add(name + ": not valid YAML: " + e.getMessage());
        }
        return files;
    }
}
