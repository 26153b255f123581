package org.sightline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shared folder beside the project: the sightline.shared property, else the usual relative places. */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path resolve(String relative) {
        return Stream.of(System.getProperty("sightline.shared"), "../../shared", "../shared")
                .filter(p -> p != null && Files.isDirectory(Path.of(p)))
                .findFirst()
                .map(p -> Path.of(p).resolve(relative))
                .orElse(Path.of("../shared").resolve(relative));
    }
}
