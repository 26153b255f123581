package org.sightline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Document;

class PdfReadingTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void textAndInfoAreRead() throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.write(file, pdf(null));

        Document doc = reader.read(file);

        assertThat(doc.text()).contains("Kataib Hezbollah received funds.", "Treasury designated the network.");
        assertThat(doc.metadata().title()).isEqualTo("Inspector General Report");
        assertThat(doc.metadata().published()).isEqualTo("2021-08-03");
        assertThat(doc.metadata().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void pdfIsRecognisedByItsHeaderWhateverTheName() throws Exception {
        Path file = dir.resolve("download");
        Files.write(file, pdf(null));
        assertThat(reader.read(file).metadata().mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void truncatedPdfIsAnError() throws Exception {
        byte[] whole = pdf(null);
        Path file = dir.resolve("cut.pdf");
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).startsWith("truncated or corrupt PDF"));
    }

    @Test
    void pdfWithGarbageInsideIsAnError() throws Exception {
        Path file = dir.resolve("garbage.pdf");
        Files.writeString(file, "%PDF-1.7\nthis is not a PDF body\n%%EOF\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).matches("(corrupt PDF|no text in PDF).*"));
    }

    @Test
    void passwordProtectedPdfIsAnError() throws Exception {
        Path file = dir.resolve("locked.pdf");
        Files.write(file, pdf("secret"));

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": encrypted PDF (a password is needed)");
    }

    @Test
    void aPdfNameOnSomethingElseIsAnError() throws Exception {
        Path file = dir.resolve("fake.pdf");
        Files.writeString(file, "just text");
        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": corrupt PDF (no %PDF- header)");
    }

    /** A one-page PDF with a title and creation date, optionally locked with a user password. */
    private static byte[] pdf(String password) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : List.of("Kataib Hezbollah received funds.", "", "Treasury designated the network.")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Inspector General Report");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("America/New_York"));
            created.clear();
            created.set(2021, Calendar.AUGUST, 3, 23, 30);
            info.setCreationDate(created);
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
