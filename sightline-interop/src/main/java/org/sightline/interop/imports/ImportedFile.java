package org.sightline.interop.imports;

import java.util.List;
import org.sightline.core.Extraction;

/**
 * What an import read: the documents to save, how many records were read and imported, and the
 * problems found, each with the line (FtM) or object index (STIX) it is on.
 */
public record ImportedFile(List<Extraction> extractions, List<Problem> problems, int recordsRead, int recordsImported) {
    public record Problem(long line, String message) {
    }
}
