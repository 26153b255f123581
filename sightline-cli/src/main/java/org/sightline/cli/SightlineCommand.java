package org.sightline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "sightline", mixinStandardHelpOptions = true, version = "sightline 0.1.0",
        description = "Reads reports on foreign security forces, extracts who controls, funds and infiltrates "
                + "which units, each claim with its quoted evidence, and keeps it in a knowledge graph.",
        subcommands = {IngestCommand.class, TextCommand.class, ExtractCommand.class, ClaimsCommand.class,
                EntitiesCommand.class, EntityCommand.class, MergeCommand.class, SplitCommand.class,
                RejectCommand.class, JudgementsCommand.class, UndoCommand.class, RebuildCommand.class,
                KbCommand.class, ScreenCommand.class, ExposureCommand.class, BriefCommand.class, ClaimCommand.class, ConflictsCommand.class, TimelineCommand.class,
                ChangesCommand.class, LoadCommand.class,
                BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some input failed", "2:usage error"})
final class SightlineCommand implements Runnable {
    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Database file (default: $SIGHTLINE_DB, else ./sightline.db).")
    Path db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    Path dbPath() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("SIGHTLINE_DB");
        return Path.of(env != null && !env.isBlank() ? env : "sightline.db");
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a command (see --help).");
    }
}
