package org.sightline.resolve.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.EntityType;
import org.sightline.resolve.kb.KbEntity;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.resolve.names.Candidate;
import org.sightline.resolve.names.NameIndex;
import org.sightline.resolve.names.NameMatcher;

/**
 * Screens a name against the knowledge base and the stored entities: a name index over every
 * name and alias of both, one candidate per target, ranked by score, each with its explanation.
 * A stored entity linked to a knowledge-base entry is screened as that entry, not twice.
 * Thread-safe once built.
 */
public final class Screener {
    private final NameIndex<ScreenTarget> index;
    private final int size;

    private Screener(NameIndex<ScreenTarget> index, int size) {
        this.index = index;
        this.size = size;
    }

    /**
     * @param stored stored entities as targets (kbId and storeId set from the store); may be empty
     */
    public static Screener build(NameMatcher matcher, KnowledgeBase kb, List<ScreenTarget> stored) {
        Map<String, ScreenTarget> targets = new LinkedHashMap<>();
        Map<String, List<String>> extraNames = new LinkedHashMap<>();
        if (kb != null) {
            for (KbEntity e : kb.entities()) {
                targets.put("kb:" + e.id(), new ScreenTarget(e.name(), e.type(), e.aliases(), e.id(), null));
            }
        }
        for (ScreenTarget s : stored) {
            String key = s.kbId() != null && targets.containsKey("kb:" + s.kbId()) ? "kb:" + s.kbId() : "store:" + s.storeId();
            ScreenTarget known = targets.get(key);
            if (known != null && known.storeId() == null) {
                // The stored entity joins its KB entry: one target, with the names documents gave it as well.
                targets.put(key, new ScreenTarget(known.name(), known.type(), known.aliases(), known.kbId(), s.storeId()));
                extraNames.computeIfAbsent(key, k -> new ArrayList<>()).add(s.name());
                extraNames.get(key).addAll(s.aliases());
            } else if (known == null) {
                targets.put(key, s);
            }
        }
        NameIndex.Builder<ScreenTarget> builder = NameIndex.builder(matcher);
        for (Map.Entry<String, ScreenTarget> e : targets.entrySet()) {
            ScreenTarget t = e.getValue();
            builder.add(t.name(), t.type(), t);
            t.aliases().forEach(a -> builder.add(a, t.type(), t));
            extraNames.getOrDefault(e.getKey(), List.of()).forEach(a -> builder.add(a, t.type(), t));
        }
        return new Screener(builder.build(), targets.size());
    }

    /** Candidates for {@code name}, best first; {@code type} null screens against every type. */
    public List<ScreenHit> screen(String name, EntityType type, int limit) {
        List<ScreenHit> hits = new ArrayList<>();
        for (Candidate<ScreenTarget> c : index.search(name, type, limit)) {
            hits.add(new ScreenHit(c.payload(), c.matchedName(), c.result()));
        }
        return hits;
    }

    public int targets() {
        return size;
    }
}
