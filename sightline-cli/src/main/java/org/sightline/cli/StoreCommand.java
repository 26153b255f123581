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
        return SqliteStore.open(parent.dbPath());
    }
}
