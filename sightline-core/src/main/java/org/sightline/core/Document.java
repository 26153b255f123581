package org.sightline.core;

import java.util.Objects;

/**
 * A document as extraction sees it: normalised plain text plus metadata. The id is the
 * SHA-256 of the text (see {@link DocumentIds}), so the same text read twice is one document.
 */
public record Document(String id, String text, DocumentMetadata metadata) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
    }

    public static Document of(String text, DocumentMetadata metadata) {
        return new Document(DocumentIds.of(text), text, metadata);
    }
}
