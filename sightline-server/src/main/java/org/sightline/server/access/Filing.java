package org.sightline.server.access;

import org.sightline.core.DocumentMetadata;

/**
 * A document filed in a collection, with the metadata it was filed under (null for filings made
 * before filings kept metadata: the stored document's is shown for those).
 */
public record Filing(long collectionId, String documentId, DocumentMetadata metadata) {
}
