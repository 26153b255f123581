package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;
import org.sightline.core.testing.SharedData;

/** The full OFAC SDN list imported once, then screened the way an analyst would. */
@RequiresSharedData("reference/ofac-sdn-2024-05-03.csv")
class ScreeningCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static String db;
    private static Path sdn;

    @BeforeAll
    static void importTheSdnList() {
        sdn = SharedData.require("reference/ofac-sdn-2024-05-03.csv");
        db = dir.resolve("sdn.db").toString();
        CliRun imported = CliRun.of("--db", db, "kb", "import-sdn", sdn.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("records imported");
    }

    @Test
    void abuMahdiAlMohandesRanksAlMuhandisFirstWithTheExplanationAndTheDesignation() throws Exception {
        CliRun run = CliRun.of("--db", db, "screen", "Abu Mahdi al-Mohandes", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode first = JSON.readTree(run.out()).path("candidates").get(0);
        assertThat(first.path("name").asText() + " " + first.path("aliases")).containsIgnoringCase("muhandis");
        assertThat(first.path("match").asBoolean()).isTrue();
        assertThat(first.path("explanation")).isNotEmpty();
        assertThat(first.path("explanation").toString().toLowerCase()).contains("mohandes");
        JsonNode designation = first.path("designations").get(0);
        assertThat(designation.path("subject").path("name").asText()).isEqualTo("Office of Foreign Assets Control");
        assertThat(designation.path("evidence").path("quote").asText()).containsIgnoringCase("MUHANDIS");
        assertThat(designation.path("attributes").path("program").asText()).isEqualTo("IRAQ3");
    }

    @Test
    void reimportingChangesNothing() {
        CliRun before = CliRun.of("--db", db, "entities", "--type", "PERSON");
        CliRun again = CliRun.of("--db", db, "kb", "import-sdn", sdn.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("already stored");
        assertThat(CliRun.of("--db", db, "entities", "--type", "PERSON").out()).isEqualTo(before.out());
    }

    @Test
    void aMalformedRowIsReportedWithItsLineAndTheRestImported() throws Exception {
        Path csv = dir.resolve("broken-sdn.csv");
        Files.writeString(csv, String.join("\r\n",
                "1001,\"ALPHA TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
                "1002,\"BROKEN ROW\",-0- ",
                "1003,\"AL-BETA, Gamma\",\"individual\",\"IRAQ2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970; POB Basrah, Iraq.\"",
                ""));
        String other = dir.resolve("broken.db").toString();
        CliRun run = CliRun.of("--db", other, "kb", "import-sdn", csv.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken-sdn.csv:2");
        assertThat(run.out()).contains("2 of 3 records imported");
        CliRun screen = CliRun.of("--db", other, "screen", "Gamma al-Beta", "--type", "PERSON");
        assertThat(screen.out()).contains("AL-BETA, Gamma");
    }

    @Test
    void followTheMoneyEntitiesAreScreenedWithTheirSanctionAndABadLineIsNamed() throws Exception {
        Path ftm = dir.resolve("entities.ftm.json");
        Files.writeString(ftm, String.join("\n",
                "{\"id\": \"x-p1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Hamid Jasim al-Tamimi\"], \"alias\": [\"Abu Jasim\"]}}",
                "{\"id\": \"x-s1\", \"schema\": \"Sanction\", \"properties\": {\"entity\": [\"x-p1\"], \"authority\": [\"Office of Foreign Assets Control\"], \"program\": [\"SDGT\"], \"startDate\": [\"2021-03-04\"]}}",
                "{not json",
                ""));
        String other = dir.resolve("ftm.db").toString();
        CliRun run = CliRun.of("--db", other, "kb", "import-ftm", ftm.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("entities.ftm.json:3");
        CliRun screen = CliRun.of("--db", other, "screen", "Hamid Jassim al-Tamimi", "--json");
        JsonNode first = JSON.readTree(screen.out()).path("candidates").get(0);
        assertThat(first.path("name").asText()).isEqualTo("Hamid Jasim al-Tamimi");
        JsonNode designation = first.path("designations").get(0);
        assertThat(designation.path("subject").path("name").asText()).isEqualTo("Office of Foreign Assets Control");
        assertThat(designation.path("attributes").path("program").asText()).isEqualTo("SDGT");
        assertThat(designation.path("evidence").path("quote").asText()).contains("x-s1");
    }
}
