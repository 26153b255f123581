package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.SharedData;

/**
 * The development gold set ({@code ../shared/gold}: 18 real documents and what an analyst reads out
 * of them), extracted with {@code sightline extract --out} and scored document by document with
 * {@code ../shared/tools/score-extraction}, the counts added up as {@code score-gold} adds them.
 * The floors sit 0.02 under the figures of docs/BENCHMARKS.md, so that a change cannot quietly
 * lose what extraction reads; raise them when the figures rise.
 */
class DevGoldScoreTest {
    private static final double MICRO_F1_FLOOR = 0.830;
    private static final double RECALL_FLOOR = 0.777;
    private static final double PRECISION_FLOOR = 0.890;
    private static final double ENTITY_RECALL_FLOOR = 0.952;
    private static final double STANCE_ORIGIN_FLOOR = 0.85;

    @TempDir
    Path dir;

    @Test
    void extractionKeepsItsScoreOnTheDevelopmentGold() throws Exception {
        Path shared = SharedData.requireAll("gold", "corpus/treasury-iraq", "tools/score-extraction");
        Path gold = shared.resolve("gold");
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> s = Files.list(gold)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("extract", "--out", dir.toString()));
        List<String> names = new ArrayList<>();
        for (Path g : golds) {
            String doc = json.readTree(g.toFile()).path("document").asText();
            Path text = Stream.of(gold.resolve(doc), gold.resolve("texts").resolve(doc), shared.resolve("corpus/treasury-iraq").resolve(doc))
                    .filter(Files::isRegularFile).findFirst().orElseThrow(() -> new AssertionError("no text for " + g));
            args.add(text.toString());
            names.add(text.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();

        long required = 0;
        long hit = 0;
        long predicted = 0;
        long matching = 0;
        long entities = 0;
        long found = 0;
        long badEvidence = 0;
        long stanceCompared = 0;
        long stanceOk = 0;
        long originCompared = 0;
        long originOk = 0;
        StringBuilder perDocument = new StringBuilder();
        for (int i = 0; i < golds.size(); i++) {
            Process p = new ProcessBuilder("python3", shared.resolve("tools/score-extraction").toString(), golds.get(i).toString(),
                    dir.resolve(names.get(i) + ".json").toString(), "--text", dir.resolve(names.get(i) + ".txt").toString(), "--counts")
                    .redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(report).isZero();
            String countsLine = report.lines().filter(l -> l.startsWith("counts: ")).findFirst()
                    .orElseThrow(() -> new AssertionError(report));
            JsonNode c = json.readTree(countsLine.substring("counts: ".length()));
            required += c.path("claims_required").asLong();
            hit += c.path("claims_required_hit").asLong();
            predicted += c.path("predicted").asLong();
            matching += c.path("predicted_matching").asLong();
            entities += c.path("entities_required").asLong();
            found += c.path("entities_found").asLong();
            badEvidence += c.path("bad_evidence").asLong();
            stanceCompared += c.path("stance_compared").asLong();
            stanceOk += c.path("stance_ok").asLong();
            originCompared += c.path("origin_compared").asLong();
            originOk += c.path("origin_ok").asLong();
            perDocument.append(names.get(i)).append(": ").append(c.path("claims_required_hit")).append('/')
                    .append(c.path("claims_required")).append(" required, ").append(c.path("predicted_matching")).append('/')
                    .append(c.path("predicted")).append(" predicted right\n");
        }
        double recall = (double) hit / required;
        double precision = predicted == 0 ? 0 : (double) matching / predicted;
        double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        String summary = String.format("micro claim F1 %.3f (recall %.3f, precision %.3f), entity recall %.3f,"
                        + " stance %d/%d, origin %d/%d%n%s",
                f1, recall, precision, (double) found / entities, stanceOk, stanceCompared, originOk, originCompared, perDocument);
        assertThat(badEvidence).as("evidence quotes that differ from the text\n" + summary).isZero();
        assertThat(f1).as(summary).isGreaterThanOrEqualTo(MICRO_F1_FLOOR);
        assertThat(recall).as(summary).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(precision).as(summary).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat((double) found / entities).as(summary).isGreaterThanOrEqualTo(ENTITY_RECALL_FLOOR);
        // who said it and how firmly: right on 85 % of the matched claims that state one
        assertThat((double) stanceOk / stanceCompared).as(summary).isGreaterThanOrEqualTo(STANCE_ORIGIN_FLOOR);
        assertThat((double) originOk / originCompared).as(summary).isGreaterThanOrEqualTo(STANCE_ORIGIN_FLOOR);
    }
}
