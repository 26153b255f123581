package org.sightline.resolve.imports;

import java.util.List;
import org.sightline.core.Extraction;

/**
 * What an importer read from one file.
 *
 * @param extractions     one per document the file became (one, or several for a chunked FtM file)
 * @param problems        records skipped, with their line numbers, in file order
 * @param recordsRead     non-blank records (CSV rows, JSON lines) seen
 * @param recordsImported records that produced an entity or a claim
 */
public record ImportResult(List<Extraction> extractions, List<ImportProblem> problems, int recordsRead, int recordsImported) {
    public ImportResult {
        extractions = List.copyOf(extractions);
        problems = List.copyOf(problems);
    }
}
