package org.sightline.cli;

import org.sightline.store.Judgement;
import org.sightline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Take back a judgement (it stays on record as reverted); the entities are rebuilt without it.")
final class UndoCommand extends StoreCommand {
    @Parameters(paramLabel = "JUDGEMENT", description = "Judgement id (see `sightline judgements`).")
    long judgement;

    @Mixin
    Analyst analyst;

    @Override
    public Integer call() {
        try (Store store = openStore(true)) {
            Judgement j = store.revert(judgement, analyst.who());
            out().println("reverted judgement " + j.id() + ": " + j.summary());
        }
        return ExitCodes.OK;
    }
}
