package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.ClaimType.ALIGNED_WITH;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;
import org.sightline.server.access.Collection;
import org.sightline.server.access.Role;
import org.sightline.server.access.Tlp;
import org.sightline.server.access.User;
import org.sightline.store.ExtractionBuilder;

/**
 * The access property, over every page and every API route: after RED and AMBER filings of new
 * texts, of a text already in Shared (uploaded again under other metadata) and of a Shared text
 * re-filed, a reader outside those collections (viewer, analyst, admin not a member) finds nothing
 * of them: no title, outlet, URL, quote or entity name known only from them; anonymous clients get
 * nothing at all; and everything each reader could read before is still there, as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPropertyTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Words only the restricted filings hold (their texts and their metadata). */
    static final List<String> SECRETS = new ArrayList<>(Fixtures.SECRETS);

    static {
        SECRETS.addAll(List.of("Quasilent", "Morvath", "Glimmerfox", "Thornvale", "Ashcombe"));
    }

    @TempDir
    static Path dir;
    TestServer t;
    Extraction shared;
    Extraction note;
    final Map<String, Readable> before = new LinkedHashMap<>();

    /** What one reader can read, from the API: documents with their metadata, claims, entity names. */
    record Readable(Set<String> documents, Set<String> claims, Set<String> entities) {
    }

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        shared = Fixtures.publicReport();
        note = new ExtractionBuilder("The Federal Police are infiltrated by Kataib Hizballah, the monitor wrote.",
                new DocumentMetadata("Police note", "Monitor", "https://example.org/note", "2022-03-01", null, "text/plain"))
                .entity("e1", "Federal Police", SECURITY_UNIT).entity("e2", "Kataib Hizballah", ARMED_GROUP)
                .entity("e3", "monitor", ORGANIZATION)
                .mention("e1", "Federal Police").mention("e2", "Kataib Hizballah").mention("e3", "monitor")
                .claim("c1", INFILTRATES, "e2", "e1", Stance.ASSERTED, "The Federal Police are infiltrated by Kataib Hizballah",
                        List.of("e3"), null, 0.9, Map.of())
                .build();
        t.store.save(shared);
        t.store.save(note);
        t.server.visibility().changed();
        t.user("vera", Role.VIEWER);
        t.user("ana", Role.ANALYST);
        User mona = t.user("mona", Role.ANALYST);
        for (String who : List.of("vera", "ana", "admin")) {
            before.put(who, readable(client(who)));
        }

        // RED: a new text; and the Shared report uploaded again into RED under secret metadata.
        // Filed as an upload files them (the server's own rule), each before its text is stored.
        Uploads filer = new Uploads(t.server);
        Collection red = t.accounts.createCollection("Red Room", Tlp.RED);
        t.accounts.addMember(red.id(), mona.id());
        Extraction secret = Fixtures.secretReport();
        filer.file(red.id(), secret.document().id(), "mona", secret.document().metadata());
        t.store.save(secret);
        filer.file(red.id(), shared.document().id(), "mona",
                new DocumentMetadata("Glimmerfox dossier", "Glimmerfox desk", "https://example.org/glimmerfox", "2024-01-01", null, "text/plain"));
        // AMBER: a new text; and the Shared note re-filed there with other metadata.
        Collection amber = t.accounts.createCollection("Amber Desk", Tlp.AMBER);
        t.accounts.addMember(amber.id(), mona.id());
        Extraction amberText = new ExtractionBuilder("Quasilent Morvath infiltrated the Federal Police. Quasilent Morvath is aligned with Iran, Ashcombe said.",
                new DocumentMetadata("Ashcombe memo", "Ashcombe", "https://example.org/ashcombe", "2024-05-05", null, "text/plain"))
                .entity("e1", "Quasilent Morvath", ARMED_GROUP).entity("e2", "Federal Police", SECURITY_UNIT)
                .entityWithKb("e3", "Iran", STATE, "ir").entity("e4", "Ashcombe", ORGANIZATION)
                .mention("e1", "Quasilent Morvath").mention("e2", "Federal Police").mention("e3", "Iran").mention("e4", "Ashcombe")
                .claim("c1", INFILTRATES, "e1", "e2", Stance.ASSERTED, "Quasilent Morvath infiltrated the Federal Police", List.of("e4"), null, 0.9, Map.of())
                .claim("c2", ALIGNED_WITH, "e1", "e3", Stance.ASSERTED, "Quasilent Morvath is aligned with Iran", List.of("e4"), null, 0.9, Map.of())
                .build();
        filer.file(amber.id(), amberText.document().id(), "mona", amberText.document().metadata());
        t.store.save(amberText);
        filer.file(amber.id(), note.document().id(), "mona",
                new DocumentMetadata("Thornvale brief", "Thornvale", "https://example.org/thornvale", "2024-06-06", null, "text/plain"));
        t.server.visibility().changed();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void aReaderOutsideTheRestrictedCollectionsFindsNothingOfThemOnAnyPageOrRoute() {
        for (String who : List.of("vera", "ana", "admin")) {
            Map<String, String> seen = Crawler.crawl(t, client(who), SECRETS);
            assertThat(seen.size()).as("pages and answers read as " + who).isGreaterThan(40);
            seen.forEach((url, body) -> assertNoSecret(who, url, body));
        }
    }

    @Test
    void anonymousClientsGetNothing() {
        Map<String, String> seen = Crawler.crawl(t, t.client(), SECRETS);
        seen.forEach((url, body) -> assertNoSecret("anonymous", url, body));
        for (String route : Crawler.apiGets()) {
            assertThat(t.client().get(route.replace("{id}", "1")).statusCode()).as(route).isEqualTo(401);
        }
    }

    @Test
    void everythingReadableBeforeIsReadableAfterAsItWas() {
        for (String who : List.of("vera", "ana", "admin")) {
            Readable after = readable(client(who));
            Readable was = before.get(who);
            assertThat(after.documents()).as(who).containsAll(was.documents());
            assertThat(after.claims()).as(who).containsAll(was.claims());
            assertThat(after.entities()).as(who).containsAll(was.entities());
        }
    }

    @Test
    void aMemberReadsTheRestrictedFilings() {
        Readable mona = readable(t.client().as("mona"));
        assertThat(String.join(" ", mona.documents())).contains("Operation Nightjar Pelquist", "Ashcombe memo");
        assertThat(mona.entities()).contains("Quasilent Morvath", "Zorblax Quendrim");
    }

    private TestServer.Client client(String who) {
        if (!who.equals("admin")) {
            return t.client().as(who);
        }
        TestServer.Client c = t.client();
        c.login("admin", TestServer.ADMIN_PASSWORD);
        return c;
    }

    private static void assertNoSecret(String who, String url, String body) {
        // What the reader typed comes back to them (the search box keeps it): that is no leak.
        String text = body.toLowerCase(Locale.ROOT);
        for (String s : SECRETS) {
            if (url.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))) {
                text = text.replace(s.toLowerCase(Locale.ROOT), "");
            }
        }
        for (String s : SECRETS) {
            assertThat(text).as(who + " reading " + url).doesNotContain(s.toLowerCase(Locale.ROOT));
        }
    }

    private static Readable readable(TestServer.Client c) {
        try {
            Set<String> docs = new TreeSet<>();
            Set<String> claims = new TreeSet<>();
            Set<String> entities = new TreeSet<>();
            for (JsonNode d : JSON.readTree(c.get("/api/documents").body())) {
                String id = d.path("id").asText();
                docs.add(id + " | " + d.path("title").asText() + " | " + d.path("source").asText() + " | " + d.path("url").asText());
                for (JsonNode cl : JSON.readTree(c.get("/api/documents/" + id).body()).path("claims")) {
                    claims.add(cl.path("id").asText() + " " + cl.path("type").asText() + " " + cl.path("evidence").path("quote").asText());
                }
            }
            for (JsonNode e : JSON.readTree(c.get("/api/entities").body())) {
                entities.add(e.path("name").asText());
            }
            return new Readable(docs, claims, entities);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
