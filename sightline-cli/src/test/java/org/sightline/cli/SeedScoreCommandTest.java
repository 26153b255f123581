package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.SharedData;

/**
 * The must-show, through the commands a user types: {@code sightline extract SEED --json}
 * and {@code sightline text SEED}, scored by {@code ../shared/tools/score-extraction}.
 */
class SeedScoreCommandTest {
    private static final Pattern SCORE = Pattern.compile(
            "score: entity_recall=([0-9.]+) claim_recall=([0-9.]+) claim_precision=([0-9.]+) claim_f1=([0-9.]+)");
    private static final Pattern MISMATCHES = Pattern.compile("evidence quotes that do not match the text at their offsets: (\\d+)");

    @TempDir
    Path dir;

    @Test
    void extractCommandMeetsTheSeedTargets() throws Exception {
        Path seed = SharedData.require("examples/seed-article.txt");
        Path gold = SharedData.require("examples/seed-article.gold.json");
        Path scorer = SharedData.require("tools/score-extraction");

        CliRun extract = CliRun.of("extract", seed.toString(), "--json");
        CliRun text = CliRun.of("text", seed.toString());
        assertThat(extract.exit()).as(extract.err()).isZero();
        assertThat(text.exit()).isZero();
        Path out = Files.writeString(dir.resolve("out.json"), extract.out());
        Path txt = Files.writeString(dir.resolve("seed.txt"), text.out());

        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), out.toString(), "--text", txt.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(report).isZero();

        Matcher score = SCORE.matcher(report);
        Matcher bad = MISMATCHES.matcher(report);
        assertThat(score.find()).as(report).isTrue();
        assertThat(bad.find()).as(report).isTrue();
        assertThat(Double.parseDouble(score.group(2))).as("claim_recall\n" + report).isGreaterThanOrEqualTo(0.95);
        assertThat(Double.parseDouble(score.group(3))).as("claim_precision\n" + report).isGreaterThanOrEqualTo(0.85);
        assertThat(Integer.parseInt(bad.group(1))).as("evidence mismatches\n" + report).isZero();
    }
}
