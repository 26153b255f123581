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
        // one worker, room for three uploads, so one each (a fifth of the queue, at least one)
        ServerOptions options = TestServer.options(db, true).withUploads(1, 3);
        try (TestServer t = new TestServer(db, options, new CompletableFuture<Extractor>())) {
            for (String name : new String[] {"ana", "bob", "carl", "dan"}) {
                t.user(name, Role.ANALYST);
            }
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

            // One person may not fill the queue for everyone.
            HttpResponse<String> more = ana.upload("more.txt", "Another text.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(more.statusCode()).isEqualTo(429);
            assertThat(more.body()).contains("as many as one person may");
            assertThat(more.headers().firstValue("Retry-After")).hasValue("60");

            TestServer.Client bob = t.client().as("bob");
            HttpResponse<String> second = bob.upload("second.txt", "Badr is aligned with the IRGC.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(second.statusCode()).isEqualTo(202);
            assertThat(JSON.readTree(second.body()).path("ahead").asInt()).as("next in the queue").isZero();
            TestServer.Client carl = t.client().as("carl");
            HttpResponse<String> third = carl.upload("third.txt", "A third text.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(JSON.readTree(third.body()).path("ahead").asInt()).isEqualTo(1);
            // The queue holds three: a fourth is refused until it drains, and nothing of it is kept.
            TestServer.Client dan = t.client().as("dan");
            HttpResponse<String> full = dan.upload("fourth.txt", "A fourth text.".getBytes(StandardCharsets.UTF_8), shared);
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.body()).contains("upload queue is full");
            assertThat(full.headers().firstValue("Retry-After")).hasValue("60");

            // A waiting upload can be cancelled by its owner; one being read cannot; nobody else's at all.
            String secondAt = second.headers().firstValue("Location").orElseThrow();
            assertThat(carl.post(secondAt + "/cancel", java.util.Map.of(), true).statusCode()).isEqualTo(404);

            HttpResponse<String> cancelled = bob.post(secondAt + "/cancel", java.util.Map.of(), true);
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            assertThat(cancelled.body()).contains("\"state\":\"CANCELLED\"");
            assertThat(bob.get(secondAt.replace("/api", "")).body()).contains("Cancelled before it was read");
            assertThat(JSON.readTree(carl.get(third.headers().firstValue("Location").orElseThrow()).body()).path("ahead").asInt()).isZero();
            assertThat(dan.upload("fourth.txt", "A fourth text.".getBytes(StandardCharsets.UTF_8), shared).statusCode())
                    .as("room again").isEqualTo(202);

            JsonNode mine = JSON.readTree(ana.get("/api/uploads").body());
            assertThat(mine).hasSize(1);
            String page = ana.get("/upload").body();
            assertThat(page).contains("Your uploads").contains("first.txt").contains("Reading: waiting for the language models to load")
                    .doesNotContain("more.txt").doesNotContain("second.txt");
            assertThat(carl.get("/upload").body()).contains("Waiting: next in the queue");
            String jobPage = ana.get(location.replace("/api", "")).body();
            assertThat(jobPage).contains("hx-get=\"" + location.replace("/api", "") + "/status\"").contains("<progress");
            assertThat(carl.get(third.headers().firstValue("Location").orElseThrow().replace("/api", "")).body())
                    .contains("Cancel this upload");

            // An upload is its owner's: another analyst does not learn it exists; a viewer may not upload or list.
            assertThat(bob.get(location).statusCode()).isEqualTo(404);
            assertThat(bob.get(location.replace("/api", "")).statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(t.client().as("bob").get("/api/uploads").body())).hasSize(1);
            assertThat(t.client().as("vera").get("/api/uploads").statusCode()).isEqualTo(403);
            assertThat(t.accounts.audit(40)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("UPLOAD");
                assertThat(a.detail()).matches("filed in Shared, queued as job \\d+");
            }).anySatisfy(a -> assertThat(a.action()).isEqualTo("UPLOAD_CANCEL"));
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
            assertThat(ana.post(second + "/cancel", java.util.Map.of(), true).statusCode()).as("a finished upload").isEqualTo(409);
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
