package org.sightline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import org.sightline.core.Span;
import org.sightline.core.Stance;
import org.sightline.store.Store;

/**
 * Fills a store with synthetic documents for the export benchmark, deterministic by seed: twenty
 * claims a document, one sentence each, between entities drawn from a pool of one per eight
 * claims (so entities recur across documents as real ones do), every type of entity and claim,
 * each claim said by a named speaker as reported by the document's outlet, FUNDS with amounts,
 * half the claims with a time. Saved through {@link Store#save}, as ingest saves.
 */
public final class SyntheticClaimStore {
    static final int CLAIMS_PER_DOCUMENT = 20;
    private static final String[] WORDS = {"Northern", "Popular", "Federal", "Revolutionary", "National", "Islamic", "Eastern",
        "United", "Special", "Tribal", "Border", "Central", "Western", "Southern", "Martyrs", "Victory"};
    private static final String[] HEADS = {"Brigade", "Ministry", "Police", "Front", "Council", "Directorate", "Company", "Forces",
        "Division", "League", "Fund", "Agency"};

    private SyntheticClaimStore() {
    }

    /** Saves documents until the store holds at least {@code claims} more claims; returns how many were saved. */
    public static int fill(Store store, int claims, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int pool = Math.max(50, claims / 8);
        int saved = 0;
        int doc = 0;
        while (saved < claims) {
            store.save(document(doc++, pool, random));
            saved += CLAIMS_PER_DOCUMENT;
        }
        return saved;
    }

    private static String name(int entity) {
        return WORDS[entity % WORDS.length] + " " + WORDS[(entity / WORDS.length) % WORDS.length] + " "
                + HEADS[(entity / 7) % HEADS.length] + " " + entity;
    }

    private static EntityType type(int entity) {
        EntityType[] types = EntityType.values();
        return types[(entity * 31 + 7) % types.length];
    }

    static Extraction document(int n, int pool, SplittableRandom random) {
        StringBuilder text = new StringBuilder("Synthetic report ").append(n).append(".\n\n");
        Map<Integer, String> local = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        record Planned(ClaimType type, int subject, int object, int speaker, Span span, String time, Stance stance, Map<String, String> attrs) {
        }
        List<Planned> planned = new ArrayList<>();
        ClaimType[] types = ClaimType.values();
        Stance[] stances = Stance.values();
        for (int i = 0; i < CLAIMS_PER_DOCUMENT; i++) {
            // Skewed popularity: low ids are the hubs.
            int subject = (int) (pool * Math.pow(random.nextDouble(), 2));
            int object = random.nextInt(pool);
            int speaker = random.nextInt(Math.max(1, pool / 20));
            ClaimType type = types[random.nextInt(types.length)];
            int start = text.length();
            text.append(name(subject)).append(' ').append(type.name().toLowerCase().replace('_', ' ')).append(' ').append(name(object));
            Span span = new Span(start, text.length());
            String amount = type == ClaimType.FUNDS ? "$" + (1 + random.nextInt(900)) + " million" : null;
            if (amount != null) {
                text.append(" with ").append(amount);
            }
            text.append(", ").append(name(speaker)).append(" said.\n");
            String time = random.nextBoolean() ? String.valueOf(2000 + random.nextInt(25)) : null;
            Map<String, String> attrs = amount == null ? Map.of() : Map.of("amount", amount, "currency", "USD");
            planned.add(new Planned(type, subject, object, speaker, span, time, stances[random.nextInt(stances.length)], attrs));
        }
        String outletName = "Synthetic Outlet " + (n % 40);
        Document doc = Document.of(text.toString(), new DocumentMetadata("Synthetic report " + n, outletName,
                "https://example.org/synthetic/" + n, String.format("20%02d-%02d-01", n % 25, 1 + n % 12), null, "text/plain"));
        String outlet = "e0";
        entities.add(new Entity(outlet, outletName, EntityType.ORGANIZATION, List.of(), null));
        List<Claim> claims = new ArrayList<>();
        int c = 0;
        for (Planned p : planned) {
            String s = local(local, entities, p.subject);
            String o = local(local, entities, p.object);
            String speaker = local(local, entities, p.speaker);
            claims.add(new Claim("c" + (++c), p.type, s, o, p.stance, List.of(speaker, outlet), p.time, 0.5 + random.nextDouble() / 2,
                    p.attrs, Evidence.from(doc, p.span, p.span)));
            mentions.add(new Mention(s, new Span(p.span.start(), p.span.start() + name(p.subject).length()), name(p.subject)));
        }
        return new Extraction(doc, entities, mentions, claims);
    }

    private static String local(Map<Integer, String> local, List<Entity> entities, int entity) {
        return local.computeIfAbsent(entity, k -> {
            String id = "e" + entities.size();
            entities.add(new Entity(id, name(k), type(k), List.of(name(k).toUpperCase()), null));
            return id;
        });
    }
}
