package org.sightline.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.core.DocumentMetadata;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.names.TransliterationKey;
import org.sightline.store.ClaimQuery;
import org.sightline.store.EntityRef;
import org.sightline.store.SqliteStore;
import org.sightline.store.StoreStats;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.Store;

/**
 * What a store holds, as text that does not depend on row ids: every claim with its subject and
 * object (name, type, KB id), stance, quote, spans, attribution chain, time, attributes and
 * document; every document with its metadata; the counts.
 */
record StoreSnapshot(List<String> claims, Map<String, String> documents, StoreStats stats) {
    private static TransliterationKey key;

    static synchronized StoreSnapshot of(Path db) {
        if (key == null) {
            key = new TransliterationKey(NameMatcher.bundled()); // the key the CLI opens stores with
        }
        try (Store store = SqliteStore.open(db, key)) {
            List<String> claims = new ArrayList<>();
            for (StoredClaim c : store.claims(ClaimQuery.ALL.withRejected())) {
                List<String> chain = c.attributedTo().stream().map(r -> entity(store, r)).toList();
                claims.add(String.join(" | ", c.type().name(), entity(store, c.subject()), entity(store, c.object()),
                        c.stance().name(), "\"" + c.evidence().quote() + "\"",
                        c.evidence().span().toString(), c.evidence().sentence().toString(),
                        "by " + String.join(" <- ", chain), "time " + c.time(), "attrs " + new TreeMap<>(c.attributes()),
                        "confidence " + c.confidence(), c.evidence().documentId()));
            }
            claims.sort(null);
            Map<String, String> documents = new TreeMap<>();
            for (StoredDocument d : store.documents()) {
                DocumentMetadata m = store.document(d.id()).orElseThrow().metadata();
                documents.put(d.id(), m.toString());
            }
            return new StoreSnapshot(claims, documents, store.stats());
        }
    }

    private static String entity(Store store, EntityRef ref) {
        String kb = store.entity(ref.id()).map(e -> e.kbId()).orElse(null);
        return ref.name() + " (" + ref.type() + (kb == null ? "" : ", kb " + kb) + ")";
    }
}
