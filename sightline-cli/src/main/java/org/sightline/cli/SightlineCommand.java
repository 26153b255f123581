package org.sightline.cli;

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
                ChangesCommand.class, ServeCommand.class, LoadCommand.class, ExportCommand.class,
                BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some input failed", "2:usage error"})
final class SightlineCommand implements Runnable {
    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH|URL",
            description = "The store: a SQLite file, or a PostgreSQL database as postgresql://user:password@host:port/db"
                    + " (or jdbc:postgresql://...) (default: $SIGHTLINE_DB, else ./sightline.db).")
    String db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The store's file path or PostgreSQL URL, as given (see {@link org.sightline.store.StoreLocator}). */
    String db() {
        if (db != null && !db.isBlank()) {
            return db;
        }
        String env = System.getenv("SIGHTLINE_DB");
        return env != null && !env.isBlank() ? env : "sightline.db";
    }

    /** The store for messages: a PostgreSQL URL without its password. */
    String dbName() {
        return org.sightline.store.StoreLocator.describe(db());
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a command (see --help).");
    }
}
