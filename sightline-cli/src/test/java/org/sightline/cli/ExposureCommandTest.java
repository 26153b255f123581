package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;

/** The question users come for, on the seed: is US money exposed, through what chain, on how many sources. */
@RequiresSharedData("examples/seed-article.txt")
class ExposureCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void findSeed() {
        seed = CliRun.seedOrSkip();
    }

    private static JsonNode unit(JsonNode recipient, String name) {
        for (JsonNode u : recipient.path("units")) {
            if (u.path("unit").path("name").asText().equals(name)) {
                return u;
            }
        }
        throw new AssertionError("no exposed unit " + name + " in " + recipient);
    }

    private static List<JsonNode> ties(JsonNode unit, String type) {
        List<JsonNode> ties = new ArrayList<>();
        unit.path("ties").forEach(t -> {
            if (t.path("tie").path("type").asText().equals(type)) {
                ties.add(t);
            }
        });
        return ties;
    }

    @Test
    void usFundingReachesTheInteriorMinistryAndItsInfiltratedUnitsOnOneOriginalSourceHoweverOftenRepublished()
            throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();
        // The same story republished by another outlet under its own first sentence.
        String text = Files.readString(seed);
        String republished = "Militias loyal to Tehran are profiting from American aid to Iraq's police, a Pentagon watchdog says."
                + text.substring(text.indexOf('\n')).replace("Source » iranbriefing", "Source » Gulf Monitor");
        Path copy = dir.resolve("republished.txt");
        Files.writeString(copy, republished);
        assertThat(CliRun.of("--db", db, "ingest", copy.toString()).exit()).isZero();

        CliRun run = CliRun.of("--db", db, "exposure", "--funder", "United States", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("money").path("summary").asText()).startsWith("unknown");
        JsonNode moi = root.path("recipients").get(0);
        assertThat(moi.path("recipient").path("name").asText()).isEqualTo("Iraqi Ministry of Interior");
        JsonNode funding = moi.path("funding").get(0);
        assertThat(funding.path("claims").get(0).path("evidence").path("quote").asText()).contains("receive US funding");
        // more support, but the same story: one origin
        assertThat(funding.path("claims")).hasSize(2);
        assertThat(funding.path("independent_sources").asInt()).isEqualTo(1);

        for (String unitName : List.of("Iraqi Federal Police", "Emergency Response Division")) {
            JsonNode unit = unit(moi, unitName);
            assertThat(unit.path("chain").get(0).path("type").asText()).isEqualTo("PART_OF");
            assertThat(unit.path("chain").get(0).path("claims").get(0).path("evidence").path("quote").asText())
                    .contains("fall under the purview of the Iraqi Ministry of Interior");
            JsonNode infiltration = ties(unit, "INFILTRATES").get(0).path("tie");
            assertThat(infiltration.path("claims")).hasSize(2);
            assertThat(infiltration.path("independent_sources").asInt()).isEqualTo(1);
            assertThat(infiltration.path("origins").get(0).path("speaker").path("name").asText())
                    .isEqualTo("DoD Office of Inspector General");
            JsonNode claim = infiltration.path("claims").get(0);
            assertThat(claim.path("stance").asText()).isEqualTo("ALLEGED");
            assertThat(claim.path("evidence").path("quote").asText()).contains("concentrated in the Iraqi Federal Police");
            assertThat(claim.path("attributed_to").findValuesAsText("name"))
                    .containsExactly("DoD Office of Inspector General", "Washington Free Beacon", "iranbriefing");
        }
        // Badr, aligned with Iran and the IRGC, inside the ministry itself
        List<JsonNode> members = ties(unit(moi, "Iraqi Ministry of Interior"), "MEMBER_OF");
        assertThat(members).extracting(t -> t.path("group").path("name").asText()).contains("Badr Organization");
        JsonNode badr = members.stream().filter(t -> t.path("group").path("name").asText().equals("Badr Organization"))
                .findFirst().orElseThrow();
        assertThat(badr.path("adversary_because").findValuesAsText("name")).contains("Iran");
        assertThat(badr.path("tie").path("claims").get(0).path("stance").asText()).isEqualTo("HYPOTHETICAL");

        // the support tree of one of those claims: two statements, one original source, both outlets listed
        long infiltrationClaim = ties(unit(moi, "Iraqi Federal Police"), "INFILTRATES").get(0).path("tie").path("claims").get(0)
                .path("id").asLong();
        CliRun tree = CliRun.of("--db", db, "claim", String.valueOf(infiltrationClaim));
        assertThat(tree.exit()).as(tree.err()).isZero();
        assertThat(tree.out()).contains("2 statement(s) of this relation, 1 independent source(s)")
                .contains("source 1: DoD Office of Inspector General").contains("← iranbriefing").contains("← Gulf Monitor");
        JsonNode treeJson = JSON.readTree(CliRun.of("--db", db, "claim", String.valueOf(infiltrationClaim), "--json").out());
        assertThat(treeJson.path("support").path("independent_sources").asInt()).isEqualTo(1);
        assertThat(treeJson.path("support").path("origins").get(0).path("claims")).hasSize(2);

        CliRun printed = CliRun.of("--db", db, "exposure", "--funder", "United States");
        assertThat(printed.out()).contains("Iraqi Federal Police").contains("1 independent source(s)")
                .contains("money at stake: unknown");
    }

    @Test
    void anUnknownFunderIsAUsageError() {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();
        CliRun run = CliRun.of("--db", db, "exposure", "--funder", "Atlantis");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no entity named \"Atlantis\"");
    }

    /** Money paid straight to a group on record as aligned with the IRGC-QF and designated: exposed, first, with why. */
    @Test
    void moneyPaidStraightToAnAlignedDesignatedGroupIsExposedFirstWithTheReason() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", seed.toString()).exit()).isZero();
        Path note = dir.resolve("funding-note.txt");
        Files.writeString(note, "The United States funds Kata'ib Hizballah. Kata'ib Hizballah is aligned with the IRGC-QF. "
                + "The U.S. Department of State designated Kata'ib Hizballah as a Foreign Terrorist Organization in July 2009.\n");
        assertThat(CliRun.of("--db", db, "ingest", note.toString()).exit()).isZero();

        CliRun run = CliRun.of("--db", db, "exposure", "--funder", "United States", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode kh = JSON.readTree(run.out()).path("recipients").get(0);
        assertThat(kh.path("recipient").path("name").asText()).isEqualTo("Kata'ib Hizballah");
        JsonNode unit = unit(kh, "Kata'ib Hizballah");
        List<String> kinds = new ArrayList<>();
        unit.path("itself_adversary_because").forEach(w -> kinds.add(w.path("kind").asText()));
        assertThat(kinds).containsExactly("ALIGNED_WITH_SPONSOR", "DESIGNATED");

        CliRun text = CliRun.of("--db", db, "exposure", "--funder", "United States");
        assertThat(text.out()).contains("unit: Kata'ib Hizballah").contains("the unit itself is adversary-aligned:")
                .contains("Kata'ib Hizballah --ALIGNED_WITH--> IRGC Qods Force");
        assertThat(text.out().indexOf("unit: Kata'ib Hizballah")).isLessThan(text.out().indexOf("Iraqi Ministry of Interior"));
    }

    /** "The Pentagon provided funding to ...": the United States' money, paid by a body that is part of it. */
    @Test
    void aFundersMoneyPaidByItsPartsIsFollowedAndEachPathSaysWhichBodyPaid() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path report = dir.resolve("oversight.txt");
        Files.writeString(report, "The Pentagon continued to provide funding to Iraq's Ministry of Interior in 2023. "
                + "The Federal Police are part of the Ministry of Interior. Kata'ib Hizballah infiltrated the Federal Police. "
                + "Kata'ib Hizballah is aligned with the IRGC-QF.\n");
        assertThat(CliRun.of("--db", db, "ingest", report.toString()).exit()).isZero();

        CliRun run = CliRun.of("--db", db, "exposure", "--funder", "United States", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("funders").get(0).path("name").asText()).isEqualTo("United States");
        assertThat(root.path("funder_parts").get(0).path("name").asText()).isEqualTo("US Department of Defense");
        JsonNode moi = root.path("recipients").get(0);
        assertThat(moi.path("recipient").path("name").asText()).isEqualTo("Iraqi Ministry of Interior");
        assertThat(moi.path("funding").get(0).path("subject").path("name").asText()).isEqualTo("US Department of Defense");
        assertThat(unit(moi, "Iraqi Federal Police").path("ties").get(0).path("group").path("name").asText())
                .isEqualTo("Kata'ib Hizballah");
    }

    /** "US" names the United States (an alias); it is not a prefix search that also picks up "USSS". */
    @Test
    void aFunderNamedByAnAliasIsThatEntityAloneNotEveryNameItBegins() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path note = dir.resolve("usss.txt");
        Files.writeString(note, "The USSS funds the Presidential Guard Brigade. "
                + "The Presidential Guard Brigade was infiltrated by Kata'ib Hizballah.\n");
        assertThat(CliRun.of("--db", db, "ingest", seed.toString(), note.toString()).exit()).isZero();
        CliRun run = CliRun.of("--db", db, "exposure", "--funder", "US", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        List<String> funders = new ArrayList<>();
        root.path("funders").forEach(f -> funders.add(f.path("name").asText()));
        assertThat(funders).containsExactly("United States");
        List<String> recipients = new ArrayList<>();
        root.path("recipients").forEach(r -> recipients.add(r.path("recipient").path("name").asText()));
        assertThat(recipients).doesNotContain("Presidential Guard Brigade");
    }

    /** The money at stake is what the claims say in words ("$40 million", "1.25 billion dollars"), added up. */
    @Test
    void amountsWrittenInWordsAreTheMoneyAtStake() throws Exception {
        String db = dir.resolve("s.db").toString();
        Path report = dir.resolve("amounts.txt");
        Files.writeString(report, "The United States provided $40 million to the Iraqi Federal Police in 2019. "
                + "Kata'ib Hizballah infiltrated the Federal Police. Kata'ib Hizballah is aligned with the IRGC-QF.\n");
        assertThat(CliRun.of("--db", db, "ingest", report.toString()).exit()).isZero();
        CliRun run = CliRun.of("--db", db, "exposure", "--funder", "United States", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode money = JSON.readTree(run.out()).path("money");
        assertThat(money.path("known_usd").asDouble()).as(money.toString()).isEqualTo(40_000_000);
        assertThat(money.path("summary").asText()).isEqualTo("$40,000,000");
        assertThat(CliRun.of("--db", db, "exposure", "--funder", "United States").out()).contains("money at stake: $40,000,000");
    }
}
