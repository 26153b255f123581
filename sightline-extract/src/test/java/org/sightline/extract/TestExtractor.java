package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;

/**
 * The extractor the tests share. CoreNLP takes seconds and over a gigabyte to load, so one
 * pipeline serves every test class of the JVM; extractors with other rule files reuse it.
 */
final class TestExtractor {
    /** The rule files whose single rules can be tried alone (see {@link #isolated}). */
    static final List<String> RULE_FILES = List.of("claims", "relations", "designations", "mentions", "attribution", "time",
            "stance");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)source\\s*(?:»|>>|:)\\s*(\\S.{0,199})");
    private static final Map<String, Extractor> ISOLATED = new ConcurrentHashMap<>();
    private static Extractor shared;
    private static Gazetteer gazetteer;

    private TestExtractor() {
    }

    /** The default extractor (rules from the classpath), loaded once per JVM. */
    static synchronized Extractor get() {
        if (shared == null) {
            shared = Extractor.load();
        }
        return shared;
    }

    /** The gazetteer of entities.yaml, to compare names the way the extractor resolves them. */
    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = new Gazetteer(ruleFile("entities"), get().nlp());
        }
        return gazetteer;
    }

    /**
     * An extractor whose rule file {@code file} ("claims", "attribution", ...) holds only the rule
     * {@code id} (for stance.yaml: only the cues of one stance, or none for "negation"); the other
     * rule files are the real ones. It shows whether that rule on its own reads a sentence.
     */
    static Extractor isolated(String file, String id) {
        return ISOLATED.computeIfAbsent(file + ":" + id, k -> {
            Path dir = Path.of("target", "isolated-rules", file + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_"));
            try {
                Files.createDirectories(dir);
                YAML.writeValue(dir.resolve(file + ".yaml").toFile(), onlyRule(file, id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Extractor(get().nlp(), new RuleFiles(dir));
        });
    }

    /** The rule file {@code file} as on the classpath. */
    static JsonNode ruleFile(String file) {
        return RuleFiles.classpath().read(file + ".yaml");
    }

    /** The rule ids of a rule file that examples must cover. */
    static List<String> ruleIds(String file) {
        JsonNode node = ruleFile(file);
        List<String> ids = new ArrayList<>();
        switch (file) {
            case "stance" -> {
                node.path("cues").properties().forEach(c -> ids.add(c.getKey()));
                ids.add("negation");
            }
            case "mentions" -> node.path("rules").forEach(r -> {
                if (r.path("ordinalUnits").asBoolean(false)) {
                    ids.add(r.path("id").asText());
                }
            });
            case "designations" -> node.path("formulas").forEach(r -> ids.add(r.path("id").asText()));
            default -> node.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        }
        return ids;
    }

    private static JsonNode onlyRule(String file, String id) {
        ObjectNode node = ruleFile(file).deepCopy();
        if (file.equals("stance")) {
            ObjectNode cues = (ObjectNode) node.path("cues");
            cues.retain(id);
            return node;
        }
        String list = file.equals("designations") ? "formulas" : "rules";
        ArrayNode kept = node.arrayNode();
        node.path(list).forEach(r -> {
            if (r.path("id").asText().equals(id)) {
                kept.add(r);
            }
        });
        if (kept.isEmpty()) {
            throw new IllegalArgumentException(file + ".yaml has no rule " + id);
        }
        node.set(list, kept);
        return node;
    }

    /**
     * A document as the ingest module hands it over: plain text, and the outlet as metadata source
     * (given, or read off a last line "Source » outlet" / "Source: outlet", which stays in the text).
     */
    static Document document(String text, String source) {
        String t = text.strip();
        if (source == null) {
            Matcher m = SOURCE_LINE.matcher(t.substring(t.lastIndexOf('\n') + 1).strip());
            source = m.matches() ? m.group(1).strip() : null;
        }
        return Document.of(t, new DocumentMetadata(null, source, null, null, null, "text/plain"));
    }
}
