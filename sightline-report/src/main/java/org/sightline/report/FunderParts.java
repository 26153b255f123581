package org.sightline.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.resolve.kb.KbFact;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.store.Store;
import org.sightline.store.StoredEntity;

/**
 * The bodies that are part of a funder, whose money is the funder's: reports say "the Pentagon
 * provided funding to Iraq's MOI", not "the United States funds". Found through the knowledge
 * base's {@code PART_OF} facts (the Department of Defense is part of the United States) and the
 * stored {@code PART_OF} claims not on record only as denied, transitively.
 */
final class FunderParts {
    private FunderParts() {
    }

    /**
     * A funder the knowledge base names exactly ("United States", "US", "Pentagon"): the stored
     * entities linked to that entry, or, when no document names the entry itself but some name its
     * parts, the entry as an entity not in the store (id -1) so that its parts' money is followed.
     * Empty when the knowledge base does not know the name: the store's own search decides then.
     */
    static java.util.Optional<List<StoredEntity>> known(Store store, String name) {
        String wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Optional<org.sightline.resolve.kb.KbEntity> entry = KnowledgeBase.load().entities().stream()
                .filter(k -> k.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)
                        || k.aliases().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).equals(wanted)))
                .findFirst();
        if (entry.isEmpty()) {
            return java.util.Optional.empty();
        }
        String kbId = entry.get().id();
        List<StoredEntity> linked = store.entities(null).stream().filter(e -> kbId.equals(e.kbId())).toList();
        if (!linked.isEmpty()) {
            return java.util.Optional.of(linked);
        }
        return java.util.Optional.of(List.of(new StoredEntity(-1, entry.get().name(), entry.get().type(),
                List.copyOf(entry.get().aliases()), kbId, 0)));
    }

    /** The parts of the funders, without the funders themselves, by entity id. */
    static List<StoredEntity> of(Store store, ClaimGraph graph, List<StoredEntity> funders) {
        Set<Long> funderIds = new HashSet<>();
        funders.forEach(f -> funderIds.add(f.id()));
        Set<String> kbParts = kbParts(funders);
        Map<Long, StoredEntity> parts = new LinkedHashMap<>();
        if (!kbParts.isEmpty()) {
            for (StoredEntity e : store.entities(null)) {
                if (e.kbId() != null && kbParts.contains(e.kbId()) && !funderIds.contains(e.id())) {
                    parts.put(e.id(), e);
                }
            }
        }
        Deque<Integer> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (StoredEntity e : funders) {
            push(graph, e.id(), todo, seen);
        }
        for (StoredEntity e : List.copyOf(parts.values())) {
            push(graph, e.id(), todo, seen);
        }
        while (!todo.isEmpty()) {
            int node = todo.pop();
            int end = graph.inEnd(node, ClaimType.PART_OF);
            int i = graph.inStart(node, ClaimType.PART_OF);
            while (i < end) {
                int child = graph.inSubject(i);
                int from = i;
                while (i < end && graph.inSubject(i) == child) {
                    i++;
                }
                if (!Hop.ofIn(graph, from, i).denied() && seen.add(child)) {
                    long id = graph.entityId(child);
                    if (!funderIds.contains(id)) {
                        store.entity(id).ifPresent(e -> parts.putIfAbsent(e.id(), e));
                    }
                    todo.push(child);
                }
            }
        }
        List<StoredEntity> list = new ArrayList<>(parts.values());
        list.sort(java.util.Comparator.comparingLong(StoredEntity::id));
        return list;
    }

    private static void push(ClaimGraph graph, long entityId, Deque<Integer> todo, Set<Integer> seen) {
        int node = graph.node(entityId);
        if (node >= 0 && seen.add(node)) {
            todo.push(node);
        }
    }

    /** Knowledge-base ids of everything PART_OF a funder's KB entry, transitively. */
    private static Set<String> kbParts(List<StoredEntity> funders) {
        Set<String> found = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        funders.stream().map(StoredEntity::kbId).filter(java.util.Objects::nonNull).forEach(todo::push);
        if (todo.isEmpty()) {
            return found;
        }
        List<KbFact> partOf = KnowledgeBase.load().facts().stream().filter(f -> f.type() == ClaimType.PART_OF).toList();
        while (!todo.isEmpty()) {
            String whole = todo.pop();
            for (KbFact f : partOf) {
                if (f.object().equals(whole) && found.add(f.subject())) {
                    todo.push(f.subject());
                }
            }
        }
        return found;
    }
}
