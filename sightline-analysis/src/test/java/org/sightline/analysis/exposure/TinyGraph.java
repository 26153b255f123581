package org.sightline.analysis.exposure;

import java.util.HashMap;
import java.util.Map;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;

/** Hand-built graphs for tests: entities by name (entity ids 1, 2, … in order of declaration), claims numbered from 100. */
final class TinyGraph {
    private final ClaimGraph.Builder builder = ClaimGraph.builder();
    private final Map<String, Long> ids = new HashMap<>();
    private long nextClaim = 100;
    private ClaimGraph graph;

    TinyGraph entity(String name, EntityType type) {
        long id = ids.size() + 1;
        ids.put(name, id);
        builder.node(id, type);
        return this;
    }

    /** Adds a claim and returns its id. */
    long claim(String subject, ClaimType type, String object, Stance stance, double amountUsd, int time, String doc) {
        long id = nextClaim++;
        builder.edge(id, id(subject), id(object), type, stance, doc, amountUsd, time);
        return id;
    }

    long claim(String subject, ClaimType type, String object) {
        return claim(subject, type, object, Stance.ASSERTED, Double.NaN, 0, "doc-" + nextClaim);
    }

    long claim(String subject, ClaimType type, String object, Stance stance) {
        return claim(subject, type, object, stance, Double.NaN, 0, "doc-" + nextClaim);
    }

    long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no entity " + name);
        }
        return id;
    }

    ClaimGraph graph() {
        if (graph == null) {
            graph = builder.build();
        }
        return graph;
    }

    int node(String name) {
        return graph().node(id(name));
    }

    String name(int node) {
        long id = graph().entityId(node);
        return ids.entrySet().stream().filter(e -> e.getValue() == id).findFirst().orElseThrow().getKey();
    }
}
