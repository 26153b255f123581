package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationsTest {
    /** A new migration without bumping LATEST would be skipped on every existing store. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void latestIsTheHighestMigrationFileOfEachDialect(String dialect) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", dialect))) {
            int highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0);
            assertThat(Migrations.LATEST).isEqualTo(highest);
        }
    }
}
