package org.sightline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Document;
import org.sightline.core.DocumentIds;
import org.sightline.core.testing.SharedData;

class PlainTextReadingTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void seedArticleNamesItsSourceOnTheLastLine() throws Exception {
        Path seed = SharedData.require("examples/seed-article.txt");

        Document doc = reader.read(seed);

        assertThat(doc.metadata().source()).isEqualTo("iranbriefing");
        assertThat(doc.metadata().title()).startsWith("Iran-backed militia groups have been taking advantage");
        assertThat(doc.metadata().mediaType()).isEqualTo("text/plain");
        assertThat(doc.metadata().path()).isEqualTo(seed.toString());
        assertThat(doc.text()).endsWith("Source » iranbriefing").contains("Badr Corps");
        assertThat(doc.id()).isEqualTo(DocumentIds.of(doc.text()));
    }

    @Test
    void aTextFileOpeningWithFrontMatterTakesItsTitleSourceAndDateFromIt() throws Exception {
        Path file = write("note.txt", "---\ntitle: Militia funding note\nsource: Gulf Monitor\ndate: 2023-05-02\n---\n\n"
                + "The militia received funds from abroad.\n");
        Document doc = reader.read(file);
        assertThat(doc.metadata().title()).isEqualTo("Militia funding note");
        assertThat(doc.metadata().source()).isEqualTo("Gulf Monitor");
        assertThat(doc.metadata().published()).isEqualTo("2023-05-02");
        assertThat(doc.text()).isEqualTo("The militia received funds from abroad.");
        // a rule of dashes that opens no front matter stays text
        Document ruled = reader.read(write("ruled.txt", "---\nA heading under a rule\n\nThe militia received funds.\n"));
        assertThat(ruled.text()).startsWith("---");
    }

    @Test
    void sourceWithColonAndBomAndWindowsLineEnds() throws Exception {
        Path file = write("article.txt", "\uFEFFMilitia leader sanctioned\r\n\r\nThe Treasury acted today.\r\n\r\nSource: Reuters\r\n");

        Document doc = reader.read(file);

        assertThat(doc.text()).isEqualTo("Militia leader sanctioned\n\nThe Treasury acted today.\n\nSource: Reuters");
        assertThat(doc.metadata().title()).isEqualTo("Militia leader sanctioned");
        assertThat(doc.metadata().source()).isEqualTo("Reuters");
    }

    @Test
    void withoutASourceLineTheSourceIsUnknown() throws Exception {
        Document doc = reader.read(write("a.txt", "The source of the funds was not named.\n"));
        assertThat(doc.metadata().source()).isNull();
    }

    @Test
    void longFirstLineGivesAShortenedTitle() throws Exception {
        String line = "word ".repeat(100).strip();
        Document doc = reader.read(write("long.txt", line + "\n\nbody"));
        assertThat(doc.metadata().title()).hasSizeLessThanOrEqualTo(200).startsWith("word word").endsWith("…");
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheByteOffset() throws Exception {
        byte[] latin1 = "Line one\nCaf\u00e9 in Baghdad\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.txt");
        Files.write(file, latin1);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(file + ": invalid UTF-8 at byte offset 12 (line 2); save the file as UTF-8");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreEmptyDocuments() throws Exception {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.md", " \n\t\r\n  ");

        assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": empty document");
        assertThatThrownBy(() -> reader.read(blank))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo("empty document");
                    assertThat(e.file()).isEqualTo(blank);
                });
    }

    @Test
    void pngWithATextNameIsABinaryFile() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(png, 0, bytes, 0, png.length);
        Path file = dir.resolve("photo.txt");
        Files.write(file, bytes);

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": binary file (PNG image)");
    }

    @Test
    void nulBytesMakeABinaryFile() throws Exception {
        Path file = dir.resolve("data.txt");
        Files.write(file, new byte[] {'a', 'b', 0, 'c'});
        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": binary file (NUL byte at offset 2)");
    }

    @Test
    void unknownExtensionIsReadWhenItIsTextAndRefusedWhenNot() throws Exception {
        Document doc = reader.read(write("notes.article", "Kataib Hezbollah claimed the attack."));
        assertThat(doc.metadata().mediaType()).isEqualTo("text/plain");

        Path bin = dir.resolve("blob.dat");
        byte[] bytes = new byte[2000];
        new Random(1).nextBytes(bytes);
        bytes[0] = 1;
        Files.write(bin, bytes);
        assertThatThrownBy(() -> reader.read(bin)).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.reason()).startsWith("unsupported type (.dat"));
    }

    @Test
    void utf16WithByteOrderMarkIsText() throws Exception {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "\uFEFFAsa'ib Ahl al-Haq".getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read(file).text()).isEqualTo("Asa'ib Ahl al-Haq");
    }

    @Test
    void theSameTextInTwoFilesIsOneDocument() throws Exception {
        Document a = reader.read(write("a.txt", "Same words.\n"));
        Document b = reader.read(write("b", "Same words.\r\n\r\n"));
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.metadata().path()).isNotEqualTo(b.metadata().path());
    }

    @Test
    void twentyMegabyteTextIsReadInLinearTime() throws Exception {
        Path file = dir.resolve("big.txt");
        String paragraph = "The Popular Mobilization Forces received salaries from the Iraqi state budget in 2021.\n\n";
        long target = 20L * 1024 * 1024;
        try (Writer out = Files.newBufferedWriter(file)) {
            for (long written = 0; written < target; written += paragraph.length()) {
                out.write(paragraph);
            }
        }
        long start = System.nanoTime();
        Document doc = reader.read(file);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(doc.text()).hasSizeGreaterThan(20_000_000).startsWith("The Popular Mobilization Forces");
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void filesOverTheLimitAreRefused() throws Exception {
        Path file = write("big.txt", "x".repeat(2048));
        assertThatThrownBy(() -> new DocumentReader(1024).read(file))
                .hasMessage(file + ": file too large (2048 bytes; the limit is 1024 bytes)");
    }

    @Test
    void missingFilesAndFoldersAreErrors() {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> reader.read(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> reader.read(dir)).hasMessage(dir + ": is a folder, not a file");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
