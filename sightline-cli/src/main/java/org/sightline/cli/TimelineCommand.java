package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.analysis.graph.ClaimDates;
import org.sightline.analysis.timeline.Dated;
import org.sightline.analysis.timeline.Timeline;
import org.sightline.store.ClaimQuery;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "What is on record about an entity, in time: each claim by the time it states, else by its "
                + "document's publication date (marked), undated ones last.")
final class TimelineCommand extends StoreCommand {
    @Parameters(paramLabel = "ENTITY", description = "Name, alias or entity id.")
    String entity;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store store = openStore(true)) {
            StoredEntity e = entityRef(store, entity);
            Map<String, Integer> published = new HashMap<>();
            List<Dated<StoredClaim>> entries = new ArrayList<>();
            for (StoredClaim c : store.claims(ClaimQuery.about(e.id()))) {
                int pub = published.computeIfAbsent(c.evidence().documentId(),
                        id -> store.document(id).map(d -> ClaimDates.parse(d.metadata().published())).orElse(0));
                entries.add(Dated.ofClaim(c, c.time(), c.attributes().get("date"), pub));
            }
            List<Dated<StoredClaim>> ordered = Timeline.order(entries);
            if (json) {
                ArrayNode arr = StoredClaimJson.JSON.createArrayNode();
                for (Dated<StoredClaim> d : ordered) {
                    ObjectNode n = arr.addObject();
                    n.put("date", d.dateText());
                    n.put("date_basis", d.basis().name());
                    n.set("claim", StoredClaimJson.object(d.item()));
                }
                out().println(StoredClaimJson.JSON.writeValueAsString(arr));
                return ExitCodes.OK;
            }
            out().printf("Timeline of %s (%s, id %d): %d claim(s)%n%n", e.name(), e.type(), e.id(), ordered.size());
            for (Dated<StoredClaim> d : ordered) {
                StoredClaim c = d.item();
                out().printf("%-10s %s %s%n             %s%n", d.dateText(),
                        d.basis() == Dated.Basis.PUBLISHED ? "(published)" : d.basis() == Dated.Basis.STATED ? "           " : "",
                        ClaimText.head(c), ClaimText.quoted(c));
            }
        }
        return ExitCodes.OK;
    }
}
