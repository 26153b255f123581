package org.sightline.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.sightline.core.Document;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.UnreadableDocumentException;

/**
 * What a task does with one input: read the file the way {@code sightline ingest} does (same
 * readers, same size limit, same outlet rule), extract with the same pure {@code Extractor}, and
 * return the row. Whatever goes wrong becomes an error row naming the file, so one bad file never
 * fails the job.
 */
final class DocumentTask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;
    private final String source;

    DocumentTask(long maxBytes, String source) {
        this.maxBytes = maxBytes;
        this.source = source;
    }

    Row apply(InputItem item) {
        if (item.problem() != null) {
            return failed(item.path(), item.problem());
        }
        Path file = Path.of(item.path());
        Document doc;
        try {
            doc = withSource(new DocumentReader(maxBytes).read(file), source);
        } catch (UnreadableDocumentException e) {
            return failed(item.path(), e.reason());
        } catch (RuntimeException e) {
            return failed(item.path(), "cannot read (" + e + ")");
        }
        try {
            return ExtractionRows.of(ExecutorExtractor.get().extract(doc));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(item.path(), "extraction failed: " + e);
        }
    }

    /** As `sightline ingest --source`: the outlet for documents that do not name their own. */
    static Document withSource(Document doc, String source) {
        if (source == null || source.isBlank() || doc.metadata().source() != null) {
            return doc;
        }
        return new Document(doc.id(), doc.text(), doc.metadata().withSource(source));
    }

    private static Row failed(String path, String reason) {
        // the executor's log names the file too, for whoever watches the job rather than the output
        System.err.println("sightline-spark: " + path + ": " + reason);
        return ExtractionRows.error(path, reason);
    }
}
