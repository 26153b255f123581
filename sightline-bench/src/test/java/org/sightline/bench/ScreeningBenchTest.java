package org.sightline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.EntityType;
import org.sightline.core.testing.SharedData;

class ScreeningBenchTest {
    @Test
    void readsSdnNamesWithAkas() throws Exception {
        Path sample = SharedData.require("examples/ofac-sdn-iraq-sample.csv");
        List<ScreeningBench.Entry> entries = ScreeningBench.readSdn(sample);
        assertThat(entries).contains(new ScreeningBench.Entry("AL-MUHANDIS, Abu Mahdi", EntityType.PERSON, "11461"),
                new ScreeningBench.Entry("AL-IBRAHIMI, Jamal Fa'far 'Ali", EntityType.PERSON, "11461"),
                new ScreeningBench.Entry("KATA'IB HIZBALLAH FI AL-IRAQ", EntityType.ORGANIZATION, "11462"),
                new ScreeningBench.Entry("ABU-'AMMAR", EntityType.PERSON, "28690"));
    }

    @Test
    void runsPerturbedQueriesOnTwoThreadsAndReports() throws Exception {
        Path sample = SharedData.require("examples/ofac-sdn-iraq-sample.csv");
        List<ScreeningBench.Entry> entries = ScreeningBench.readSdn(sample);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScreeningBench.Report r = ScreeningBench.run(entries, 400, 2, 7, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(r.names()).isEqualTo(entries.size());
        assertThat(r.queries()).isEqualTo(400);
        assertThat(r.namesPerSecond()).isPositive();
        assertThat(r.p50Millis()).isLessThanOrEqualTo(r.p95Millis());
        assertThat(r.p95Millis()).isLessThanOrEqualTo(r.p99Millis());
        assertThat(r.top1()).isGreaterThan(0.8);
        assertThat(printed).contains("built in", "names/s", "p95", "top-1");
    }
}
