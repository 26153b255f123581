package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.SharedData;
import org.sightline.interop.StixSchemas;
import org.sightline.server.access.AuditEntry;
import org.sightline.server.access.Role;
import org.sightline.store.StoredEntity;

/**
 * GET /api/export: analysts export what they may read, in the four formats, marked with the
 * highest TLP of what it holds (X-TLP and the file), audited; a store with a RED filing exports
 * nothing of it to anyone outside the collection; viewers may not export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> FORMATS = List.of("ftm", "stix", "graphml", "csv");
    @TempDir
    static Path dir;
    TestServer t;
    long police;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        t.redRoomCast("vic");
        police = t.store.findEntities("Federal Police").stream().mapToLong(StoredEntity::id).findFirst().orElseThrow();
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void anAnalystOutsideTheRedCollectionExportsNothingOfItInAnyFormat() {
        TestServer.Client ana = t.client().as("ana");
        for (String format : FORMATS) {
            for (String scope : List.of("", "&entity=" + police, "&funder=United+States")) {
                HttpResponse<String> r = ana.get("/api/export?format=" + format + scope);
                assertThat(r.statusCode()).as(format + scope).isEqualTo(200);
                assertThat(r.headers().firstValue("X-TLP")).as(format + scope).contains("TLP:GREEN");
                for (String secret : Fixtures.SECRETS) {
                    assertThat(r.body()).as(format + scope).doesNotContainIgnoringCase(secret);
                }
                assertThat(r.body()).as(format + scope).doesNotContain("TLP:RED").doesNotContain("e828b379-4e03-4974-9ac4-e53a884c97c1");
            }
        }
        String all = ana.get("/api/export?format=csv").body();
        assertThat(all).contains("The United States funds the Federal Police").contains("Badr Corps is aligned with Iran");
    }

    @Test
    void aMembersExportHoldsTheRedClaimsMarkedRed() throws Exception {
        TestServer.Client rita = t.client().as("rita");
        HttpResponse<String> r = rita.get("/api/export?format=stix");
        assertThat(r.headers().firstValue("X-TLP")).contains("TLP:RED");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("sightline.stix.json");
        JsonNode bundle = JSON.readTree(r.body());
        if (SharedData.has("oracles/stix2/schemas")) {
            assertThat(new StixSchemas(SharedData.require("oracles/stix2/schemas")).problems(bundle)).isEmpty();
        }
        List<String> redQuotes = new ArrayList<>();
        List<String> greenQuotes = new ArrayList<>();
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("type").asText().equals("relationship")) {
                String mark = o.path("object_marking_refs").get(0).asText();
                (mark.equals("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1") ? redQuotes : greenQuotes).add(o.path("description").asText());
            }
        }
        assertThat(redQuotes).containsExactlyInAnyOrder("Zorblax Quendrim infiltrated the Federal Police",
                "The Zorblax Quendrim is aligned with Iran", "Badr Xylophant Vorlag works with the Zorblax Quendrim");
        assertThat(greenQuotes).contains("The United States funds the Federal Police");

        HttpResponse<String> graphml = rita.get("/api/export?format=graphml&entity=" + police);
        assertThat(graphml.headers().firstValue("X-TLP")).contains("TLP:RED");
        assertThat(graphml.body()).contains("<data key=\"g_tlp\">TLP:RED</data>");
    }

    @Test
    void exportsAreForAnalystsAndAudited() {
        assertThat(t.client().as("vic").get("/api/export?format=csv").statusCode()).isEqualTo(403);
        assertThat(t.client().get("/api/export?format=csv").statusCode()).isEqualTo(401);
        assertThat(t.client().as("ana").get("/api/export?format=pdf").statusCode()).isEqualTo(400);
        t.client().as("ana").get("/api/export?format=ftm&entity=" + police);
        List<AuditEntry> log = t.accounts.audit(50);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.action()).isEqualTo("EXPORT");
            assertThat(e.target()).isEqualTo("export ftm of entity " + police);
            assertThat(e.detail()).contains("claims").contains("TLP:GREEN");
        });
    }

    @Test
    void theEntityAndExposurePagesLinkToTheExports() {
        TestServer.Client ana = t.client().as("ana");
        assertThat(ana.get("/entities/" + police).body()).contains("/api/export?format=stix&amp;entity=" + police);
        assertThat(ana.get("/exposure?funder=United+States").body()).contains("/api/export?format=graphml&amp;funder=United+States");
        assertThat(ana.get("/").body()).contains("/api/export?format=ftm");
    }
}
