package org.sightline.interop;

import java.io.IOException;

/**
 * One format's writer. The {@link Exporter} calls {@link #begin}, then {@link #claim} for each
 * selected claim as it streams from the store, then {@link #entity} for each entity those claims
 * name (ends and speakers), then {@link #end}. A writer keeps no claim after writing it.
 */
public interface ExportWriter {
    void begin(ExportContext context) throws IOException;

    void claim(ExportedClaim claim) throws IOException;

    /** @param marking the highest marking of the exported claims that name it, or null */
    void entity(ExportedClaim.ExportedEntity entity, String marking) throws IOException;

    void end(ExportSummary summary) throws IOException;

    /** Whether the format has a column for independent sources, which costs a first pass over the claims. */
    default boolean countsSources() {
        return false;
    }
}
