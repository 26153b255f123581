package org.sightline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.SharedData;

class NamePairBenchTest {
    @Test
    void reachesF1OfAtLeast085OnDevCsv() throws IOException {
        Path dev = SharedData.require("oracles/name-bench/dev.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NamePairBench.Report r = NamePairBench.run(dev, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed.substring(0, printed.indexOf("errors")));
        assertThat(r.pairs()).isEqualTo(388);
        assertThat(r.all().f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.heldOut().total()).isGreaterThan(50);
        assertThat(r.logicV2()).isNotNull();
        assertThat(r.all().f1()).isGreaterThan(r.logicV2().f1());
        assertThat(printed).contains("sightline (all)", "logic-v2 (all)", "errors (");
    }

    @Test
    void readsQuotedFieldsAndWorksWithoutLogicV2Columns(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("pairs.csv");
        Files.writeString(csv, "schema,name1,name2,is_match\n"
                + "Person,\"AL-MUHANDIS, Abu Mahdi\",Abu Mahdi al-Mohandes,true\n"
                + "Person,Qais al-Khazali,Laith al-Khazali,false\n"
                + "Organization,\"\"\"Kata'ib Hizballah\"\", Iraq\",\"Kataib Hezbollah, Iraq\",true\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NamePairBench.Report r = NamePairBench.run(csv, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(r.pairs()).isEqualTo(3);
        assertThat(r.all().tp()).isEqualTo(2);
        assertThat(r.all().tn()).isEqualTo(1);
        assertThat(r.logicV2()).isNull();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("logic-v2");
    }
}
