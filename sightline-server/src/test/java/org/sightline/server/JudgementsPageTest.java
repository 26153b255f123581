package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;
import org.sightline.store.ClaimQuery;
import org.sightline.store.StoredClaim;

/** An analyst lists rejected claims and undoes a judgement in the web app; another's RED judgement stays out of sight. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JudgementsPageTest {
    @TempDir
    static Path dir;
    TestServer t;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        t.redRoomCast("vera");
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void aRejectionIsListedAndUndoneFromThePage() {
        TestServer.Client ana = t.client().as("ana");
        StoredClaim funds = claim("The United States funds the Federal Police");
        ana.get("/entities/" + funds.subject().id());
        var rejected = ana.post("/claims/" + funds.id() + "/reject", Map.of("why", "the program ended in 2019"), true);
        assertThat(rejected.statusCode()).isEqualTo(200);
        Matcher undo = Pattern.compile("hx-post=\"/judgements/(\\d+)/undo\"").matcher(rejected.body());
        assertThat(undo.find()).as(rejected.body()).isTrue();
        long judgement = Long.parseLong(undo.group(1));

        // Rita rejects a claim of the RED document: Ana sees nothing of it and cannot undo it.
        TestServer.Client rita = t.client().as("rita");
        StoredClaim secret = claim("Zorblax Quendrim infiltrated the Federal Police");
        rita.get("/entities/" + secret.object().id());
        Matcher ritas = Pattern.compile("/judgements/(\\d+)/undo").matcher(
                rita.post("/claims/" + secret.id() + "/reject", Map.of("why", "Nightjar source retracted"), true).body());
        assertThat(ritas.find()).isTrue();

        var page = Jsoup.parse(ana.get("/judgements").body());
        assertThat(page.select("ul.judgements li.claim blockquote").eachText()).containsExactly("The United States funds the Federal Police");
        assertThat(page.text()).contains("the program ended in 2019").doesNotContain("Zorblax").doesNotContain("Nightjar");
        assertThat(ana.get("/api/judgements").body()).doesNotContain("Zorblax").doesNotContain("Nightjar");
        assertThat(ana.post("/judgements/" + ritas.group(1) + "/undo", Map.of(), true).statusCode()).isEqualTo(404);
        assertThat(t.client().as("vera").get("/judgements").statusCode()).isEqualTo(403);

        assertThat(ana.post("/judgements/" + judgement + "/undo", Map.of(), true).statusCode()).isEqualTo(302);
        assertThat(t.store.claims(ClaimQuery.about(funds.subject().id()))).extracting(StoredClaim::id).contains(funds.id());
        assertThat(ana.post("/judgements/" + judgement + "/undo", Map.of(), true).statusCode()).isEqualTo(409);
        var after = Jsoup.parse(ana.get("/judgements").body());
        assertThat(after.select("ul.judgements li.claim")).isEmpty();
        assertThat(after.select("table.grid td").eachText()).contains("undone by ana");
        assertThat(t.accounts.audit(20)).anyMatch(a -> a.toString().contains("JUDGEMENT_UNDO"));
    }

    private StoredClaim claim(String quote) {
        return t.store.claims(new ClaimQuery(null, null, null, 0)).stream().filter(c -> c.evidence().quote().equals(quote))
                .findFirst().orElseThrow();
    }
}
