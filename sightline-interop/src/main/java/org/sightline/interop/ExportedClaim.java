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

    /** An entity with its stable key. */
    public record ExportedEntity(StoredEntity entity, String key) {
    }
}
