package org.sightline.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.core.Claim;
import org.sightline.core.Entity;
import org.sightline.core.Extraction;
import org.sightline.core.Names;

/** Claims as a rule author reads them, and entity names compared as people write them. */
final class ClaimView {
    private ClaimView() {
    }

    /** Does the entity go by this name: its preferred name or an alias, compared by {@link Names#key}. */
    static boolean named(Entity e, String name) {
        String key = Names.key(name);
        return Names.key(e.name()).equals(key) || e.aliases().stream().anyMatch(a -> Names.key(a).equals(key));
    }

    static boolean named(Extraction x, String entityId, String name) {
        return named(x.entity(entityId), name);
    }

    /**
     * Is the entity known by this name: {@link #named}, or the gazetteer (entities.yaml) lists the
     * name for the entity ("PMF" is the Popular Mobilization Forces even where the text spells it out).
     */
    static boolean known(Extraction x, String entityId, String name) {
        Entity e = x.entity(entityId);
        if (named(e, name)) {
            return true;
        }
        Gazetteer.Entry entry = TestExtractor.gazetteer().lookup(name);
        return entry != null && (entry.kbId() != null ? entry.kbId().equals(e.kbId()) : entry.name().equals(e.name()));
    }

    /** The names of the attribution chain, innermost first. */
    static List<String> chain(Extraction x, Claim c) {
        return c.attributedTo().stream().map(id -> x.entity(id).name()).toList();
    }

    /** One line: {@code TYPE subject → object [STANCE] said by [a, b] time=… {attrs} «quote»}. */
    static String describe(Extraction x, Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.type()).append(' ').append(x.entity(c.subject()).name()).append(" → ")
                .append(x.entity(c.object()).name()).append(" [").append(c.stance()).append("] said by ")
                .append(chain(x, c));
        if (c.time() != null) {
            sb.append(" time=").append(c.time());
        }
        if (!c.attributes().isEmpty()) {
            sb.append(' ').append(new java.util.TreeMap<>(c.attributes()));
        }
        sb.append(" «").append(c.evidence().quote()).append('»');
        return sb.toString();
    }

    /** Every claim of an extraction, one per line, or "(no claims)". */
    static String describeAll(Extraction x) {
        if (x.claims().isEmpty()) {
            return "    (no claims)";
        }
        return x.claims().stream().map(c -> "    " + describe(x, c)).collect(Collectors.joining("\n"));
    }

    /** The entities of an extraction with their aliases, for messages about names that did not resolve. */
    static String describeEntities(Extraction x) {
        if (x.entities().isEmpty()) {
            return "    (no entities)";
        }
        return x.entities().stream()
                .map(e -> "    " + e.id() + " " + e.name() + " (" + e.type() + ")" + (e.aliases().isEmpty() ? "" : " aka " + e.aliases()))
                .collect(Collectors.joining("\n"));
    }

    static String describeAttributes(Map<String, String> attributes) {
        return new java.util.TreeMap<>(attributes).toString();
    }
}
