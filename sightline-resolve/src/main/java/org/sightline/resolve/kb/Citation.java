package org.sightline.resolve.kb;

/**
 * Where a knowledge-base entry comes from: a public record named by {@code source} (title or
 * description), its publication {@code date} (ISO, as precise as known), its {@code url} when
 * known (never guessed) and optionally a short {@code quote} from it.
 */
public record Citation(String source, String date, String url, String quote) {
}
