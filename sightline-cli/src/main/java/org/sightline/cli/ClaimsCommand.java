package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.store.ClaimQuery;
import org.sightline.store.EntityRef;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List stored claims with their quoted evidence, stance and who said them.")
final class ClaimsCommand extends StoreCommand {
    @Option(names = "--entity", paramLabel = "NAME", description = "Only claims about this entity (name or alias).")
    String entity;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only claims of these types (comma-separated): ${COMPLETION-CANDIDATES}.")
    java.util.Set<ClaimType> types;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N claims (0: all).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of claims.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        require(limit >= 0, "--limit must be 0 (all) or more");
        try (Store store = openStore(true)) {
            List<StoredClaim> claims = new ArrayList<>();
            if (entity != null) {
                List<StoredEntity> found = findEntities(store, entity);
                if (found.isEmpty()) {
                    return ExitCodes.FAILED;
                }
                Map<Long, StoredClaim> unique = new LinkedHashMap<>();
                for (StoredEntity e : found) {
                    store.claims(new ClaimQuery(e.id(), singleType(), null, 0)).forEach(c -> unique.put(c.id(), c));
                }
                claims.addAll(unique.values());
            } else {
                claims.addAll(store.claims(new ClaimQuery(null, singleType(), null, 0)));
            }
            if (types != null) {
                claims.removeIf(c -> !types.contains(c.type()));
            }
            if (limit > 0 && claims.size() > limit) {
                claims = claims.subList(0, limit);
            }
            print(out(), claims, json);
        }
        return ExitCodes.OK;
    }

    /** One type can be filtered in the store; several are filtered here. */
    private ClaimType singleType() {
        return types != null && types.size() == 1 ? types.iterator().next() : null;
    }

    static void print(PrintWriter out, List<StoredClaim> claims, boolean json) throws Exception {
        if (json) {
            out.println(StoredClaimJson.JSON.writeValueAsString(StoredClaimJson.array(claims)));
            return;
        }
        for (StoredClaim c : claims) {
            out.print("#" + c.id() + " ");
            ClaimText.print(out, c.type().name(), c.subject().name(), c.object().name(), c.stance().name(),
                    c.attributedTo().stream().map(EntityRef::name).toList(), c.time(), c.attributes(),
                    c.evidence().quote(), documentLine(c));
        }
        out.println(claims.size() + " claim(s)");
    }

    private static String documentLine(StoredClaim c) {
        String title = c.documentTitle() == null ? "(untitled)" : c.documentTitle();
        if (title.length() > 90) {
            title = title.substring(0, 89) + "…";
        }
        return "in: " + title + (c.documentSource() == null ? "" : " \u2014 " + c.documentSource())
                + " [" + c.evidence().documentId().substring(0, 19) + "… @" + c.evidence().span().start() + "]";
    }
}
