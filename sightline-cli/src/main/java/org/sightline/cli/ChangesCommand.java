package org.sightline.cli;

import org.sightline.report.StoredClaimJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.store.ClaimQuery;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "What changed: the claims of documents ingested since a date, or only those that touch the "
                + "entities of a watch list (one name per line; # starts a comment).")
final class ChangesCommand extends StoreCommand {
    @Option(names = "--since", required = true, paramLabel = "DATE", description = "yyyy-MM-dd (UTC) or an ISO instant.")
    String since;

    @Option(names = "--watch", paramLabel = "FILE", description = "Only claims about these entities (one name per line).")
    Path watch;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Instant from = parse(since);
        try (Store store = openStore(true)) {
            Set<Long> watched = null;
            List<String> unknown = new ArrayList<>();
            if (watch != null) {
                require(Files.isRegularFile(watch), "no such file: " + watch);
                watched = new HashSet<>();
                for (String line : Files.readAllLines(watch)) {
                    String name = line.replaceAll("#.*", "").strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    List<StoredEntity> found = store.findEntities(name);
                    if (found.isEmpty()) {
                        unknown.add(name);
                    }
                    for (StoredEntity e : found) {
                        watched.add(e.id());
                    }
                }
                for (String name : unknown) {
                    err().println("sightline: " + watch + ": no stored entity named \"" + name + "\" (watched all the same)");
                }
            }
            List<StoredClaim> changed = new ArrayList<>();
            int documents = 0;
            for (StoredDocument d : store.documents()) {
                if (d.ingestedAt().isBefore(from)) {
                    continue;
                }
                documents++;
                for (StoredClaim c : store.claims(new ClaimQuery(null, null, d.id(), 0))) {
                    if (watched == null || watched.contains(c.subject().id()) || watched.contains(c.object().id())) {
                        changed.add(c);
                    }
                }
            }
            if (json) {
                out().println(StoredClaimJson.JSON.writeValueAsString(StoredClaimJson.array(changed)));
                return ExitCodes.OK;
            }
            out().printf("%d document(s) ingested since %s; %d new claim(s)%s%n%n", documents, from, changed.size(),
                    watched == null ? "" : " touching the " + watched.size() + " watched entit(ies)");
            for (StoredClaim c : changed) {
                out().println(ClaimText.head(c));
                out().println("    " + ClaimText.quoted(c));
            }
        }
        return ExitCodes.OK;
    }

    private Instant parse(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            require(false, "--since: not a date (yyyy-MM-dd) or an instant: " + text);
            return null;
        }
    }
}
