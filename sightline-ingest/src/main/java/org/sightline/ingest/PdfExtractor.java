package org.sightline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF files: the text layer in reading order, title and creation date from the document info. */
final class PdfExtractor {
    private PdfExtractor() {
    }

    static Extracted extract(Path file, byte[] bytes) throws UnreadableDocumentException {
        // PDFBox repairs a cut-off file quietly and returns part of the text; a partial document
        // would look complete to every later step, so a missing end marker is an error.
        if (!ContentSniffer.hasPdfEnd(bytes)) {
            throw new UnreadableDocumentException(file, "truncated or corrupt PDF (no %%EOF at the end)");
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(file, "encrypted PDF (text extraction not permitted)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new Extracted(text, info.getTitle(), null, null, Dates.toIso(info.getCreationDate()));
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file, "encrypted PDF (a password is needed)", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports some broken structures with runtime exceptions; they are the file's fault too.
            throw new UnreadableDocumentException(file, "corrupt PDF (" + e.getMessage() + ")", e);
        }
    }
}
