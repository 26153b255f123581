package org.sightline.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.screen.ScreenHit;
import org.sightline.resolve.screen.ScreenTarget;
import org.sightline.resolve.screen.Screener;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.StoredEntity;

/**
 * The search box's entities, best first: a name or alias that is the query, then names holding the
 * query as whole words, then as the start of a word, then anywhere; then entities the name matcher
 * finds under another spelling ("Muhandis" for al-Mohandes). Knowledge-base entries that match but
 * that no readable document names are offered apart.
 */
final class EntitySearch {
    /** Entities as ranked, and knowledge-base entries that match without a readable entity. */
    record Result(List<StoredEntity> entities, List<Views.ScreenRow> knowledgeBase) {
    }

    private EntitySearch() {
    }

    static Result run(SightlineServer s, VisibleStore vs, String query) {
        String q = fold(query);
        Map<Long, Integer> rank = new LinkedHashMap<>();
        Map<Long, StoredEntity> byId = new LinkedHashMap<>();
        for (StoredEntity e : vs.entitiesContaining(query)) {
            byId.put(e.id(), e);
            rank.put(e.id(), bestRank(e, q));
        }
        List<Views.ScreenRow> kb = new ArrayList<>();
        for (ScreenHit h : screener(s, vs).screen(query, null, 10)) {
            if (!h.result().match()) {
                continue;
            }
            ScreenTarget t = h.target();
            if (t.storeId() != null) {
                vs.entity(t.storeId()).ifPresent(e -> {
                    byId.putIfAbsent(e.id(), e);
                    rank.putIfAbsent(e.id(), 4);
                });
            } else {
                kb.add(new Views.ScreenRow(t.name(), t.type().name(), t.kbId(), null, h.score(), true, h.matchedName(),
                        List.copyOf(h.result().explanation())));
            }
        }
        List<StoredEntity> ranked = new ArrayList<>(byId.values());
        ranked.sort(Comparator.comparingInt((StoredEntity e) -> rank.get(e.id()))
                .thenComparing(Comparator.comparingInt(StoredEntity::mentions).reversed())
                .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
        return new Result(ranked, kb);
    }

    /** The readable entities and the knowledge base as one name index, built once per view. */
    static Screener screener(SightlineServer s, VisibleStore vs) {
        return vs.memo("screener", () -> {
            List<ScreenTarget> stored = new ArrayList<>();
            for (StoredEntity e : vs.entities(null)) {
                stored.add(new ScreenTarget(e.name(), e.type(), e.aliases(), e.kbId(), e.id()));
            }
            return Screener.build(NameMatcher.bundled(), s.kb, stored);
        });
    }

    private static int bestRank(StoredEntity e, String q) {
        int best = rank(fold(e.name()), q);
        for (String a : e.aliases()) {
            best = Math.min(best, rank(fold(a), q));
        }
        return best;
    }

    /** 0 the name itself, 1 whole words of it, 2 the start of a word, 3 anywhere (the store's key matched). */
    static int rank(String name, String q) {
        if (q.isEmpty()) {
            return 3;
        }
        if (name.equals(q)) {
            return 0;
        }
        String padded = " " + name + " ";
        if (padded.contains(" " + q + " ")) {
            return 1;
        }
        return padded.contains(" " + q) ? 2 : 3;
    }

    /** Lower case without accents, every run of other characters one space ("al-Muhandis" → "al muhandis"). */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
