package org.sightline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;

/**
 * Reads one file (plain text, markdown, HTML or PDF) into a {@link Document}: normalised text,
 * an id that is the hash of that text, and the metadata the file carries. Whatever goes wrong
 * comes out as one {@link UnreadableDocumentException} with a reason a user can act on.
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16) + ": " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Document read(Path file) throws UnreadableDocumentException {
        byte[] bytes = readBytes(file);
        if (ContentSniffer.isBlank(bytes)) {
            throw new UnreadableDocumentException(file, "empty document");
        }
        Format format = FormatDetector.detect(file, bytes);
        Extracted found = switch (format) {
            case TEXT -> PlainTextExtractor.extract(file, bytes);
            case MARKDOWN -> MarkdownExtractor.extract(file, bytes);
            case HTML -> HtmlExtractor.extract(file, bytes);
            case PDF -> PdfExtractor.extract(file, bytes);
        };
        String text = TextNormaliser.normalise(found.text());
        if (text.isEmpty()) {
            throw new UnreadableDocumentException(file, switch (format) {
                case TEXT, MARKDOWN -> "empty document";
                case HTML -> "no text in HTML";
                case PDF -> "no text in PDF (scanned pages need OCR, which is not supported)";
            });
        }
        String source = found.source();
        if (source == null && (format == Format.TEXT || format == Format.MARKDOWN)) {
            source = SourceLine.find(text);
        }
        if (source == null) {
            source = SiteUrls.publisher(found.url());
        }
        String title = Titles.clean(found.title());
        DocumentMetadata metadata = new DocumentMetadata(
                title != null ? title : Titles.firstLine(text),
                source, SiteUrls.resolve(found.url()), found.published(), file.toString(), format.mediaType());
        return Document.of(text, metadata);
    }

    private byte[] readBytes(Path file) throws UnreadableDocumentException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(file, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableDocumentException(file, "file too large (" + megabytes(size)
                        + "; the limit is " + megabytes(maxBytes) + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(file, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "cannot read (" + e + ")", e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
