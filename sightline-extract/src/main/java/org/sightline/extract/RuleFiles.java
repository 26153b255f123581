package org.sightline.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the rule files under {@code rules/}: from a directory when one is given (so an analyst
 * can edit rules without rebuilding), else from the classpath.
 */
public final class RuleFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final Path directory;

    public RuleFiles(Path directory) {
        this.directory = directory;
    }

    public static RuleFiles classpath() {
        return new RuleFiles(null);
    }

    public JsonNode read(String name) {
        try (InputStream in = open(name)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + name + ": " + e.getMessage(), e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (directory != null && Files.exists(directory.resolve(name))) {
            return Files.newInputStream(directory.resolve(name));
        }
        InputStream in = RuleFiles.class.getResourceAsStream("/rules/" + name);
        if (in == null) {
            throw new IOException("no such rule file");
        }
        return in;
    }

    /** A TokensRegex environment with {@code mtype} bound and the file's macros defined, in order. */
    static Env environment(JsonNode macros) {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("mtype", MentionTypeAnnotation.class);
        if (macros != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = macros.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                env.bind("$" + m.getKey(), m.getValue().asText());
            }
        }
        return env;
    }

    static TokenSequencePattern compile(Env env, String file, String id, String pattern) {
        try {
            return TokenSequencePattern.compile(env, pattern);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": rule " + id + ": bad pattern: " + e.getMessage(), e);
        }
    }
}
