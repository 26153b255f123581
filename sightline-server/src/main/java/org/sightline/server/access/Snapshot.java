package org.sightline.server.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sightline.store.DocumentEntity;
import org.sightline.store.Store;
import org.sightline.store.StoreVersion;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * What the whole store holds at one version, read once, and the views of it for each set of
 * readable collections (built on first use). Replaced when the store changes.
 */
final class Snapshot {
    final StoreVersion version;
    final long generation;
    final List<StoredDocument> documents;
    final Map<Long, StoredEntity> entities;
    final Map<Long, List<DocumentEntity>> documentEntities;
    final Map<String, Set<Long>> filings;
    /** The filings with their metadata, by document, oldest first. */
    final Map<String, List<Filing>> filingRecords;
    final List<Collection> collections;
    /** User id to the collections they are a member of. */
    final Map<Long, Set<Long>> memberships = new HashMap<>();
    final Map<Set<Long>, ReadableView> views = new ConcurrentHashMap<>();

    Snapshot(Store store, AccountStore accounts, StoreVersion version, long generation) {
        this.version = version;
        this.generation = generation;
        this.documents = store.documents();
        Map<Long, StoredEntity> byId = new LinkedHashMap<>();
        for (StoredEntity e : store.entities(null)) {
            byId.put(e.id(), e);
        }
        this.entities = byId;
        Map<Long, List<DocumentEntity>> des = new HashMap<>();
        for (DocumentEntity d : store.documentEntities(byId.keySet())) {
            des.computeIfAbsent(d.entityId(), k -> new ArrayList<>()).add(d);
        }
        this.documentEntities = des;
        this.filings = accounts.filings();
        this.filingRecords = accounts.filingRecords();
        this.collections = accounts.collections();
        for (Collection c : collections) {
            for (User u : accounts.members(c.id())) {
                memberships.computeIfAbsent(u.id(), k -> new java.util.HashSet<>()).add(c.id());
            }
        }
    }
}
