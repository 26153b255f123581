package org.sightline.store;

import java.time.Instant;
import org.sightline.core.DocumentMetadata;

/** A stored document; {@code text} is null in listings. */
public record StoredDocument(String id, DocumentMetadata metadata, String text, Instant ingestedAt) {
}
