package org.sightline.resolve.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation rule of docs/KB.md reports the file and the entry it found the problem in. */
class KbValidationTest {
    @TempDir
    Path dir;

    private static final String STATES = """
            entities:
              - {id: iq, name: Iraq, type: STATE}
              - {id: ir, name: Iran, type: STATE}
            """;

    private static final String CITE = "citations: [{source: Treasury press release, date: 2009-07-02}]";

    private Path file(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private List<String> problems(String yaml) throws IOException {
        Path states = file("states.yaml", STATES);
        Path groups = file("groups.yaml", yaml);
        try {
            KnowledgeBase.load(List.of(states, groups));
        } catch (KbValidationException e) {
            return e.problems();
        }
        return List.of();
    }

    @Test
    void aSmallValidFileLoads() throws IOException {
        assertThat(problems("""
                entities:
                  - id: kataib-hizballah
                    name: Kata'ib Hizballah
                    type: ARMED_GROUP
                    aliases: [KH]
                    country: iq
                    external_ids: {ofac_sdn: "11462"}
                facts:
                  - subject: kataib-hizballah
                    type: ALIGNED_WITH
                    object: ir
                    from: 2007
                    confidence: 0.95
                    %s
                """.formatted(CITE))).isEmpty();
    }

    @Test
    void duplicateIdsNameBothEntries() throws IOException {
        assertThat(problems("""
                entities:
                  - {id: iq, name: Iraq again, type: STATE}
                """)).singleElement().asString()
                .contains("groups.yaml: entities[0] (iq)", "duplicate id `iq`", "states.yaml: entities[0] (iq)");
    }

    @Test
    void factsMustReferToExistingEntities() throws IOException {
        assertThat(problems("""
                facts:
                  - {subject: badr, type: ALIGNED_WITH, object: ir, confidence: 0.9, %s}
                """.formatted(CITE))).singleElement().asString()
                .contains("groups.yaml: facts[0] (badr ALIGNED_WITH ir)", "subject `badr` is not an entity id");
    }

    @Test
    void typesMustBeOntologyTypes() throws IOException {
        assertThat(problems("""
                entities:
                  - {id: badr, name: Badr, type: MILITIA}
                facts:
                  - {subject: iq, type: SPONSORS, object: ir, confidence: 0.9, %s}
                """.formatted(CITE))).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("groups.yaml: entities[0] (badr)", "type `MILITIA` is not one of"),
                p -> assertThat(p).contains("groups.yaml: facts[0] (iq SPONSORS ir)", "type `SPONSORS` is not one of"));
    }

    @Test
    void confidenceMustBeBetweenZeroAndOne() throws IOException {
        assertThat(problems("""
                facts:
                  - {subject: iq, type: ASSOCIATED_WITH, object: ir, confidence: 1.5, %s}
                  - {subject: iq, type: ASSOCIATED_WITH, object: ir, %s}
                """.formatted(CITE, CITE))).satisfiesExactly(
                p -> assertThat(p).contains("groups.yaml: facts[0] (iq ASSOCIATED_WITH ir)", "outside [0, 1]"),
                p -> assertThat(p).contains("groups.yaml: facts[1] (iq ASSOCIATED_WITH ir)", "`confidence` is missing"));
    }

    @Test
    void everyFactNeedsACitationWithSourceAndDate() throws IOException {
        assertThat(problems("""
                facts:
                  - {subject: iq, type: ASSOCIATED_WITH, object: ir, confidence: 0.5}
                  - {subject: ir, type: ASSOCIATED_WITH, object: iq, confidence: 0.5, citations: [{url: "https://example.org/x"}]}
                """)).satisfiesExactly(
                p -> assertThat(p).contains("groups.yaml: facts[0] (iq ASSOCIATED_WITH ir)", "has no citation"),
                p -> assertThat(p).contains("groups.yaml: facts[1] (ir ASSOCIATED_WITH iq): citations[0]", "`source` is missing"),
                p -> assertThat(p).contains("groups.yaml: facts[1] (ir ASSOCIATED_WITH iq): citations[0]", "`date` is missing"));
    }

    @Test
    void datesMustBeIso() throws IOException {
        assertThat(problems("""
                facts:
                  - subject: iq
                    type: ASSOCIATED_WITH
                    object: ir
                    from: July 2009
                    until: 2019-02-30
                    confidence: 0.5
                    citations: [{source: a report, date: 02/07/2009}]
                """)).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("groups.yaml: facts[0] (iq ASSOCIATED_WITH ir)", "from `July 2009` is not an ISO date"),
                p -> assertThat(p).contains("groups.yaml: facts[0] (iq ASSOCIATED_WITH ir)", "until `2019-02-30` is not an ISO date"),
                p -> assertThat(p).contains("groups.yaml: facts[0] (iq ASSOCIATED_WITH ir): citations[0]", "date `02/07/2009` is not an ISO date"));
    }

    @Test
    void anAliasSharedByTwoEntitiesOfOneTypeMustBeDeclaredAmbiguous() throws IOException {
        assertThat(problems("""
                entities:
                  - {id: badr-organization, name: Badr Organization, type: ARMED_GROUP, aliases: [Badr]}
                  - {id: badr-forces-pla, name: Badr Forces, type: ARMED_GROUP, aliases: [badr]}
                  - {id: badr-town, name: Badr, type: PLACE}
                """)).singleElement().asString()
                .contains("groups.yaml: entities[0] (badr-organization)", "alias `badr` is shared with",
                        "groups.yaml: entities[1] (badr-forces-pla)", "ambiguous");
        assertThat(problems("""
                entities:
                  - {id: badr-organization, name: Badr Organization, type: ARMED_GROUP, aliases: [Badr], ambiguous: [Badr]}
                  - {id: badr-forces-pla, name: Badr Forces, type: ARMED_GROUP, aliases: [badr], ambiguous: [badr]}
                """)).isEmpty();
    }

    @Test
    void notSameAsAndCountryMustExist() throws IOException {
        assertThat(problems("""
                entities:
                  - {id: badr-organization, name: Badr Organization, type: ARMED_GROUP, country: xx, not_same_as: [badr-forces]}
                """)).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("groups.yaml: entities[0] (badr-organization)", "country `xx` is not an entity id"),
                p -> assertThat(p).contains("groups.yaml: entities[0] (badr-organization)", "not_same_as `badr-forces` is not an entity id"));
    }

    @Test
    void unknownFieldsAndBadIdsAreReported() throws IOException {
        assertThat(problems("""
                entities:
                  - {id: Badr_Org, name: Badr, type: ARMED_GROUP, alias: [Badr Corps]}
                """)).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).contains("groups.yaml: entities[0] (Badr_Org)", "not a kebab-case slug"),
                p -> assertThat(p).contains("groups.yaml: entities[0] (Badr_Org)", "unknown field `alias`"));
    }

    @Test
    void invalidYamlNamesTheFile() throws IOException {
        assertThat(problems("entities: [ {id: x\n")).singleElement().asString()
                .startsWith(dir.resolve("groups.yaml") + ":2: not valid YAML");
    }

    @Test
    void anExternalIdBelongsToOneEntity() throws IOException {
        assertThat(problems("""
                entities:
                  - {id: a, name: A, type: PERSON, external_ids: {ofac_sdn: ["1"]}}
                  - {id: b, name: B, type: PERSON, external_ids: {ofac_sdn: "1"}}
                """)).singleElement().asString()
                .contains("groups.yaml: entities[1] (b)", "external id ofac_sdn `1`", "entities[0] (a)");
    }

    @Test
    void leadersAreChosenByDate() throws IOException {
        Path states = file("states.yaml", STATES);
        Path people = file("people.yaml", """
                entities:
                  - {id: group, name: Group, type: ARMED_GROUP}
                  - {id: first, name: First Leader, type: PERSON}
                  - {id: second, name: Second Leader, type: PERSON}
                facts:
                  - {subject: first, type: LEADS, object: group, from: 2003, until: 2019-06, confidence: 0.9, %s}
                  - {subject: second, type: LEADS, object: group, from: 2019-06, confidence: 0.9, %s}
                """.formatted(CITE, CITE));
        KnowledgeBase kb = KnowledgeBase.load(List.of(states, people));
        assertThat(kb.leadersOf("group", "2010-05-01")).extracting(KbEntity::id).containsExactly("first");
        assertThat(kb.leadersOf("group", "2019-06")).extracting(KbEntity::id).containsExactly("second", "first");
        assertThat(kb.leadersOf("group", "2024")).extracting(KbEntity::id).containsExactly("second");
        assertThat(kb.leadersOf("group", null)).extracting(KbEntity::id).containsExactly("second");
        assertThat(kb.leadersOf("group", "2002")).isEmpty();
        assertThat(kb.factsAbout("group")).hasSize(2);
        assertThat(kb.entity("first")).isPresent();
    }
}
