package org.sightline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.bench.ExtractionBench;
import org.sightline.core.Document;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.InputFiles;
import org.sightline.ingest.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Sightline's speed.",
        subcommands = BenchCommand.Extract.class)
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a benchmark (see --help).");
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction tokens/s over a folder with 1 and 2 threads, model load time and heap, "
                    + "against CoreNLP's stock tokenize,ssplit,pos,lemma,ner pipeline on the same text.")
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Files or folders to extract.")
        List<Path> paths;

        @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also measure CoreNLP's stock pipeline (default: yes).")
        boolean baseline;

        @Option(names = "--nlp", paramLabel = "KEY=VALUE",
                description = "CoreNLP property for Sightline's pipeline, e.g. annotators=tokenize,ssplit,pos,lemma,ner,depparse.")
        java.util.Map<String, String> nlp = new java.util.LinkedHashMap<>();

        @Option(names = "--limit", defaultValue = "0", description = "Use at most N documents (0: all).")
        int limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DocumentReader reader = new DocumentReader();
            List<Document> docs = new ArrayList<>();
            for (Path f : InputFiles.expand(paths).files()) {
                if (limit > 0 && docs.size() >= limit) {
                    break;
                }
                try {
                    docs.add(reader.read(f));
                } catch (UnreadableDocumentException e) {
                    spec.commandLine().getErr().println("sightline: " + e.getMessage() + " (left out)");
                }
            }
            java.util.Properties overrides = new java.util.Properties();
            overrides.putAll(nlp);
            new ExtractionBench(docs, spec.commandLine().getOut(), overrides).run(threads, baseline);
            return ExitCodes.OK;
        }
    }
}
