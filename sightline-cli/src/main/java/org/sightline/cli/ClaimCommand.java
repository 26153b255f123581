package org.sightline.cli;

import org.sightline.report.ClaimSupport;
import org.sightline.report.StoredClaimJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.sightline.analysis.corroboration.Origins;
import org.sightline.analysis.corroboration.SupportingStatement;
import org.sightline.core.Stance;
import org.sightline.store.ClaimQuery;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "claim", mixinStandardHelpOptions = true,
        description = "One claim and its support tree: every stored statement of the same relation, grouped into "
                + "independent original sources (same original speaker, same document, or a republished story), "
                + "denials marked.")
final class ClaimCommand extends StoreCommand {
    @Parameters(paramLabel = "CLAIM", description = "Claim id (the #N that `sightline claims` prints).")
    long id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store store = openStore(true)) {
            StoredClaim claim = store.claim(id).orElse(null);
            require(claim != null, "no claim " + id);
            List<StoredClaim> same = store.claims(new ClaimQuery(claim.subject().id(), claim.type(), null, 0)).stream()
                    .filter(c -> c.subject().id() == claim.subject().id() && c.object().id() == claim.object().id())
                    .toList();
            Origins origins = new ClaimSupport(store).origins(same);
            if (json) {
                ObjectNode root = StoredClaimJson.object(claim);
                if (claim.rejectedBy() != null) {
                    root.put("rejected_by_judgement", claim.rejectedBy());
                }
                ObjectNode support = root.putObject("support");
                support.put("statements", same.size());
                support.put("independent_sources", origins.independentSources());
                ArrayNode groups = support.putArray("origins");
                for (Origins.Origin o : origins.groups()) {
                    ObjectNode g = groups.addObject();
                    store.entity(o.speaker()).ifPresent(e -> g.set("speaker", StoredClaimJson.entity(e.ref())));
                    o.why().forEach(g.putArray("joined_because")::add);
                    ArrayNode statements = g.putArray("claims");
                    for (SupportingStatement st : o.statements()) {
                        same.stream().filter(c -> c.id() == st.claimId()).findFirst()
                                .ifPresent(c -> statements.add(StoredClaimJson.object(c)));
                    }
                }
                out().println(StoredClaimJson.JSON.writeValueAsString(root));
                return ExitCodes.OK;
            }
            PrintWriter out = out();
            out.printf("#%d %s --%s--> %s  (%s)%s%n", claim.id(), claim.subject().name(), claim.type(), claim.object().name(),
                    claim.stance().name().toLowerCase(), claim.rejectedBy() == null ? "" : "  REJECTED by judgement " + claim.rejectedBy());
            out.println("  " + ClaimText.quoted(claim));
            out.println();
            long denied = same.stream().filter(c -> c.stance() == Stance.DENIED).count();
            out.printf("Support: %d statement(s) of this relation, %d independent source(s)%s%n", same.size(),
                    origins.independentSources(), denied == 0 ? "" : "; " + denied + " of them deny it");
            int n = 1;
            for (Origins.Origin o : origins.groups()) {
                String speaker = store.entity(o.speaker()).map(e -> e.name()).orElse("entity " + o.speaker());
                out.printf("  source %d: %s%s%n", n++, speaker, o.why().isEmpty() ? "" : "  (joined: " + String.join("; ", o.why()) + ")");
                for (SupportingStatement st : o.statements()) {
                    StoredClaim c = same.stream().filter(x -> x.id() == st.claimId()).findFirst().orElseThrow();
                    out.printf("    #%d %s, according to %s — %s%n", c.id(), c.stance().name().toLowerCase(),
                            ClaimText.chain(c), ClaimText.document(c));
                }
            }
        }
        return ExitCodes.OK;
    }
}
