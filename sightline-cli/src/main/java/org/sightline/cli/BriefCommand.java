package org.sightline.cli;

import org.sightline.report.ExposureReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import org.sightline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "A briefing on a funder's exposure to adversary-aligned groups, to read or forward: summary, "
                + "strongest findings in plain English, charts, every path step by step, and numbered footnotes with "
                + "the exact quotes and their documents. HTML (one self-contained page, inline SVG charts, print-friendly) "
                + "or Markdown, by the output file's extension.")
final class BriefCommand extends StoreCommand {
    @Mixin
    ExposureQuestion question;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the briefing: FILE.html or FILE.htm for HTML, FILE.md for Markdown.")
    Path output;


    @Override
    public Integer call() throws Exception {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        require(html || name.endsWith(".md"), "-o: the file's extension says the format: .html, .htm or .md, not " + output);
        int sinceDate = question.sinceDate();
        try (Store store = openStore(true)) {
            ExposureReport report = question.ask(store, sinceDate);
            if (report == null) {
                return ExitCodes.FAILED;
            }
            BriefModel model = BriefModel.of(report, question.since, LocalDate.now());
            String text = html ? HtmlBrief.render(model) : MarkdownBrief.render(model);
            writeAtomically(output, text);
            out().printf("wrote %s (%d recipient%s, %d footnote%s)%n", output, model.recipientCount(),
                    model.recipientCount() == 1 ? "" : "s", model.footnotes().size(), model.footnotes().size() == 1 ? "" : "s");
            return ExitCodes.OK;
        }
    }

    /** Writes beside the target and moves into place, so a reader never sees half a briefing. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
