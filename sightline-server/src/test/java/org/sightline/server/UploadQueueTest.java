package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Extraction;
import org.sightline.extract.Extractor;
import org.sightline.server.access.Role;

/**
 * Uploads go to a bounded, persisted queue read by workers, never inside the request (issue 12,
 * item 12). The language models here never load (or fail to), so that a job's waiting is seen.
 */
class UploadQueueTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void anUploadAnswersAtOnceWithItsPlaceInTheQueueAndItsOwnerFollowsItsState() throws Exception {
        String db = dir.resolve("queue.db").toString();
        ServerOptions options = TestServer.options(db, true).withUploads(1, 2);
        try (TestServer t = new TestServer(db, options, new CompletableFuture<Extractor>())) {
            t.user("ana", Role.ANALYST);
            t.user("bob", Role.ANALYST);
            t.user("vera", Role.VIEWER);
            TestServer.Client ana = t.client().as("ana");
            long shared = t.accounts.shared().id();

            HttpResponse<String> first = ana.upload("first.txt", "Kata'ib Hizballah is funded by Iran.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            String location = first.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches("/api/uploads/\\d+");
            assertThat(first.body()).contains("\"state\":\"QUEUED\"").contains("\"file\":\"first.txt\"").contains("\"collection\":\"Shared\"");
            // The one worker takes it and waits for the models, saying so.
            JsonNode running = poll(ana, location, s -> s.path("state").asText().equals("RUNNING"));
            assertThat(running.path("stage").asText()).isEqualTo("waiting for the language models to load");

            HttpResponse<String> second = ana.upload("second.txt", "Badr is aligned with the IRGC.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(second.statusCode()).isEqualTo(202);
            assertThat(JSON.readTree(second.body()).path("ahead").asInt()).as("next in the queue").isZero();
            // The queue holds two: a third is refused until it drains, and nothing of it is kept.
            HttpResponse<String> third = ana.upload("third.txt", "A third text.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(third.body()).contains("upload queue is full");

            JsonNode mine = JSON.readTree(ana.get("/api/uploads").body());
            assertThat(mine).hasSize(2);
            assertThat(mine.get(0).path("file").asText()).as("newest first").isEqualTo("second.txt");
            String page = ana.get("/upload").body();
            assertThat(page).contains("Your uploads").contains("first.txt").contains("Reading: waiting for the language models to load")
                    .contains("Waiting: next in the queue").doesNotContain("third.txt");
            String jobPage = ana.get(location.replace("/api", "")).body();
            assertThat(jobPage).contains("hx-get=\"" + location.replace("/api", "") + "/status\"").contains("<progress");

            // An upload is its owner's: another analyst does not learn it exists; a viewer may not upload or list.
            TestServer.Client bob = t.client().as("bob");
            assertThat(bob.get(location).statusCode()).isEqualTo(404);
            assertThat(bob.get(location.replace("/api", "")).statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(bob.get("/api/uploads").body())).isEmpty();
            assertThat(t.client().as("vera").get("/api/uploads").statusCode()).isEqualTo(403);
            assertThat(t.accounts.audit(20)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("UPLOAD");
                assertThat(a.detail()).matches("filed in Shared, queued as job \\d+");
            });
        }
    }

    @Test
    void queuedUploadsSurviveARestartAndAreReadInOrderThen() throws Exception {
        String db = dir.resolve("restart.db").toString();
        Extraction stored = Fixtures.publicReport();
        String newText = "Harakat al-Nujaba is supported by the IRGC-QF.";
        String first;
        String second;
        try (TestServer t = new TestServer(db, TestServer.options(db, true).withUploads(1, 10), new CompletableFuture<Extractor>())) {
            t.store.save(stored);
            t.server.visibility().changed();
            t.user("ana", Role.ANALYST);
            TestServer.Client ana = t.client().as("ana");
            HttpResponse<String> a = ana.upload("new.txt", newText.getBytes(StandardCharsets.UTF_8), t.accounts.shared().id());
            first = a.headers().firstValue("Location").orElseThrow();
            poll(ana, first, s -> s.path("state").asText().equals("RUNNING"));
            HttpResponse<String> b = ana.upload("again.txt", stored.document().text().getBytes(StandardCharsets.UTF_8), t.accounts.shared().id());
            second = b.headers().firstValue("Location").orElseThrow();
            assertThat(JSON.readTree(b.body()).path("state").asText()).isEqualTo("QUEUED");
        }
        // Stopped with one upload being read and one waiting; started again (without models, this time).
        try (TestServer t = new TestServer(db, TestServer.options(db, false).withUploads(1, 10), null)) {
            TestServer.Client ana = t.client().as("ana");
            JsonNode failed = ana.awaitUpload(first);
            assertThat(failed.path("state").asText()).isEqualTo("FAILED");
            assertThat(failed.path("error").asText()).startsWith("new.txt: the language models could not be loaded");
            JsonNode done = ana.awaitUpload(second);
            assertThat(done.path("state").asText()).isEqualTo("DONE");
            assertThat(done.path("claims").asInt()).isEqualTo(stored.claims().size());
            assertThat(done.path("document").asText()).isEqualTo("/api/documents/" + stored.document().id());
            assertThat(ana.get(second.replace("/api", "")).body()).contains("id=\"uploaded\"").contains("with " + stored.claims().size() + " claims");
            assertThat(ana.get("/upload").body()).contains("Failed: new.txt: the language models could not be loaded");
        }
    }

    private static JsonNode poll(TestServer.Client c, String location, Predicate<JsonNode> until) throws Exception {
        for (int i = 0; i < 200; i++) {
            JsonNode s = JSON.readTree(c.get(location).body());
            if (until.test(s)) {
                return s;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the upload at " + location + " never got there: " + c.get(location).body());
    }
}
