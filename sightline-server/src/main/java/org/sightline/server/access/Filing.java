package org.sightline.server.access;

import org.sightline.core.DocumentMetadata;

/**
 * A document filed in a collection, with the metadata it was filed under (null for filings made
 * before filings kept metadata: the stored document's is shown for those), when and by whom.
 */
public record Filing(long collectionId, String documentId, DocumentMetadata metadata, String filedAt, String filedBy) {
    /** Who files the Shared copy of a text the CLI ingested unfiled, when it is filed elsewhere too. */
    public static final String UNFILED = "(ingested unfiled)";

    public Filing(long collectionId, String documentId, DocumentMetadata metadata) {
        this(collectionId, documentId, metadata, null, null);
    }
}
