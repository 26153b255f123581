package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.resolve.kb.Citation;
import org.sightline.resolve.kb.KbEntity;
import org.sightline.resolve.kb.KbFact;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.screen.ScreenHit;
import org.sightline.resolve.screen.ScreenTarget;
import org.sightline.resolve.screen.Screener;
import org.sightline.store.ClaimQuery;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen a name against the reference knowledge base and the stored entities (an imported sanctions list included): ranked candidates, each with its score, why it matched, and what is on record about it: designations and claims with their evidence, KB facts with citations.")
final class ScreenCommand extends StoreCommand {
    @Parameters(paramLabel = "NAME", description = "The name to screen, in any spelling or script.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only candidates of this type (PERSON, ORGANIZATION, ARMED_GROUP, ...).")
    EntityType type;

    @Option(names = "--limit", defaultValue = "5", paramLabel = "N", description = "Candidates to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--claims", defaultValue = "10", paramLabel = "N", description = "Claims on record to show per candidate (default: ${DEFAULT-VALUE}).")
    int claimsShown;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        require(!name.isBlank(), "NAME is empty");
        require(limit > 0, "--limit must be positive");
        // The KB and the name rules, not the linker: its own index of KB names is not needed to screen.
        KnowledgeBase kb = KnowledgeBase.load();
        boolean haveStore = org.sightline.store.StoreLocator.exists(root().db());
        try (Store store = haveStore ? openStore(true) : null) {
            List<ScreenTarget> stored = new ArrayList<>();
            if (store != null) {
                for (StoredEntity e : store.entities(null)) {
                    stored.add(new ScreenTarget(e.name(), e.type(), e.aliases(), e.kbId(), e.id()));
                }
            }
            Screener screener = Screener.build(NameMatcher.bundled(), kb, stored);
            List<ScreenHit> hits = screener.screen(name, type, limit);
            if (json) {
                printJson(hits, kb, store, screener.targets());
            } else {
                printText(out(), hits, kb, store, screener.targets(), stored.size());
            }
            return ExitCodes.OK;
        }
    }

    /** How the query compares with the candidate's preferred name, when an alias was the best match. */
    private org.sightline.resolve.names.MatchResult againstName(ScreenHit h) {
        return NameMatcher.bundled().match(name, h.target().name(), h.target().type());
    }

    private List<StoredClaim> onRecord(Store store, ScreenTarget t) {
        if (store == null || t.storeId() == null) {
            return List.of();
        }
        List<StoredClaim> claims = new ArrayList<>(store.claims(ClaimQuery.about(t.storeId())));
        // Designations first: they are what a screening is for.
        claims.sort(Comparator.comparing((StoredClaim c) -> c.type() != ClaimType.DESIGNATED));
        return claims;
    }

    private void printText(PrintWriter out, List<ScreenHit> hits, KnowledgeBase kb, Store store, int targets, int storedCount) {
        out.printf("Screening \"%s\"%s against %d targets (%d knowledge-base entries, %d stored entities)%n%n", name,
                type == null ? "" : " as " + type, targets, kb.entities().size(), storedCount);
        if (hits.isEmpty()) {
            out.println("no candidates");
            return;
        }
        int rank = 1;
        for (ScreenHit h : hits) {
            ScreenTarget t = h.target();
            out.printf("%d. %s  (%s%s%s)  score %.2f%s%n", rank++, t.name(), t.type(),
                    t.kbId() == null ? "" : kb.entity(t.kbId()).isPresent() ? "; kb " + t.kbId() : "; list id " + t.kbId(),
                    t.storeId() == null ? "" : "; entity " + t.storeId(),
                    h.score(), h.result().match() ? "  MATCH" : "");
            out.println("   matched \"" + h.matchedName() + "\":");
            h.result().explanation().forEach(line -> out.println("     - " + line));
            if (!h.matchedName().equals(t.name())) {
                out.println("   against its name \"" + t.name() + "\":");
                againstName(h).explanation().forEach(line -> out.println("     - " + line));
            }
            List<KbFact> facts = t.kbId() == null ? List.of() : kb.factsAbout(t.kbId());
            List<StoredClaim> claims = onRecord(store, t);
            // Designations first: they are what a screening is for; say so when there are none.
            List<KbFact> kbDesignations = facts.stream().filter(f -> f.type() == ClaimType.DESIGNATED && f.object().equals(t.kbId())).toList();
            List<StoredClaim> designations = claims.stream().filter(c -> c.type() == ClaimType.DESIGNATED).toList();
            if (kbDesignations.isEmpty() && designations.isEmpty()) {
                out.println("   no designation on record");
            } else {
                out.println("   designations:");
                designations.forEach(c -> printClaim(out, c));
                kbDesignations.forEach(f -> out.println("     KB: " + factText(kb, f)));
            }
            List<StoredClaim> others = claims.stream().filter(c -> c.type() != ClaimType.DESIGNATED).toList();
            List<KbFact> otherFacts = facts.stream().filter(f -> !kbDesignations.contains(f)).toList();
            if (!others.isEmpty() || !otherFacts.isEmpty()) {
                out.println("   other claims and facts:");
            }
            others.subList(0, Math.min(claimsShown, others.size())).forEach(c -> printClaim(out, c));
            if (others.size() > claimsShown) {
                out.println("     … " + (others.size() - claimsShown) + " more claim(s): sightline entity " + t.storeId());
            }
            otherFacts.subList(0, Math.min(claimsShown, otherFacts.size())).forEach(f -> out.println("     KB: " + factText(kb, f)));
            if (otherFacts.size() > claimsShown) {
                out.println("     … " + (otherFacts.size() - claimsShown) + " more knowledge-base fact(s): use --json");
            }
            out.println();
        }
    }

    private static void printClaim(PrintWriter out, StoredClaim c) {
        out.printf("     #%d %s %s → %s%s%n        \"%s\"  (%s)%n", c.id(), c.type(), c.subject().name(), c.object().name(),
                c.attributes().isEmpty() ? "" : "  " + c.attributes(), oneLine(c.evidence().quote()),
                c.documentTitle() == null ? c.evidence().documentId() : c.documentTitle());
    }

    private static String factText(KnowledgeBase kb, KbFact f) {
        StringBuilder s = new StringBuilder();
        s.append(kb.entity(f.subject()).map(KbEntity::name).orElse(f.subject())).append(' ').append(f.type()).append(' ')
                .append(kb.entity(f.object()).map(KbEntity::name).orElse(f.object()));
        if (!f.attributes().isEmpty()) {
            s.append("  ").append(f.attributes());
        }
        if (f.from() != null || f.until() != null) {
            s.append("  [").append(f.from() == null ? "" : f.from()).append(" – ").append(f.until() == null ? "" : f.until()).append(']');
        }
        s.append(String.format("  confidence %.2f%s", f.confidence(), f.uncertain() ? ", uncertain" : ""));
        for (Citation c : f.citations()) {
            s.append("\n          source: ").append(c.source()).append(", ").append(c.date());
            if (c.url() != null) {
                s.append(", ").append(c.url());
            }
        }
        return s.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    private void printJson(List<ScreenHit> hits, KnowledgeBase kb, Store store, int targets) throws Exception {
        ObjectNode root = StoredClaimJson.JSON.createObjectNode();
        root.put("query", name);
        if (type != null) {
            root.put("type", type.name());
        }
        root.put("targets", targets);
        ArrayNode candidates = root.putArray("candidates");
        int rank = 1;
        for (ScreenHit h : hits) {
            ScreenTarget t = h.target();
            ObjectNode c = candidates.addObject();
            c.put("rank", rank++);
            c.put("score", Math.round(h.score() * 10000) / 10000.0);
            c.put("match", h.result().match());
            c.put("name", t.name());
            c.put("type", t.type().name());
            if (t.kbId() != null) {
                c.put("kb_id", t.kbId());
            }
            if (t.storeId() != null) {
                c.put("entity_id", t.storeId());
            }
            c.put("matched_name", h.matchedName());
            ArrayNode why = c.putArray("explanation");
            h.result().explanation().forEach(why::add);
            if (!h.matchedName().equals(t.name())) {
                ObjectNode vs = c.putObject("against_name");
                org.sightline.resolve.names.MatchResult r = againstName(h);
                vs.put("score", Math.round(r.score() * 10000) / 10000.0);
                r.explanation().forEach(vs.putArray("explanation")::add);
            }
            ArrayNode aliases = c.putArray("aliases");
            t.aliases().forEach(aliases::add);
            ArrayNode facts = c.putArray("kb_facts");
            for (KbFact f : t.kbId() == null ? List.<KbFact>of() : kb.factsAbout(t.kbId())) {
                ObjectNode n = facts.addObject();
                n.put("subject", f.subject());
                n.put("type", f.type().name());
                n.put("object", f.object());
                f.attributes().forEach(n.putObject("attributes")::put);
                if (f.from() != null) {
                    n.put("from", f.from());
                }
                if (f.until() != null) {
                    n.put("until", f.until());
                }
                n.put("confidence", f.confidence());
                n.put("uncertain", f.uncertain());
                ArrayNode cites = n.putArray("citations");
                for (Citation cite : f.citations()) {
                    ObjectNode cn = cites.addObject();
                    cn.put("source", cite.source());
                    cn.put("date", cite.date());
                    if (cite.url() != null) {
                        cn.put("url", cite.url());
                    }
                    if (cite.quote() != null) {
                        cn.put("quote", cite.quote());
                    }
                }
            }
            List<StoredClaim> claims = onRecord(store, t);
            c.set("designations", StoredClaimJson.array(claims.stream().filter(x -> x.type() == ClaimType.DESIGNATED).toList()));
            c.set("claims", StoredClaimJson.array(claims.stream().filter(x -> x.type() != ClaimType.DESIGNATED).toList()));
        }
        out().println(StoredClaimJson.JSON.writeValueAsString(root));
    }
}
