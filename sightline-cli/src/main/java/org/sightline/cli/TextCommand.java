package org.sightline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sightline.core.Document;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print the plain text that extraction sees; evidence offsets refer to it.")
final class TextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A text, markdown, HTML or PDF file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Document doc = new DocumentReader().read(file);
            spec.commandLine().getOut().print(doc.text());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (UnreadableDocumentException e) {
            spec.commandLine().getErr().println("sightline: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
