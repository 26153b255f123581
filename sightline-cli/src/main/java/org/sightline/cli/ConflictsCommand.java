package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.sightline.analysis.conflicts.Conflict;
import org.sightline.analysis.conflicts.StructuralConflicts;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Claims that contradict each other, side by side: a relation stated and denied, two leaders of one "
                + "organisation at one time, a unit placed under two parents neither of which is part of the other.")
final class ConflictsCommand extends StoreCommand {
    @Option(names = "--entity", paramLabel = "NAME", description = "Only conflicts that involve this entity (name, alias or id).")
    String entity;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store store = openStore(true)) {
            ClaimGraph g = ClaimGraph.fromStore(store);
            int node = -1;
            if (entity != null) {
                StoredEntity e = entityRef(store, entity);
                node = g.node(e.id());
                if (node < 0) {
                    out().println("no conflicts: " + e.name() + " is in no claim");
                    return ExitCodes.OK;
                }
            }
            List<Conflict> conflicts = new StructuralConflicts().conflicts(g, node);
            if (json) {
                ArrayNode arr = StoredClaimJson.JSON.createArrayNode();
                for (Conflict c : conflicts) {
                    ObjectNode n = arr.addObject();
                    n.put("kind", c.kind().name());
                    n.put("note", c.note());
                    ArrayNode sides = n.putArray("sides");
                    for (Hop h : c.sides()) {
                        sides.add(StoredClaimJson.array(claims(store, g, h)));
                    }
                }
                out().println(StoredClaimJson.JSON.writeValueAsString(arr));
                return ExitCodes.OK;
            }
            PrintWriter out = out();
            int n = 1;
            for (Conflict c : conflicts) {
                out.printf("%d. %s: %s%n", n++, c.kind(), c.note());
                char side = 'A';
                for (Hop h : c.sides()) {
                    for (StoredClaim claim : claims(store, g, h)) {
                        out.printf("   %c %s%n      %s%n", side, ClaimText.head(claim), ClaimText.quoted(claim));
                    }
                    side++;
                }
                out.println();
            }
            out.println(conflicts.size() + " conflict(s)");
        }
        return ExitCodes.OK;
    }

    private static List<StoredClaim> claims(Store store, ClaimGraph g, Hop h) {
        return java.util.Arrays.stream(h.claimIds(g)).mapToObj(id -> store.claim(id).orElseThrow()).toList();
    }
}
