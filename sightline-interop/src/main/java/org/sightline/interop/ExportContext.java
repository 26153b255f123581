package org.sightline.interop;

import java.time.Instant;

/**
 * What a writer may know before the first claim: when the store began (the oldest document's
 * ingest time, used as the creation time of entity objects so that they do not change from one
 * export to the next) and when this export is made.
 */
public record ExportContext(Instant storeStarted, Instant exportedAt) {
}
