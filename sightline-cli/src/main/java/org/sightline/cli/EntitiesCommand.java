package org.sightline.cli;

import java.io.PrintWriter;
import org.sightline.core.EntityType;
import org.sightline.store.Store;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true, description = "List stored entities.")
final class EntitiesCommand extends StoreCommand {
    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: ${COMPLETION-CANDIDATES}.")
    EntityType type;

    @Override
    public Integer call() {
        try (Store store = openStore(true)) {
            PrintWriter out = out();
            int n = 0;
            for (StoredEntity e : store.entities(type)) {
                out.printf("%-6d %-16s %s%s%n", e.id(), e.type(), e.name(),
                        e.aliases().isEmpty() ? "" : "  (also: " + String.join("; ", e.aliases()) + ")");
                n++;
            }
            out.println(n + " entit" + (n == 1 ? "y" : "ies"));
        }
        return ExitCodes.OK;
    }
}
