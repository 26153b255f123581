package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import java.io.PrintWriter;
import java.util.List;
import org.sightline.store.ClaimQuery;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "Show an entity: its aliases, and the claims from and to it with their evidence.")
final class EntityCommand extends StoreCommand {
    @Parameters(paramLabel = "NAME", description = "Name, alias, or part of one; or an entity id.")
    String name;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store store = openStore(true)) {
            List<StoredEntity> found = name.matches("\\d+")
                    ? store.entity(Long.parseLong(name)).map(List::of).orElseGet(() -> findEntities(store, name))
                    : findEntities(store, name);
            if (found.isEmpty()) {
                return ExitCodes.FAILED;
            }
            PrintWriter out = out();
            if (!json && found.size() > 1) {
                out.println(found.size() + " entities match \"" + name + "\":");
                out.println();
            }
            var arr = StoredClaimJson.JSON.createArrayNode();
            for (StoredEntity e : found) {
                List<StoredClaim> claims = store.claims(ClaimQuery.about(e.id()));
                List<StoredClaim> outgoing = claims.stream().filter(c -> c.subject().id() == e.id()).toList();
                List<StoredClaim> incoming = claims.stream().filter(c -> c.subject().id() != e.id()).toList();
                if (json) {
                    var n = arr.addObject();
                    n.put("id", e.id());
                    n.put("name", e.name());
                    n.put("type", e.type().name());
                    if (e.kbId() != null) {
                        n.put("kb_id", e.kbId());
                    }
                    var aliases = n.putArray("aliases");
                    e.aliases().forEach(aliases::add);
                    n.put("mentions", e.mentions());
                    n.set("claims_out", StoredClaimJson.array(outgoing));
                    n.set("claims_in", StoredClaimJson.array(incoming));
                    continue;
                }
                out.printf("%s  (%s, id %d%s)%n", e.name(), e.type(), e.id(), e.kbId() == null ? "" : ", kb " + e.kbId());
                out.println("  aliases: " + (e.aliases().isEmpty() ? "none" : String.join("; ", e.aliases())));
                out.println("  mentioned " + e.mentions() + " time(s)");
                out.println();
                out.println("Claims by " + e.name() + " (" + outgoing.size() + "):");
                ClaimsCommand.print(out, outgoing, false);
                out.println();
                out.println("Claims about " + e.name() + " (" + incoming.size() + "):");
                ClaimsCommand.print(out, incoming, false);
                out.println();
            }
            if (json) {
                out.println(StoredClaimJson.JSON.writeValueAsString(arr));
            }
        }
        return ExitCodes.OK;
    }
}
