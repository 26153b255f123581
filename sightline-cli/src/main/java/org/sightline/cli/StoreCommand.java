package org.sightline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.sightline.store.SqliteStore;
import org.sightline.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on the store named by the global --db option. */
abstract class StoreCommand implements Callable<Integer> {
    @ParentCommand
    SightlineCommand parent;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit code 2) unless {@code ok}. */
    void require(boolean ok, String message) {
        if (!ok) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    /** Entities with this name, alias or part of one; says so on standard error when there are none. */
    java.util.List<org.sightline.store.StoredEntity> findEntities(Store store, String name) {
        java.util.List<org.sightline.store.StoredEntity> found = store.findEntities(name);
        if (found.isEmpty()) {
            err().println("sightline: no entity named \"" + name + "\"");
        }
        return found;
    }

    Store openStore(boolean mustExist) {
        if (mustExist && !Files.exists(parent.dbPath())) {
            throw new IllegalStateException("no database at " + parent.dbPath() + " (ingest documents first, or pass --db)");
        }
        try {
            return SqliteStore.open(parent.dbPath());
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalStateException(parent.dbPath() + " is not a Sightline database, or cannot be opened ("
                    + firstLine(root.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
    }
}
