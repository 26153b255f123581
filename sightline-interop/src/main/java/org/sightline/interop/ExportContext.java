package org.sightline.interop;

import java.time.Instant;

/**
 * What a writer may know before the first claim: when the store began (the oldest document's
 * ingest time, used as the creation time of entity objects so that they do not change from one
 * export to the next), when this export is made, and the highest TLP marking of what it will hold
 * when a first pass found it ({@link ExportWriter#countsSources}), else null.
 */
public record ExportContext(Instant storeStarted, Instant exportedAt, String highestMarking) {
}
