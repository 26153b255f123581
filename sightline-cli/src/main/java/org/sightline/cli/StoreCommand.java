package org.sightline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sightline.store.StoreLocator;
import org.sightline.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A subcommand that works on the store named by the global --db option. */
abstract class StoreCommand implements Callable<Integer> {
    /** Entities that no KB entry joins still cluster across spellings ("Hezbollah" / "Hizballah"). */
    private static final java.util.function.Supplier<org.sightline.core.NameKey> NAME_KEY = new java.util.function.Supplier<>() {
        private org.sightline.core.NameKey key;

        @Override
        public synchronized org.sightline.core.NameKey get() {
            if (key == null) {
                key = new org.sightline.resolve.names.TransliterationKey(org.sightline.resolve.names.NameMatcher.bundled());
            }
            return key;
        }
    };

    /** The root command, which holds --db; found through the spec so that nested commands (kb import-sdn) work too. */
    SightlineCommand root() {
        return (SightlineCommand) spec.root().userObject();
    }

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

    /**
     * An entity named by its id or by a name that matches exactly one entity; anything else is a
     * usage error that lists the candidates, since a judgement on the wrong entity is worse than none.
     */
    org.sightline.store.StoredEntity entityRef(Store store, String ref) {
        if (ref.matches("\\d+")) {
            var byId = store.entity(Long.parseLong(ref));
            require(byId.isPresent(), "no entity with id " + ref);
            return byId.get();
        }
        java.util.List<org.sightline.store.StoredEntity> found = store.findEntities(ref);
        require(!found.isEmpty(), "no entity named \"" + ref + "\"");
        require(found.size() == 1, "\"" + ref + "\" names " + found.size() + " entities; use an id: "
                + String.join(", ", found.stream().limit(10).map(e -> e.id() + " " + e.name() + " (" + e.type() + ")").toList()));
        return found.get(0);
    }

    /** The store --db names: a SQLite file, or a PostgreSQL database ({@link StoreLocator}). */
    Store openStore(boolean mustExist) {
        String db = root().db();
        if (mustExist && !StoreLocator.exists(db)) {
            throw new IllegalStateException("no database at " + db + " (ingest documents first, or pass --db)");
        }
        try {
            return StoreLocator.open(db, NAME_KEY.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (StoreLocator.isPostgres(db)) {
                // PostgresStore's message names the server (without the password) and what went wrong.
                throw new IllegalStateException(firstLine(e.getMessage()), e);
            }
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IllegalStateException(db + " is not a Sightline database, or cannot be opened ("
                    + firstLine(root.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
    }
}
