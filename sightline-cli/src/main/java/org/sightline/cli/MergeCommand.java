package org.sightline.cli;

import org.sightline.store.Judgement;
import org.sightline.store.Store;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Judge two entities to be one: B joins A, which keeps its id and name. Kept as a judgement (who, when, why); `sightline undo ID` takes it back.")
final class MergeCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "A", description = "Entity id or exact name: the one kept.")
    String keep;

    @Parameters(index = "1", paramLabel = "B", description = "Entity id or exact name: the one merged into A.")
    String other;

    @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why they are one (kept with the judgement).")
    String why;

    @Option(names = "--force", description = "Merge even entities of different types or linked to different knowledge-base entries.")
    boolean force;

    @Mixin
    Analyst analyst;

    @Override
    public Integer call() {
        try (Store store = openStore(true)) {
            StoredEntity a = entityRef(store, keep);
            StoredEntity b = entityRef(store, other);
            require(a.id() != b.id(), "A and B are the same entity (" + a.id() + ")");
            require(!why.isBlank(), "--why must say why they are one");
            require(force || a.kbId() == null || b.kbId() == null || a.kbId().equals(b.kbId()),
                    a.name() + " is knowledge-base entry " + a.kbId() + " and " + b.name() + " is " + b.kbId()
                            + ": the knowledge base holds them apart. Merge anyway with --force");
            require(force || a.type() == b.type(), a.name() + " is a " + a.type() + " and " + b.name() + " a " + b.type()
                    + ". Merge anyway with --force");
            Judgement j = store.merge(a.id(), b.id(), analyst.who(), why);
            StoredEntity merged = store.entity(a.id()).orElseThrow();
            out().println("judgement " + j.id() + ": " + j.summary());
            out().println(merged.name() + " (id " + merged.id() + ") now also goes by: " + String.join("; ", merged.aliases()));
        }
        return ExitCodes.OK;
    }
}
