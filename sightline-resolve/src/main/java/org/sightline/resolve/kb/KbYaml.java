package org.sightline.resolve.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses knowledge-base YAML into a Jackson tree. SnakeYAML (Jackson's own YAML parser) is used
 * directly because Jackson's tree model does not expand anchors and aliases ({@code &leadig},
 * {@code *leadig}), which the knowledge base uses to repeat a citation. Dates stay text (no
 * timestamp resolution), only {@code true}/{@code false} are booleans, and duplicate keys are errors.
 */
final class KbYaml {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

    private KbYaml() {
    }

    /** A YAML syntax problem with its line (1-based, 0 when unknown). */
    static final class SyntaxError extends Exception {
        final int line;

        SyntaxError(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static JsonNode parse(String text) throws SyntaxError {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10_000);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new PlainResolver());
        try {
            Object tree = yaml.load(text);
            return tree == null ? MissingNode.getInstance() : JSON.valueToTree(tree);
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String context = e.getContext() == null ? "" : " " + e.getContext();
            throw new SyntaxError(problem + context, line);
        } catch (YAMLException e) {
            throw new SyntaxError(e.getMessage(), 0);
        }
    }

    /** YAML 1.1 implicit types without timestamps and without yes/no/on/off booleans. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
