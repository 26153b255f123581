package org.sightline.cli;

import org.sightline.report.Ingestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        description = "Extract entities and claims from files without storing them.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text, markdown, HTML or PDF files.")
    List<Path> files;

    @Option(names = "--json", description = "Print the extraction JSON (see ONTOLOGY.md).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write NAME.json (the extraction JSON) and NAME.txt "
            + "(the text its offsets refer to) into DIR for each FILE, instead of printing; the models load once.")
    Path outDir;

    @Option(names = "--source", paramLabel = "OUTLET", description = "The outlet that published the file, when the file does not say.")
    String source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outDir == null && files.size() > 1 && json) {
            err.println("sightline: several files with --json need --out DIR (one JSON object per file)");
            return ExitCodes.USAGE;
        }
        int status = ExitCodes.OK;
        for (Path file : files) {
            Document doc;
            try {
                doc = Ingestion.withSource(new DocumentReader().read(file), source);
            } catch (UnreadableDocumentException e) {
                err.println("sightline: " + e.getMessage());
                status = ExitCodes.FAILED;
                continue;
            }
            Extraction x;
            try {
                x = ExtractorHolder.get(err, json || outDir != null).extract(doc);
            } catch (RuntimeException e) {
                // one document the extractor cannot read must not stop the others
                err.println("sightline: " + file + ": extraction failed: " + e);
                if (System.getenv("SIGHTLINE_DEBUG") != null) {
                    e.printStackTrace(err);
                }
                status = ExitCodes.FAILED;
                continue;
            }
            if (outDir != null) {
                try {
                    write(file, doc, x);
                } catch (IOException e) {
                    err.println("sightline: cannot write the extraction of " + file + " into " + outDir + ": " + e.getMessage());
                    return ExitCodes.FAILED;
                }
            } else if (json) {
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
        }
        return status;
    }

    private void write(Path file, Document doc, Extraction x) throws IOException {
        Files.createDirectories(outDir);
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Files.writeString(outDir.resolve(name + ".json"), ExtractionJson.write(x) + "\n", StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(name + ".txt"), doc.text(), StandardCharsets.UTF_8);
    }
}
