package org.sightline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shared folder beside the project (seed article, treasury corpus). The parent pom sets
 * sightline.shared from the reactor root, which points at the module's parent instead when a
 * module is built on its own with -f, so the usual places relative to the module come next.
 */
final class Shared {
    private Shared() {
    }

    static Path resolve(String relative) {
        return Stream.of(System.getProperty("sightline.shared"), "../../shared", "../shared")
                .filter(p -> p != null && Files.isDirectory(Path.of(p)))
                .findFirst()
                .map(p -> Path.of(p).resolve(relative))
                .orElse(Path.of("../../shared").resolve(relative));
    }
}
