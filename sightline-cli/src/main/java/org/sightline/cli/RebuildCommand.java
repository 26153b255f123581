package org.sightline.cli;

import org.sightline.store.RebuildResult;
import org.sightline.store.Store;
import picocli.CommandLine.Command;

@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Recompute the entities from every document's entities and the active judgements.")
final class RebuildCommand extends StoreCommand {
    @Override
    public Integer call() {
        try (Store store = openStore(true)) {
            RebuildResult r = store.rebuildEntities();
            out().printf("entities: %d before, %d after; %d document entities changed entity%n",
                    r.entitiesBefore(), r.entitiesAfter(), r.docEntitiesMoved());
        }
        return ExitCodes.OK;
    }
}
