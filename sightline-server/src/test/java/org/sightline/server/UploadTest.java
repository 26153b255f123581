package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Extraction;
import org.sightline.server.access.Collection;
import org.sightline.server.access.Role;

/** Uploads through the API (without the language models: only texts already stored are read here; BrowserTest reads a new one). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadTest {
    @TempDir
    static Path dir;
    TestServer t;
    Extraction secret;
    Collection red;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        secret = Fixtures.secretReport();
        red = t.holdInRed("Cell-9", secret, Fixtures.publicReport());
        t.user("ana", Role.ANALYST);
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void uploadingATextAlreadyHeldElsewhereFilesItAndAnswersAsForANewOne() throws Exception {
        TestServer.Client ana = t.client().as("ana");
        assertThat(ana.get("/api/documents").body()).doesNotContain(secret.document().id());
        java.time.Instant before = java.time.Instant.now();
        HttpResponse<String> r = upload(ana, "nightjar.txt", secret.document().text().getBytes(StandardCharsets.UTF_8), t.accounts.shared().id());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(r.body()).contains("\"state\":\"QUEUED\"").doesNotContain("already");
        // Read as a new one is: the answer, once read, holds its claims, never a word of the RED filing.
        String done = ana.awaitUpload(r).toString();
        assertThat(done).contains(secret.document().id()).contains("\"claims\":3").contains("\"state\":\"DONE\"").doesNotContain("already");
        // The answer titles the upload as ana sent it (its first line): the stored title is the RED filing's.
        assertThat(done).contains("\"title\":\"Operation Nightjar. Zorblax").doesNotContain("Operation Nightjar Pelquist");
        // Now filed in Shared too: everyone reads it, and the audit log says who filed it where,
        // and that the text was already held where the uploader cannot read.
        TestServer.Client vera = t.client().as("vera");
        assertThat(vera.get("/api/documents").body()).contains(secret.document().id());
        // and when it came in is when it was filed where she reads it, not when the RED collection got it
        for (var d : new com.fasterxml.jackson.databind.ObjectMapper().readTree(vera.get("/api/documents").body())) {
            if (d.path("id").asText().equals(secret.document().id())) {
                assertThat(java.time.Instant.parse(d.path("ingested_at").asText())).isAfter(before);
            }
        }
        // Metadata belongs to a filing: a viewer sees the Shared filing's, never the RED one's title, outlet or URL,
        // in the document, its page, its claims and the document list.
        for (String path : List.of("/api/documents/" + secret.document().id(), "/documents/" + secret.document().id(), "/api/documents")) {
            HttpResponse<String> seen = vera.get(path);
            assertThat(seen.statusCode()).as(path).isEqualTo(200);
            assertThat(seen.body()).as(path).doesNotContain("Pelquist").doesNotContain("Nightjar source")
                    .doesNotContain("example.org/nightjar");
        }
        assertThat(t.accounts.audit(10)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("UPLOAD");
            assertThat(a.actor()).isEqualTo("ana");
            assertThat(a.detail()).matches("filed in Shared, queued as job \\d+; the text was already held in a collection the uploader cannot read");
        });
    }

    @Test
    void filingASharedTextInARedCollectionAddsReadersAndTakesNoneAway() throws Exception {
        Extraction open = Fixtures.publicReport();
        String id = open.document().id();
        TestServer.Client vera = t.client().as("vera");
        assertThat(vera.get("/api/documents/" + id).statusCode()).isEqualTo(200);
        int entitiesBefore = vera.get("/api/entities").body().split("\"id\":").length;
        // An admin who is a member of the RED collection files a copy of the Shared text there.
        t.accounts.addMember(red.id(), t.accounts.userByName("admin").orElseThrow().id());
        t.server.visibility().changed();
        TestServer.Client admin = t.client();
        assertThat(admin.login("admin", TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> r = upload(admin, "copy.txt", open.document().text().getBytes(StandardCharsets.UTF_8), red.id());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        assertThat(admin.awaitUpload(r).path("state").asText()).isEqualTo("DONE");
        assertThat(t.accounts.filingsOf(id)).contains(t.accounts.shared().id(), red.id());
        // Viewers read it as before: the document, its entities.
        assertThat(vera.get("/api/documents/" + id).statusCode()).isEqualTo(200);
        assertThat(vera.get("/api/documents").body()).contains(id);
        assertThat(vera.get("/api/entities").body().split("\"id\":").length).isEqualTo(entitiesBefore);
    }

    @Test
    void uploadsNeedAnAnalystACollectionTheyMayReadAndAModestSize() throws Exception {
        TestServer.Client vera = t.client().as("vera");
        assertThat(upload(vera, "a.txt", "Some text.".getBytes(StandardCharsets.UTF_8), t.accounts.shared().id()).statusCode()).isEqualTo(403);
        TestServer.Client ana = t.client().as("ana");
        HttpResponse<String> intoRed = upload(ana, "a.txt", "Some text.".getBytes(StandardCharsets.UTF_8), red.id());
        assertThat(intoRed.statusCode()).isEqualTo(400);
        assertThat(intoRed.body()).contains("no collection");
        HttpResponse<String> big = upload(ana, "big.txt", new byte[3 * 1024 * 1024], t.accounts.shared().id());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("larger than the upload limit");
        String token = ana.csrf;
        ana.csrf = null;
        HttpResponse<String> bigForm = upload(ana, "big.txt", new byte[3 * 1024 * 1024], t.accounts.shared().id());
        assertThat(bigForm.statusCode()).as("a form too big is refused before its CSRF field is read").isEqualTo(413);
        ana.csrf = token;
        HttpResponse<String> noCsrf = ana.post("/api/documents", Map.of(), false);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnreadableFileIsRefusedAtOnceNamingTheUploadersFileNotTheServers() {
        TestServer.Client ana = t.client().as("ana");
        HttpResponse<String> r = ana.upload("fake.pdf", "%PDF-1.4 not really a PDF".getBytes(StandardCharsets.UTF_8), t.accounts.shared().id());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"error\":\"fake.pdf: ").doesNotContain("/tmp").doesNotContain("sightline-upload-");
    }

    @Test
    void aTruncatedMultipartBodyIsABadRequestThatSaysSo() {
        TestServer.Client ana = t.client().as("ana");
        String boundary = "----cut" + System.nanoTime();
        String cut = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThe text stops here, with no closing boundary";
        HttpResponse<String> r = ana.multipart("/api/documents", boundary, cut.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("multipart body could not be read").doesNotContain("internal error");
        HttpResponse<String> garbage = ana.multipart("/api/documents", boundary, "not multipart at all".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(400);
        // The upload page reads its CSRF field from the same body: a cut one is a bad request there too.
        String token = ana.csrf;
        ana.csrf = null;
        HttpResponse<String> page = ana.multipart("/upload", boundary, cut.getBytes(StandardCharsets.UTF_8));
        ana.csrf = token;
        assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
    }

    @Test
    void analystsRejectAClaimTheySeeFromItsEntityPageAndTheJudgementIsAudited() {
        long claim = t.store.claims(new org.sightline.store.ClaimQuery(null, org.sightline.core.ClaimType.ALIGNED_WITH,
                Fixtures.publicReport().document().id(), 0)).get(0).id();
        TestServer.Client vera = t.client().as("vera");
        assertThat(vera.post("/claims/" + claim + "/reject", Map.of("why", "no"), true).statusCode()).isEqualTo(403);
        TestServer.Client ana = t.client().as("ana");
        long badr = t.store.findEntities("Badr Corps").get(0).id();
        assertThat(ana.get("/entities/" + badr).body()).contains("hx-post=\"/claims/" + claim + "/reject\"");
        HttpResponse<String> r = ana.post("/claims/" + claim + "/reject", Map.of("why", "the source retracted it"), true);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Rejected");
        assertThat(t.store.claim(claim).orElseThrow().rejectedBy()).isNotNull();
        assertThat(ana.get("/api/claims/" + claim).statusCode()).isEqualTo(200);
        assertThat(ana.get("/api/entities/" + badr + "/claims").body()).doesNotContain("\"id\":" + claim + ",");
        assertThat(t.accounts.audit(20)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("JUDGEMENT");
            // the reason is the judgement's, shown with the claim; the log (admins need not be members) says only what was done
            assertThat(a.detail()).matches("reject, judgement \\d+").doesNotContain("retracted");
        });
    }

    private static HttpResponse<String> upload(TestServer.Client c, String name, byte[] content, long collection) {
        return c.upload(name, content, collection);
    }
}
