package org.sightline.server.access;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sightline.core.NameKey;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.store.Store;
import org.sightline.store.StoreVersion;

/**
 * Makes {@link VisibleStore}s: which collections a user may read, which documents those hold,
 * and the view of the store they make, cached until the store or the filings change.
 */
public final class Visibility {
    private final Store store;
    private final AccountStore accounts;
    private final NameKey nameKey;
    private final KnowledgeBase kb;
    /** Bumped by the server on every change it makes (uploads, judgements, filings, markings). */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;
    /** When the store's version was last asked: at most every 200 ms (changes the server makes bump the generation at once). */
    private volatile long versionCheckedAt;
    private volatile StoreVersion lastVersion;

    public Visibility(Store store, AccountStore accounts, NameKey nameKey, KnowledgeBase kb) {
        this.store = store;
        this.accounts = accounts;
        this.nameKey = nameKey;
        this.kb = kb;
    }

    public void changed() {
        generation.incrementAndGet();
    }

    /** The collections a user may read: CLEAR and GREEN ones, and AMBER and RED ones they are a member of. */
    public Set<Long> readableCollections(User user) {
        Set<Long> members = snapshot().memberships.getOrDefault(user.id(), Set.of());
        Set<Long> readable = new HashSet<>();
        for (Collection c : snapshot().collections) {
            if (c.tlp().openToAll() || members.contains(c.id())) {
                readable.add(c.id());
            }
        }
        return readable;
    }

    public VisibleStore storeFor(User user) {
        Snapshot s = snapshot();
        Set<Long> readable = Set.copyOf(readableCollections(user));
        ReadableView view = s.views.computeIfAbsent(readable, r -> new ReadableView(s, r, store, nameKey, kb));
        return new VisibleStore(store, view, nameKey);
    }

    private Snapshot snapshot() {
        long now = System.nanoTime();
        StoreVersion v = lastVersion;
        if (v == null || now - versionCheckedAt > 200_000_000L) {
            v = store.version();
            lastVersion = v;
            versionCheckedAt = now;
        }
        long g = generation.get();
        Snapshot s = snapshot;
        if (s == null || !s.version.equals(v) || s.generation != g) {
            synchronized (this) {
                s = snapshot;
                if (s == null || !s.version.equals(v) || s.generation != g) {
                    snapshot = s = new Snapshot(store, accounts, v, g);
                }
            }
        }
        return s;
    }
}
