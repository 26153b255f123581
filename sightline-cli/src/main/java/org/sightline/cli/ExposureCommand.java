package org.sightline.cli;

import org.sightline.report.ExposureReport;
import org.sightline.report.StoredClaimJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.sightline.analysis.corroboration.Origins;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.exposure.Reason;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "exposure", mixinStandardHelpOptions = true,
        description = "Which recipients of a funder's money are exposed to adversary-aligned groups, and through what chain: "
                + "funder -FUNDS-> recipient, down the PART_OF hierarchy to each unit, the groups that INFILTRATE, CONTROL, "
                + "are MEMBER_OF or LEAD it, and why each group counts as adversary-aligned (ALIGNED_WITH a sponsor, or "
                + "DESIGNATED by a US authority). Every step with its quotes, stance, attribution and the number of "
                + "independent original sources; money at stake where FUNDS claims state amounts.")
final class ExposureCommand extends StoreCommand {
    @Mixin
    ExposureQuestion question;


    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private Store store;
    private ClaimGraph graph;
    private ExposureReport report;

    @Override
    public Integer call() throws Exception {
        int sinceDate = question.sinceDate();
        try (Store s = openStore(true)) {
            store = s;
            report = question.ask(store, sinceDate);
            if (report == null) {
                return ExitCodes.FAILED;
            }
            graph = report.graph;
            List<StoredEntity> funders = report.funders;
            ExposureResult result = report.result;
            if (json) {
                out().println(StoredClaimJson.JSON.writeValueAsString(toJson(funders, result)));
            } else {
                printText(out(), funders, result);
            }
            return ExitCodes.OK;
        }
    }

    // ---- claims, names, origins ----

    private String name(int node) {
        return report.name(node);
    }

    private List<StoredClaim> claims(Hop hop) {
        return report.claims(hop);
    }

    private Origins origins(List<StoredClaim> claims) {
        return report.origins(claims);
    }

    private static String money(ExposureResult.Money m) {
        return ExposureReport.money(m);
    }

    // ---- text ----

    private void printText(PrintWriter out, List<StoredEntity> funders, ExposureResult r) {
        String who = funders.get(0).name() + (funders.size() > 1 ? " (and " + (funders.size() - 1) + " more of that name)" : "");
        int units = r.recipients().stream().mapToInt(x -> x.units().size()).sum();
        out.printf("Exposure of %s's funding%s: %d exposed recipient(s), %d exposed unit(s); money at stake: %s%n",
                who, question.since == null ? "" : " since " + question.since, r.recipients().size(), units, money(r.total()));
        if (!report.parts.isEmpty()) {
            // Each funding line below names the body that paid.
            out.println("including the funding of its parts: "
                    + String.join(", ", report.parts.stream().map(StoredEntity::name).toList()));
        }
        if (r.isEmpty()) {
            out.println("No recipient of this funder's money is tied to an adversary-aligned group in the stored claims.");
            return;
        }
        for (ExposureResult.Recipient rec : r.recipients()) {
            out.println();
            for (Hop f : rec.funding()) {
                printHop(out, "", f);
            }
            out.println("  money: " + money(rec.money()));
            for (ExposureResult.Unit u : rec.units()) {
                out.println();
                out.println("  unit: " + name(u.node()));
                for (Hop h : u.chain()) {
                    printHop(out, "    ", h);
                }
                if (u.itself() != null) {
                    out.println("    the unit itself is adversary-aligned:");
                    printReasons(out, "      ", u.itself());
                }
                for (ExposureResult.Tie t : u.ties()) {
                    printHop(out, "    ", t.hop());
                    printReasons(out, "      ", t.adversary());
                }
            }
        }
    }

    private void printReasons(PrintWriter out, String indent, ExposureResult.Adversary adversary) {
        for (Reason reason : adversary.reasons()) {
            if (reason.kind() == Reason.Kind.IS_SPONSOR) {
                out.println(indent + "adversary: " + name(reason.node()) + " is itself a sponsor");
            } else {
                out.println(indent + "adversary-aligned, because:");
                printHop(out, indent + "  ", reason.hop());
            }
        }
    }

    private void printHop(PrintWriter out, String indent, Hop hop) {
        List<StoredClaim> claims = claims(hop);
        Origins origins = origins(claims);
        out.printf("%s%s --%s--> %s   [%d claim(s), %d independent source(s)%s]%n", indent, name(hop.subject()), hop.type(),
                name(hop.object()), claims.size(), origins.independentSources(),
                hop.denied() ? ", DENIED" : hop.disputed() ? ", DISPUTED" : "");
        for (StoredClaim c : claims) {
            out.printf("%s    #%d %s, according to %s: %s%n", indent, c.id(), c.stance().name().toLowerCase(),
                    ClaimText.chain(c), ClaimText.quoted(c));
        }
    }

    // ---- JSON ----

    private ObjectNode toJson(List<StoredEntity> funders, ExposureResult r) {
        ObjectNode root = StoredClaimJson.JSON.createObjectNode();
        ArrayNode fs = root.putArray("funders");
        funders.forEach(f -> fs.add(StoredClaimJson.entity(f.ref())));
        ArrayNode parts = root.putArray("funder_parts");
        report.parts.forEach(p -> parts.add(StoredClaimJson.entity(p.ref())));
        if (question.since != null) {
            root.put("since", question.since);
        }
        root.set("money", moneyJson(r.total()));
        ArrayNode recipients = root.putArray("recipients");
        for (ExposureResult.Recipient rec : r.recipients()) {
            ObjectNode rn = recipients.addObject();
            rn.set("recipient", entityJson(rec.node()));
            ArrayNode funding = rn.putArray("funding");
            rec.funding().forEach(h -> funding.add(hopJson(h)));
            rn.set("money", moneyJson(rec.money()));
            ArrayNode units = rn.putArray("units");
            for (ExposureResult.Unit u : rec.units()) {
                ObjectNode un = units.addObject();
                un.set("unit", entityJson(u.node()));
                ArrayNode chain = un.putArray("chain");
                u.chain().forEach(h -> chain.add(hopJson(h)));
                if (u.itself() != null) {
                    reasonsJson(un.putArray("itself_adversary_because"), u.itself());
                }
                ArrayNode ties = un.putArray("ties");
                for (ExposureResult.Tie t : u.ties()) {
                    ObjectNode tn = ties.addObject();
                    tn.set("group", entityJson(t.group()));
                    tn.set("tie", hopJson(t.hop()));
                    reasonsJson(tn.putArray("adversary_because"), t.adversary());
                    ArrayNode sponsorsOf = tn.putArray("sponsors");
                    t.adversary().sponsors(graph).forEach(h -> sponsorsOf.add(hopJson(h)));
                }
            }
        }
        return root;
    }

    private void reasonsJson(ArrayNode reasons, ExposureResult.Adversary adversary) {
        for (Reason reason : adversary.reasons()) {
            ObjectNode why = reasons.addObject();
            why.put("kind", reason.kind().name());
            why.set("entity", entityJson(reason.node()));
            if (reason.hop() != null) {
                why.set("hop", hopJson(reason.hop()));
            }
        }
    }

    private ObjectNode entityJson(int node) {
        long id = graph.entityId(node);
        return store.entity(id).map(e -> StoredClaimJson.entity(e.ref()))
                .orElseGet(() -> StoredClaimJson.JSON.createObjectNode().put("id", id));
    }

    private ObjectNode hopJson(Hop hop) {
        List<StoredClaim> claims = claims(hop);
        Origins origins = origins(claims);
        ObjectNode n = StoredClaimJson.JSON.createObjectNode();
        n.put("type", hop.type().name());
        n.set("subject", entityJson(hop.subject()));
        n.set("object", entityJson(hop.object()));
        n.put("independent_sources", origins.independentSources());
        n.put("denied", hop.denied());
        n.put("disputed", hop.disputed());
        ArrayNode originsJson = n.putArray("origins");
        for (Origins.Origin o : origins.groups()) {
            ObjectNode on = originsJson.addObject();
            on.set("speaker", store.entity(o.speaker()).map(e -> (com.fasterxml.jackson.databind.JsonNode) StoredClaimJson.entity(e.ref()))
                    .orElse(StoredClaimJson.JSON.getNodeFactory().numberNode(o.speaker())));
            ArrayNode ids = on.putArray("claims");
            o.statements().forEach(st -> ids.add(st.claimId()));
            ArrayNode why = on.putArray("joined_because");
            o.why().forEach(why::add);
        }
        n.set("claims", StoredClaimJson.array(claims));
        return n;
    }

    private static ObjectNode moneyJson(ExposureResult.Money m) {
        ObjectNode n = StoredClaimJson.JSON.createObjectNode();
        n.put("known_usd", m.knownUsd());
        n.put("funding_relations", m.relations());
        n.put("relations_without_amount", m.relationsWithoutAmount());
        n.put("complete", m.complete());
        n.put("summary", money(m));
        return n;
    }
}
