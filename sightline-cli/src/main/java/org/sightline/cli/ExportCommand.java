package org.sightline.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.interop.ExportFormat;
import org.sightline.interop.ExportSelection;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriters;
import org.sightline.interop.Exporter;
import org.sightline.interop.Markings;
import org.sightline.store.Store;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export claims, with their evidence and the entities they name, for the tools analysts use:",
            "  ftm      FollowTheMoney JSON lines (Aleph, OpenSanctions' tools: ftm, nomenklatura)",
            "  stix     one STIX 2.1 bundle (OpenCTI, MISP)",
            "  graphml  GraphML (Gephi, yEd, NetworkX, JGraphT)",
            "  csv      one row per claim, RFC 4180, UTF-8 (any spreadsheet)",
            "The whole store by default; ids stay the same from one export to the next."})
final class ExportCommand extends StoreCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ftm, stix, graphml or csv.")
    String format;

    @Option(names = "--entity", paramLabel = "NAME", arity = "1..*",
            description = "Only claims about these entities (name or alias; several may follow).")
    List<String> entities;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only claims of these types (comma-separated): ${COMPLETION-CANDIDATES}.")
    Set<ClaimType> types;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only claims from documents published on or after DATE (yyyy-MM-dd); an undated document counts from its ingest.")
    String since;

    @Option(names = "--include-rejected", description = "Also claims an analyst rejected, marked as rejected.")
    boolean includeRejected;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE|-", description = "Where to write; - for standard output.")
    String output;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            require(false, e.getMessage());
            return ExitCodes.USAGE;
        }
        if (since != null) {
            try {
                LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                require(false, "--since must be a date as yyyy-MM-dd, not '" + since + "'");
            }
        }
        if (!output.equals("-")) {
            Path parent = Path.of(output).toAbsolutePath().getParent();
            require(parent != null && Files.isDirectory(parent), "cannot write " + output + ": no folder " + parent);
            require(!Files.isDirectory(Path.of(output)), output + " is a folder; give a file name");
        }
        try (Store store = openStore(true)) {
            markings = CollectionMarkings.of(root().db());
            Set<Long> ids = new HashSet<>();
            if (entities != null) {
                for (String name : entities) {
                    List<StoredEntity> found = findEntities(store, name);
                    if (found.isEmpty()) {
                        return ExitCodes.FAILED;
                    }
                    found.forEach(e -> ids.add(e.id()));
                }
            }
            ExportSelection selection = new ExportSelection(ids, types, since, includeRejected, null);
            boolean toStdout = output.equals("-");
            ProgressLine bar = new ProgressLine(err(), store.stats().claims(), !toStdout && !quiet && System.console() != null, "claims");
            long t = System.nanoTime();
            ExportSummary summary = toStdout ? toStandardOutput(store, f, selection) : toFile(store, f, selection, bar);
            bar.clear();
            if (!quiet) {
                err().printf("%d claim(s)%s and %d entities exported as %s to %s in %.1f s%s%n", summary.claims(),
                        summary.rejected() == 0 ? "" : " (" + summary.rejected() + " rejected)", summary.entities(),
                        f.name().toLowerCase(java.util.Locale.ROOT), toStdout ? "standard output" : output, (System.nanoTime() - t) / 1e9,
                        summary.highestMarking() == null ? "" : "; marked TLP:" + summary.highestMarking());
            }
        }
        return ExitCodes.OK;
    }

    /** The TLP markings of the server's collections when the store has them (see {@link CollectionMarkings}). */
    private Markings markings = Markings.NONE;

    private ExportSummary toStandardOutput(Store store, ExportFormat f, ExportSelection selection) throws IOException {
        OutputStream out = new BufferedOutputStream(new WriterOutputStream(out()), 1 << 16);
        ExportSummary s = new Exporter(store, markings).export(selection, ExportWriters.of(f, out));
        out.flush();
        return s;
    }

    /** Written beside the target and moved into place, so that a tool never opens half an export. */
    private ExportSummary toFile(Store store, ExportFormat f, ExportSelection selection, ProgressLine bar) throws IOException {
        Path target = Path.of(output).toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            ExportSummary s;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                s = new Exporter(store, markings).export(selection, ExportWriters.of(f, out),
                        done -> bar.update((int) Math.min(Integer.MAX_VALUE, done), ""));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return s;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
