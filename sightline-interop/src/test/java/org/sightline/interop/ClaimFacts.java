package org.sightline.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.store.ClaimQuery;
import org.sightline.store.EntityRef;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;

/** What a round trip must keep of each claim, as one comparable line: type, ends, stance, quote, chain, time, attributes. */
public final class ClaimFacts {
    private ClaimFacts() {
    }

    public static List<String> of(Store store) {
        List<String> out = new ArrayList<>();
        for (StoredClaim c : store.claims(ClaimQuery.ALL)) {
            out.add(of(c));
        }
        out.sort(null);
        return out;
    }

    static String of(StoredClaim c) {
        return c.type() + " | " + ref(c.subject()) + " -> " + ref(c.object()) + " | " + c.stance() + " | \"" + c.evidence().quote()
                + "\" | said by " + c.attributedTo().stream().map(ClaimFacts::ref).toList() + " | time " + c.time()
                + " | " + new TreeMap<>(c.attributes()) + " | confidence " + Math.round(c.confidence() * 100)
                + " | " + c.documentTitle() + " / " + c.documentSource();
    }

    private static String ref(EntityRef r) {
        return r.name() + " (" + r.type() + ")";
    }

    /** Entities that claims name, with type, knowledge-base id and aliases. */
    public static List<String> entities(Store store) {
        List<String> out = new ArrayList<>();
        java.util.Set<Long> named = new java.util.HashSet<>();
        for (StoredClaim c : store.claims(ClaimQuery.ALL)) {
            named.add(c.subject().id());
            named.add(c.object().id());
            c.attributedTo().forEach(r -> named.add(r.id()));
        }
        store.entities(null).stream().filter(e -> named.contains(e.id())).forEach(e -> out.add(e.name() + " (" + e.type() + ") kb="
                + e.kbId() + " aliases=" + new java.util.TreeSet<>(e.aliases())));
        out.sort(null);
        return out;
    }

    static Map<String, Integer> counts(List<String> facts) {
        Map<String, Integer> m = new TreeMap<>();
        facts.forEach(f -> m.merge(f, 1, Integer::sum));
        return m;
    }
}
