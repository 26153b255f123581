package org.sightline.ingest;

import java.nio.file.Path;

/** Plain text files: strict UTF-8 (or UTF-16 with a BOM); title and source come from the text later. */
final class PlainTextExtractor {
    private PlainTextExtractor() {
    }

    static Extracted extract(Path file, byte[] bytes) throws UnreadableDocumentException {
        try {
            return Extracted.ofText(TextDecoder.decode(bytes));
        } catch (TextDecoder.InvalidTextException e) {
            throw new UnreadableDocumentException(file, e.getMessage(), e);
        }
    }
}
