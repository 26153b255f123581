package org.sightline.cli;

import org.sightline.report.Ingestion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sightline.core.Claim;
import org.sightline.core.Document;
import org.sightline.core.Extraction;
import org.sightline.extract.ExtractionJson;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and claims from one file without storing them.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A text, markdown, HTML or PDF file.")
    Path file;

    @Option(names = "--json", description = "Print the extraction JSON (see ONTOLOGY.md).")
    boolean json;

    @Option(names = "--source", paramLabel = "OUTLET", description = "The outlet that published the file, when the file does not say.")
    String source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Document doc;
        try {
            doc = Ingestion.withSource(new DocumentReader().read(file), source);
        } catch (UnreadableDocumentException e) {
            err.println("sightline: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Extraction x = ExtractorHolder.get(err, json).extract(doc);
        if (json) {
            out.println(ExtractionJson.write(x));
        } else {
            out.printf("%s: %d entities, %d claims%n", file, x.entities().size(), x.claims().size());
            for (Claim c : x.claims()) {
                ClaimText.print(out, c.type().name(), x.entity(c.subject()).name(), x.entity(c.object()).name(),
                        c.stance().name(), c.attributedTo().stream().map(id -> x.entity(id).name()).toList(),
                        c.time(), c.attributes(), c.evidence().quote(), null);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
