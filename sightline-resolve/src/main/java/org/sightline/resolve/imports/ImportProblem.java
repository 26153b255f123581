package org.sightline.resolve.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One record an importer could not use, where it is (1-based physical line of the record's
 * first line) and what is wrong with it.
 */
public record ImportProblem(Path file, long line, String message) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
