package org.sightline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Document;
import org.sightline.core.testing.SharedData;

class MarkdownReadingTest {
    private static final String TREASURY = "corpus/treasury-iraq";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void linksGluedToTheirNeighboursStayWordsApart() throws Exception {
        // converted pages drop the spaces around links; the words must not run together
        Path file = write("glued.md", "In May 2018, the office[designated](https://example.org/x)the bank's governor, "
                + "and [more](https://example.org/y) later.\n");

        assertThat(reader.read(file).text().strip())
                .isEqualTo("In May 2018, the office designated the bank's governor, and more later.");
    }

    @Test
    void aUrlGivenAsTheSitesOwnPathLinksToTheOriginalAndNamesItsPublisher() throws Exception {
        Path file = write("tg1760.md", """
                ---
                title: 'Treasury Sanctions Militia Leaders'
                date: 2022-11-03
                url: /news/press-releases/tg1760
                ---
                The Treasury sanctioned two militia leaders today.
                """);
        Document d = reader.read(file);
        assertThat(d.metadata().url()).isEqualTo("https://home.treasury.gov/news/press-releases/tg1760");
        assertThat(d.metadata().source()).isEqualTo("U.S. Department of the Treasury");

        // A path of no known site stays as given, and names no outlet.
        Path other = write("other.md", "---\ntitle: Note\nurl: /reports/2020/q3\n---\nA note.\n");
        assertThat(reader.read(other).metadata().url()).isEqualTo("/reports/2020/q3");
        assertThat(reader.read(other).metadata().source()).isNull();
    }

    @Test
    void frontMatterGivesMetadataAndMarkupIsRemoved() throws Exception {
        Path file = write("release.md", """
                ---
                title: 'Treasury Designates Kata''ib Hizballah Leaders'
                date: 2009-07-02T08:00:00-04:00
                url: https://home.treasury.gov/news/press-releases/tg195
                source: U.S. Department of the Treasury
                draft: false
                ---
                *(Archived Content)*

                ## Designations

                **WASHINGTON** – The Treasury designated [Kata'ib Hizballah](https://example.org/kh "KH")
                under *E.O. 13438*. ![logo](logo.png)

                - Abu Mahdi al-Muhandis
                - Second *item* here

                1. First point.
                2. Second point.

                > Quoted <span>words</span> stay.

                ---

                Final line.
                """);

        Document doc = reader.read(file);

        assertThat(doc.metadata().title()).isEqualTo("Treasury Designates Kata'ib Hizballah Leaders");
        assertThat(doc.metadata().published()).isEqualTo("2009-07-02");
        assertThat(doc.metadata().url()).isEqualTo("https://home.treasury.gov/news/press-releases/tg195");
        assertThat(doc.metadata().source()).isEqualTo("U.S. Department of the Treasury");
        assertThat(doc.metadata().mediaType()).isEqualTo("text/markdown");
        assertThat(doc.text()).isEqualTo("""
                (Archived Content)

                Designations

                WASHINGTON – The Treasury designated Kata'ib Hizballah
                under E.O. 13438.

                Abu Mahdi al-Muhandis

                Second item here

                1. First point.

                2. Second point.

                Quoted words stay.

                Final line.""");
    }

    @Test
    void emphasisLeftBrokenByAConverterDoesNotGlueWordsOrLeaveAsterisks() throws Exception {
        Path file = write("broken.md", """
                **TREASURY'S ROLE** Events of the past decade are reminders.** Protecting Our Borders** As guardians, we act.
                
                It is known as the*Banking Committee*(the Committee). Leader Yassin*(see above) said so.
                """);

        assertThat(reader.read(file).text()).isEqualTo("""
                TREASURY'S ROLE

                Events of the past decade are reminders.

                Protecting Our Borders

                As guardians, we act.

                It is known as the Banking Committee (the Committee). Leader Yassin (see above) said so.""");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() throws Exception {
        Document doc = reader.read(write("plain.md", "Intro line\n\n# The Real Title\n\nBody text.\n"));
        assertThat(doc.metadata().title()).isEqualTo("The Real Title");
        assertThat(doc.metadata().published()).isNull();
    }

    @Test
    void angleBracketsAroundWordsThatAreNotTagsStay() throws Exception {
        Document doc = reader.read(write("sdn.md", "Passport No. 1310636262 <Germany>; SSN 156-92-9858 <U.S.A.>\n"));
        assertThat(doc.text()).isEqualTo("Passport No. 1310636262 <Germany>; SSN 156-92-9858 <U.S.A.>");
    }

    @Test
    void malformedFrontMatterIsAnError() throws Exception {
        Path file = write("bad.md", "---\ntitle: [unclosed\ndate: 2020-01-01\n---\nBody.\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.reason()).startsWith("malformed YAML front matter at line"));
    }

    @Test
    void unclosedFrontMatterIsAnError() throws Exception {
        Path file = write("open.md", "---\ntitle: Open\n\nBody without the closing line.\n");
        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": malformed front matter (no closing --- line)");
    }

    @Test
    void frontMatterOnlyIsAnEmptyDocument() throws Exception {
        Path file = write("only.md", "---\ntitle: Nothing\n---\n\n");
        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": empty document");
    }

    @Test
    void realTreasuryReleaseReadsCleanly() throws Exception {
        Path file = SharedData.require(TREASURY + "/2001-05-08-po361.md");

        Document doc = reader.read(file);

        assertThat(doc.metadata().title())
                .isEqualTo("Testimony of Paul H. O'Neill Secretary of the Treasury Before the Senate Committee on Appropriations");
        assertThat(doc.metadata().published()).isEqualTo("2001-05-08");
        assertThat(doc.metadata().url()).isEqualTo("https://home.treasury.gov/news/press-releases/po361");
        assertThat(doc.text())
                .startsWith("(Archived Content)\n\nThank you Chairman Stevens")
                .doesNotContain("---", "title:", "draft:", "**", "*")
                .contains("\n\nTREASURY'S COUNTERTERRORISM EFFORTS\n\nEvents of the past decade")
                .contains("known as the Banking and Finance Sector Coordinating Committee");
    }

    @Test
    void everyTreasuryReleaseReadsWithADateAndNoMarkup() throws Exception {
        try (var files = Files.list(SharedData.require(TREASURY))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Document doc = reader.read(file);
                assertThat(doc.metadata().published()).as(file.toString()).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(doc.text()).as(file.toString()).doesNotContain("**", "](", "\n\n\n");
            }
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
