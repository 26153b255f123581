package org.sightline.report;

import org.sightline.core.Document;

/** Small helpers shared by the commands that read documents. */
public final class Ingestion {
    private Ingestion() {
    }

    /** The document with {@code source} as its outlet when the file itself named none. */
    public static Document withSource(Document doc, String source) {
        if (source == null || source.isBlank() || doc.metadata().source() != null) {
            return doc;
        }
        return new Document(doc.id(), doc.text(), doc.metadata().withSource(source));
    }
}
