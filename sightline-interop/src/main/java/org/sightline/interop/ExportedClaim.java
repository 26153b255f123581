package org.sightline.interop;

import java.util.List;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * One claim as every writer needs it: the stored claim, its document (null when the reader may
 * not see it, which a selection never lets through), its ends and speakers as entities with their
 * stable keys, its own stable key, the marking of its document, and how many independent origins
 * (innermost speakers) state the same relation in the export.
 */
public record ExportedClaim(StoredClaim claim, StoredDocument document, ExportedEntity subject, ExportedEntity object,
                            List<ExportedEntity> attributedTo, String key, String marking, int independentSources) {

    public boolean rejected() {
        return claim.rejectedBy() != null;
    }

    /** The document's URL when it is one a tool can open (http or https), else null. */
    public String url() {
        String u = document == null ? null : document.metadata().url();
        return u != null && (u.startsWith("http://") || u.startsWith("https://")) ? u : null;
    }

    public String title() {
        return document != null && document.metadata().title() != null ? document.metadata().title() : claim.documentTitle();
    }

    public String published() {
        return document == null ? null : document.metadata().published();
    }

    /**
     * An entity with its stable key, one instance per entity for a whole export, so that a writer
     * computes each id it derives from the key once ({@link #id}), not once per claim that names it.
     */
    public static final class ExportedEntity {
        private final StoredEntity entity;
        private final String key;
        private String[] ids = new String[2];
        private Object[] idKinds = new Object[2];
        /** The highest marking of the exported claims that name it so far; "" when unmarked. */
        String marking;

        public ExportedEntity(StoredEntity entity, String key) {
            this.entity = entity;
            this.key = key;
        }

        public StoredEntity entity() {
            return entity;
        }

        public String key() {
            return key;
        }

        /** The id {@code derive} makes of this entity for {@code kind} (a writer's constant), computed once. */
        public String id(Object kind, java.util.function.Function<ExportedEntity, String> derive) {
            for (int i = 0; i < idKinds.length; i++) {
                if (idKinds[i] == kind) {
                    return ids[i];
                }
                if (idKinds[i] == null) {
                    idKinds[i] = kind;
                    ids[i] = derive.apply(this);
                    return ids[i];
                }
            }
            idKinds = java.util.Arrays.copyOf(idKinds, idKinds.length * 2);
            ids = java.util.Arrays.copyOf(ids, ids.length * 2);
            return id(kind, derive);
        }
    }
}
