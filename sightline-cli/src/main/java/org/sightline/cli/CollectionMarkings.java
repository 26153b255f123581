package org.sightline.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sightline.interop.Markings;
import org.sightline.server.access.Collection;
import org.sightline.server.access.JdbcAccountStore;

/**
 * The TLP marking of each document for an export from the command line, when the store is also
 * a server's: the least restrictive marking of the collections it is filed in (a document filed
 * nowhere is in Shared). The command line reads the whole store, so the export holds each
 * document under the most open copy there is, and says the highest of those. A store that never
 * served has no collections, and its exports carry no marking.
 */
final class CollectionMarkings {
    private CollectionMarkings() {
    }

    static Markings of(String db) {
        if (!JdbcAccountStore.presentIn(db)) {
            return Markings.NONE;
        }
        try (JdbcAccountStore accounts = JdbcAccountStore.open(db)) {
            Map<Long, String> tlpOf = new HashMap<>();
            for (Collection c : accounts.collections()) {
                tlpOf.put(c.id(), c.tlp().name());
            }
            String shared = accounts.shared().tlp().name();
            Map<String, String> marking = new HashMap<>();
            for (Map.Entry<String, Set<Long>> f : accounts.filings().entrySet()) {
                String least = null;
                for (long c : f.getValue()) {
                    String t = tlpOf.getOrDefault(c, "RED");
                    least = least == null || Markings.rank(t) < Markings.rank(least) ? t : least;
                }
                marking.put(f.getKey(), least == null ? shared : least);
            }
            return id -> marking.getOrDefault(id, shared);
        }
    }
}
