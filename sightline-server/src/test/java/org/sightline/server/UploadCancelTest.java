package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/** An upload being read is stopped by its owner at the next sentence, and nothing of it is stored. */
class UploadCancelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void aRunningUploadStopsAtTheNextSentenceWhenItsOwnerCancelsIt() throws Exception {
        try (TestServer t = new TestServer(dir, true)) {
            t.user("ana", Role.ANALYST);
            TestServer.Client ana = t.client().as("ana");
            // long enough to be read for minutes: every sentence names two groups and a relation
            StringBuilder text = new StringBuilder("Field notes on militia supply lines\n\n");
            for (int i = 0; i < 1500; i++) {
                text.append("In week ").append(i).append(", Kata'ib Hizballah received rockets from the IRGC-QF near Baghdad. ");
            }
            HttpResponse<String> r = ana.upload("long.txt", text.toString().getBytes(StandardCharsets.UTF_8), t.accounts.shared().id());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            String location = r.headers().firstValue("Location").orElseThrow();
            String documentId = JSON.readTree(r.body()).path("documentId").asText();
            JsonNode parsing = null;
            for (int i = 0; i < 1200 && parsing == null; i++) {
                JsonNode s = JSON.readTree(ana.get(location).body());
                if ("parsing sentences".equals(s.path("stage").asText()) && s.path("done").asInt() > 0) {
                    parsing = s;
                }
                Thread.sleep(100);
            }
            assertThat(parsing).as("the upload reached the parse").isNotNull();
            assertThat(ana.get(location.replace("/api", "")).body()).contains("Cancel this upload");

            HttpResponse<String> cancel = ana.post(location + "/cancel", Map.of(), true);
            assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
            JsonNode end = ana.awaitUpload(location);
            assertThat(end.path("state").asText()).isEqualTo("CANCELLED");
            assertThat(end.path("done").asInt()).isLessThan(end.path("total").asInt());
            assertThat(t.store.containsDocument(documentId)).as("nothing of it stored").isFalse();
            assertThat(t.accounts.audit(20)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("UPLOAD_READ");
                assertThat(a.outcome()).isEqualTo("CANCELLED");
            });
        }
    }
}
