package org.sightline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;
import org.sightline.core.testing.RequiresSharedData;
import org.sightline.core.testing.SharedData;

/**
 * The must-show check: the seed article, scored against its gold file by the shared scorer, and
 * the claims a user of the seed article looks for first.
 */
@RequiresSharedData("examples/seed-article.txt")
class SeedScoreTest {
    private static final Pattern SCORE = Pattern.compile(
            "score: entity_recall=([0-9.]+) claim_recall=([0-9.]+) claim_precision=([0-9.]+) claim_f1=([0-9.]+)");
    private static final Pattern MISMATCHES = Pattern.compile("evidence quotes that do not match the text at their offsets: (\\d+)");

    private static Document document;
    private static Extraction extraction;

    @BeforeAll
    static void extractSeed() throws IOException {
        Path path = SharedData.require("examples/seed-article.txt");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        document = Document.of(text.strip(), new DocumentMetadata(null, "iranbriefing", null, null, path.toString(), "text/plain"));
        extraction = TestExtractor.get().extract(document);
    }

    @Test
    void scoresAgainstTheGoldFile() throws Exception {
        Path gold = SharedData.require("examples/seed-article.gold.json");
        Path scorer = SharedData.require("tools/score-extraction");
        Path json = Path.of("target", "seed-extraction.json");
        Path text = Path.of("target", "seed-text.txt");
        Files.createDirectories(json.getParent());
        Files.writeString(json, ExtractionJson.write(extraction), StandardCharsets.UTF_8);
        Files.writeString(text, document.text(), StandardCharsets.UTF_8);

        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), json.toString(), "--text", text.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException noPython) {
            assumeTrue(false, "python3 is not available: " + noPython.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("scorer finished").isTrue();
        assertThat(p.exitValue()).as("scorer exit status; output:\n%s", out).isZero();

        List<String> lines = out.strip().lines().toList();
        Matcher score = SCORE.matcher(lines.get(lines.size() - 1));
        assertThat(score.matches()).as("last line of the scorer is the score line; output:\n%s", out).isTrue();
        Matcher mismatches = MISMATCHES.matcher(out);
        assertThat(mismatches.find()).as("scorer reports evidence mismatches; output:\n%s", out).isTrue();

        double recall = Double.parseDouble(score.group(2));
        double precision = Double.parseDouble(score.group(3));
        String report = "\n" + out + "\nclaims extracted:\n" + ClaimView.describeAll(extraction);
        assertThat(recall).as("claim_recall of the seed article%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("claim_precision of the seed article%s", report).isGreaterThanOrEqualTo(0.85);
        assertThat(Integer.parseInt(mismatches.group(1))).as("evidence quotes off their offsets%s", report).isZero();
    }

    @Test
    void theInspectorGeneralsAllegationKeepsItsWholeChain() {
        List<Claim> infiltrations = claims(ClaimType.INFILTRATES, null, "Iraqi Federal Police");
        assertThat(infiltrations).as("INFILTRATES → Iraqi Federal Police\n%s", ClaimView.describeAll(extraction)).isNotEmpty();
        assertThat(infiltrations).as("%s", describe(infiltrations)).anySatisfy(c -> {
            assertThat(c.stance()).isEqualTo(Stance.ALLEGED);
            assertThat(ClaimView.chain(extraction, c))
                    .startsWith("DoD Office of Inspector General", "Washington Free Beacon", "iranbriefing");
        });
    }

    @Test
    void theUnitedStatesFundsTheInteriorMinistrySince2003() {
        List<Claim> funds = claims(ClaimType.FUNDS, "United States", "Iraqi Ministry of Interior");
        assertThat(funds).as("FUNDS United States → Iraqi Ministry of Interior\n%s", ClaimView.describeAll(extraction)).isNotEmpty();
        assertThat(funds).as("%s", describe(funds)).anySatisfy(c -> assertThat(c.time()).isEqualTo("after 2003"));
    }

    @Test
    void badrBrigadeAndBadrCorpsAreOneEntity() {
        List<Entity> badr = extraction.entities().stream()
                .filter(e -> ClaimView.named(e, "Badr Brigade") || ClaimView.named(e, "Badr Corps")).toList();
        assertThat(badr).as("entities named Badr Brigade or Badr Corps\n%s", ClaimView.describeEntities(extraction)).hasSize(1);
        assertThat(ClaimView.named(badr.get(0), "Badr Brigade")).isTrue();
        assertThat(ClaimView.named(badr.get(0), "Badr Corps")).isTrue();
    }

    @Test
    void theIranBackedMilitiasAreAlignedWithIranOnceForTheDocument() {
        // the descriptor recurs in three spellings; the sponsor link is one claim, with its words
        List<Claim> aligned = claims(ClaimType.ALIGNED_WITH, "Iran-backed militias", "Iran");
        assertThat(aligned).as(describe(aligned)).hasSize(1);
        assertThat(aligned.get(0).evidence().quote()).isEqualTo("Iran-backed militia groups");
    }

    private static List<Claim> claims(ClaimType type, String subject, String object) {
        return extraction.claims().stream()
                .filter(c -> c.type() == type)
                .filter(c -> subject == null || ClaimView.named(extraction, c.subject(), subject))
                .filter(c -> object == null || ClaimView.named(extraction, c.object(), object))
                .toList();
    }

    private static String describe(List<Claim> claims) {
        StringBuilder sb = new StringBuilder();
        claims.forEach(c -> sb.append("\n    ").append(ClaimView.describe(extraction, c)));
        return sb.toString();
    }
}
