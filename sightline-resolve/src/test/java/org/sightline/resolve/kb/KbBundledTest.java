package org.sightline.resolve.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.testing.SharedData;

/** The knowledge base bundled in kb/ loads, validates, and holds what the rest of Sightline relies on. */
class KbBundledTest {
    private static final Path GAZETTEER = Path.of("../sightline-extract/src/main/resources/rules/entities.yaml");

    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void bundledKnowledgeBaseLoadsAndValidates() {
        assertThat(kb.entities()).hasSizeGreaterThan(150);
        assertThat(kb.facts()).hasSizeGreaterThan(200);
        assertThat(kb.facts()).allSatisfy(f -> assertThat(f.citations()).isNotEmpty());
        assertThat(KnowledgeBase.load()).isSameAs(kb);
    }

    @Test
    void everyGazetteerKbIdExistsWithItsNameTypeAndAliases() throws IOException {
        JsonNode entries = new YAMLMapper().readTree(GAZETTEER.toFile()).get("entities");
        List<String> checked = new ArrayList<>();
        for (JsonNode e : entries) {
            if (!e.hasNonNull("kb")) {
                continue;
            }
            String id = e.get("kb").asText();
            assertThat(kb.entity(id)).as("gazetteer kb id %s", id).isPresent();
            KbEntity entity = kb.entity(id).orElseThrow();
            assertThat(entity.name()).as("name of %s", id).isEqualTo(e.get("name").asText());
            assertThat(entity.type()).as("type of %s", id).isEqualTo(EntityType.valueOf(e.get("type").asText()));
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            assertThat(entity.aliases()).as("aliases of %s", id).containsAll(aliases);
            checked.add(id);
        }
        assertThat(checked).contains("us", "iq-pmf", "badr-organization", "abu-mahdi-al-muhandis").hasSizeGreaterThan(45);
    }

    @Test
    void badrWasLedByHadiAlAmiriInMid2021() {
        assertThat(kb.leadersOf("badr-organization", "2021-07-01")).extracting(KbEntity::id)
                .containsExactly("hadi-al-amiri");
        assertThat(kb.leadersOf("badr-organization", null)).extracting(KbEntity::id).contains("hadi-al-amiri");
    }

    @Test
    void qodsForceLeadershipChangesOnTheDaySoleimaniWasKilled() {
        assertThat(kb.leadersOf("irgc-qf", "2019-06-01")).extracting(KbEntity::id).containsExactly("qasem-soleimani");
        assertThat(kb.leadersOf("irgc-qf", "2021")).extracting(KbEntity::id).containsExactly("esmail-qaani");
        assertThat(kb.leadersOf("irgc-qf", null)).extracting(KbEntity::id).containsExactly("esmail-qaani");
    }

    @Test
    void muhandisIsFoundUnderHisRealNameSpellingsAndArabicScript() {
        KbEntity muhandis = kb.entity("abu-mahdi-al-muhandis").orElseThrow();
        assertThat(muhandis.aliases()).contains("Jamal Jaafar Mohammed", "Jamal Jaafar Muhammad Ali Al Ebrahim",
                "Abu Mehdi al-Muhandis", "أبو مهدي المهندس");
        assertThat(muhandis.aliases()).anyMatch(a -> a.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
        assertThat(kb.byExternalId("ofac_sdn", "11461")).contains(muhandis);
        assertThat(kb.factsAbout("abu-mahdi-al-muhandis")).anyMatch(f -> f.type() == ClaimType.DESIGNATED
                && f.subject().equals("us-treasury") && "2009-07-02".equals(f.from()));
    }

    @Test
    void badrForcesOfThePalestineLiberationArmyIsNotIraqsBadr() {
        KbEntity badr = kb.entity("badr-organization").orElseThrow();
        KbEntity pla = kb.entity("badr-forces-pla").orElseThrow();
        assertThat(pla.name()).contains("Badr Forces");
        assertThat(badr.notSameAs()).contains(pla.id());
        assertThat(pla.notSameAs()).contains(badr.id());
        assertThat(pla.country()).isNotEqualTo(badr.country());
        assertThat(kb.ambiguousNames("badr-organization")).contains("Badr");
        assertThat(badr.aliases()).contains("Badr Corps", "Badr Brigade", "منظمة بدر");
    }

    @Test
    void everyOfacSdnIdIsAnEntityNumberOfTheSdnList() throws IOException {
        Path csv = SharedData.require("reference/ofac-sdn-2024-05-03.csv");
        Set<String> entNums = new HashSet<>();
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
                int comma = l.indexOf(',');
                if (comma > 0) {
                    entNums.add(l.substring(0, comma).strip());
                }
            });
        }
        List<String> ids = kb.entities().stream()
                .flatMap(e -> e.externalIds().getOrDefault("ofac_sdn", List.of()).stream()).toList();
        assertThat(ids).hasSizeGreaterThan(30).allSatisfy(id -> assertThat(entNums).as("SDN ent_num").contains(id));
    }

    @Test
    void designationsCarryProgramAndDate() {
        assertThat(kb.facts().stream().filter(f -> f.type() == ClaimType.DESIGNATED))
                .hasSizeGreaterThan(40)
                .allSatisfy(f -> assertThat(f.attributes()).containsKey("program"));
    }
}
