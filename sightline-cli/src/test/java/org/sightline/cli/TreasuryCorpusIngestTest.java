package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.SharedData;

/** The 90 real Treasury press releases go in without a failure, and read as an analyst would expect. */
class TreasuryCorpusIngestTest {
    @TempDir
    Path dir;

    @Test
    void ingestsTheWholeFolderAndReadsTheDesignations() throws Exception {
        Path corpus = SharedData.require("corpus/treasury-iraq");
        String db = dir.resolve("t.db").toString();

        CliRun run = CliRun.of("--db", db, "ingest", "-q", "--source", "U.S. Department of the Treasury",
                corpus.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("90 file(s): 90 new document(s)").contains("0 failed");

        // "KH, which was listed as a Foreign Terrorist Organization by the U.S. Department of State in
        // June 2009": State designated KH, as Treasury's release says, with the programme and the date
        CliRun kh = CliRun.of("--db", db, "claims", "--entity", "Kata'ib Hizballah", "--type", "DESIGNATED", "--json");
        JsonNode claims = new ObjectMapper().readTree(kh.out());
        assertThat(claims).isNotEmpty();
        JsonNode c = claims.get(0);
        assertThat(c.path("subject").path("name").asText()).isEqualTo("US Department of State");
        assertThat(c.path("attributes").path("program").asText()).isEqualTo("Foreign Terrorist Organization");
        assertThat(c.path("time").asText()).isEqualTo("2009-06");
        assertThat(c.path("evidence").path("quote").asText()).startsWith("KH, which was listed");
        assertThat(c.path("attributed_to").findValuesAsText("name")).containsExactly("US Department of the Treasury");

        // the IRGC-QF is read as funding Hizballah somewhere in the corpus
        CliRun funds = CliRun.of("--db", db, "claims", "--entity", "Qods Force", "--type", "FUNDS");
        assertThat(funds.out()).contains("Hizballah");
    }
}
