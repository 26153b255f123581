package org.sightline.cli;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.sightline.interop.Markings;
import org.sightline.server.access.Collection;
import org.sightline.server.access.JdbcAccountStore;
import org.sightline.server.access.Tlp;

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
            Map<Long, Tlp> tlpOf = new HashMap<>();
            for (Collection c : accounts.collections()) {
                tlpOf.put(c.id(), c.tlp());
            }
            Tlp shared = accounts.shared().tlp();
            Map<String, String> marking = new HashMap<>();
            // as the server's view does for a reader of every collection: the least restrictive filing
            accounts.filings().forEach((doc, in) -> marking.put(doc, in.stream().map(c -> tlpOf.getOrDefault(c, Tlp.RED))
                    .min(Comparator.naturalOrder()).orElse(shared).name()));
            return id -> marking.getOrDefault(id, shared.name());
        }
    }
}
