package org.sightline.extract;

/**
 * Told what an extraction is doing, so that a long one (a 20 MB upload reads for half an hour)
 * can show how far it is. {@code done} of {@code total} steps of the named stage.
 */
@FunctionalInterface
public interface ExtractionProgress {
    ExtractionProgress NONE = (stage, done, total) -> { };

    void at(String stage, int done, int total);
}
