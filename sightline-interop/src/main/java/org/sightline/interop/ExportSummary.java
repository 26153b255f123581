package org.sightline.interop;

/** What an export held: claims written (rejected ones among them), entities, and the highest TLP marking (null: none). */
public record ExportSummary(long claims, long rejected, long entities, String highestMarking) {
}
