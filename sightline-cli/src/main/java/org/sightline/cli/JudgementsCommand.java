package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import java.util.List;
import org.sightline.store.Judgement;
import org.sightline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "judgements", mixinStandardHelpOptions = true,
        description = "List the analysts' judgements (merge, split, reject), oldest first, reverted ones marked.")
final class JudgementsCommand extends StoreCommand {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store store = openStore(true)) {
            List<Judgement> all = store.judgements();
            if (json) {
                var arr = StoredClaimJson.JSON.createArrayNode();
                for (Judgement j : all) {
                    var n = arr.addObject();
                    n.put("id", j.id());
                    n.put("kind", j.kind().name());
                    n.put("summary", j.summary());
                    if (j.why() != null) {
                        n.put("why", j.why());
                    }
                    n.put("made_by", j.madeBy());
                    n.put("made_at", j.madeAt().toString());
                    if (!j.active()) {
                        n.put("reverted_by", j.revertedBy());
                        n.put("reverted_at", j.revertedAt().toString());
                    }
                }
                out().println(StoredClaimJson.JSON.writeValueAsString(arr));
                return ExitCodes.OK;
            }
            for (Judgement j : all) {
                out().printf("%d  %s  %s by %s%s%n", j.id(), j.kind(), j.madeAt(), j.madeBy(),
                        j.active() ? "" : "  [reverted " + j.revertedAt() + " by " + j.revertedBy() + "]");
                out().println("   " + j.summary());
                if (j.why() != null) {
                    out().println("   why: " + j.why());
                }
            }
            out().println(all.size() + " judgement(s)");
        }
        return ExitCodes.OK;
    }
}
