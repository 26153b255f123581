package org.sightline.cli;

import java.util.ArrayList;
import java.util.List;
import org.sightline.store.Judgement;
import org.sightline.store.Store;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Judge that part of an entity is another entity: the documents' entities seen under --name, or in --document, move to an entity of their own. `sightline undo ID` takes it back.")
final class SplitCommand extends StoreCommand {
    @Parameters(paramLabel = "ENTITY", description = "Entity id or exact name.")
    String entity;

    @Option(names = "--name", paramLabel = "NAME", description = "Split off what documents called NAME (repeatable).")
    List<String> names = new ArrayList<>();

    @Option(names = "--document", paramLabel = "DOC_ID", description = "Split off what this document named (repeatable).")
    List<String> documents = new ArrayList<>();

    @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why (kept with the judgement).")
    String why;

    @Option(names = "--rename", paramLabel = "NEW_NAME", description = "Name of the split-off entity (default: the first --name).")
    String newName;

    @Option(names = "--type", paramLabel = "TYPE", description = "Type of the split-off entity (default: as it was).")
    org.sightline.core.EntityType newType;

    @Mixin
    Analyst analyst;

    @Override
    public Integer call() {
        require(!names.isEmpty() || !documents.isEmpty(), "say what to split off: --name NAME or --document DOC_ID");
        try (Store store = openStore(true)) {
            StoredEntity e = entityRef(store, entity);
            require(!why.isBlank(), "--why must say why");
            String name = newName != null ? newName : names.isEmpty() ? null : names.get(0);
            Judgement j = store.split(e.id(), names, documents, name, newType, analyst.who(), why);
            out().println("judgement " + j.id() + ": " + j.summary());
            for (long id : store.entitiesOfDocEntities(j.docEntityIds())) {
                StoredEntity part = store.entity(id).orElseThrow();
                out().println("now entity " + part.id() + ": " + part.name() + " (" + part.type() + ")");
            }
        }
        return ExitCodes.OK;
    }
}
