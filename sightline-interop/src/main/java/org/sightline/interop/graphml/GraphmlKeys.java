package org.sightline.interop.graphml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sightline.interop.MappingFile;

/** {@code interop/graphml.yaml}: the attributes declared as {@code <key>}s, per element, with their GraphML types. */
public record GraphmlKeys(Map<String, String> node, Map<String, String> edge, Map<String, String> graph) {
    private static final class Holder {
        static final GraphmlKeys BUNDLED = read(MappingFile.read("graphml.yaml"));
    }

    public static GraphmlKeys bundled() {
        return Holder.BUNDLED;
    }

    static GraphmlKeys read(JsonNode yaml) {
        return new GraphmlKeys(map(yaml.path("node")), map(yaml.path("edge")), map(yaml.path("graph")));
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }
}
