package org.sightline.store;

import org.sightline.core.DocumentMetadata;

/**
 * A document found by {@link Store#searchDocuments}: its id and metadata, and a short excerpt of
 * its text around the words searched for ({@code snippet}, plain text: the caller escapes it;
 * {@code «} and {@code »} mark the matched words).
 */
public record DocumentHit(String id, DocumentMetadata metadata, String snippet) {
}
