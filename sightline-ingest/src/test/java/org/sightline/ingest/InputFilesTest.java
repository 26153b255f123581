package org.sightline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedSortedWithoutHiddenEntries() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(corpus.resolve("b-sub"));
        Files.createDirectories(corpus.resolve(".git"));
        Files.writeString(corpus.resolve("c.txt"), "c");
        Files.writeString(corpus.resolve("a.md"), "a");
        Files.writeString(corpus.resolve("b-sub/inner.html"), "<p>x</p>");
        Files.writeString(corpus.resolve(".hidden.txt"), "h");
        Files.writeString(corpus.resolve(".git/config"), "g");

        InputFiles.Expansion result = InputFiles.expand(List.of(corpus));

        assertThat(result.files()).containsExactly(
                corpus.resolve("a.md"), corpus.resolve("b-sub/inner.html"), corpus.resolve("c.txt"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void filesAreTakenAsGivenAndMissingPathsAreReported() throws Exception {
        Path later = Files.writeString(dir.resolve("z.txt"), "z");
        Path earlier = Files.writeString(dir.resolve("a.txt"), "a");
        Path hidden = Files.writeString(dir.resolve(".named-on-purpose.txt"), "h");
        Path missing = dir.resolve("missing.txt");

        InputFiles.Expansion result = InputFiles.expand(List.of(later, missing, earlier, hidden, later));

        assertThat(result.files()).containsExactly(later, earlier, hidden);
        assertThat(result.problems()).containsExactly(new InputFiles.Problem(missing, "no such file or folder"));
        assertThat(result.problems().get(0)).hasToString(missing + ": no such file or folder");
    }

    @Test
    void aFileFoundTwiceIsReadOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");

        InputFiles.Expansion result = InputFiles.expand(List.of(file, dir));

        assertThat(result.files()).containsExactly(file);
    }
}
