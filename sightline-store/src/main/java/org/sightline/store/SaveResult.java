package org.sightline.store;

/** Outcome of {@link Store#save}: {@code stored} is false when the document was already there. */
public record SaveResult(String documentId, boolean stored, int entities, int claims) {
}
