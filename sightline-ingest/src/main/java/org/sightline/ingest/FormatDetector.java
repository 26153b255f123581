package org.sightline.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides how to read a file. The content wins over the name where it is certain (PDF header,
 * binary magic numbers); otherwise a known extension decides, and files without one are read as
 * HTML or plain text by what their first bytes look like.
 */
final class FormatDetector {
    private FormatDetector() {
    }

    static Format detect(Path file, byte[] bytes) throws UnreadableDocumentException {
        String ext = extension(file);
        if (ContentSniffer.isPdf(bytes)) {
            return Format.PDF;
        }
        String magic = ContentSniffer.binaryMagic(bytes);
        if (magic != null) {
            throw new UnreadableDocumentException(file, "binary file (" + magic + ")");
        }
        if (ext.equals("pdf")) {
            throw new UnreadableDocumentException(file, "corrupt PDF (no %PDF- header)");
        }
        if (ContentSniffer.looksLikeRtf(bytes)) {
            throw new UnreadableDocumentException(file, "unsupported type (RTF; save it as plain text, HTML or PDF)");
        }
        Format byName = switch (ext) {
            case "txt", "text" -> Format.TEXT;
            case "md", "markdown", "mdown", "mkd" -> Format.MARKDOWN;
            case "html", "htm", "xhtml" -> Format.HTML;
            default -> null;
        };
        String binary = ContentSniffer.binaryContent(bytes);
        if (binary != null) {
            throw new UnreadableDocumentException(file, byName != null || ext.isEmpty()
                    ? "binary file (" + binary + ")"
                    : "unsupported type (." + ext + ", binary content: " + binary + ")");
        }
        if (byName != null) {
            return byName;
        }
        if (ContentSniffer.looksLikeHtml(bytes)) {
            return Format.HTML;
        }
        if (!ext.isEmpty() && !TextDecoder.isValid(bytes)) {
            throw new UnreadableDocumentException(file, "unsupported type (." + ext + ", and not UTF-8 text)");
        }
        return Format.TEXT;
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
