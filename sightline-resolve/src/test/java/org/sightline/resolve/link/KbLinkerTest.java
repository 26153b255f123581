package org.sightline.resolve.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentIds;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/** What the linker does to an extraction's entities with the bundled knowledge base. */
class KbLinkerTest {
    private static final KbLinker LINKER = KbLinker.shared();

    private static Entity linkOne(String name, EntityType type) {
        return link(List.of(new Entity("e1", name, type, List.of(), null)), List.of(), null).entities().get(0);
    }

    private static Extraction link(List<Entity> entities, List<String[]> claims, String published) {
        String text = "Some text about them, written to carry evidence spans for the claims.";
        Document doc = new Document(DocumentIds.of(text), text,
                new DocumentMetadata("t", "AP", null, published, null, "text/plain"));
        List<Entity> all = new ArrayList<>(entities);
        all.add(new Entity("out", "AP", EntityType.ORGANIZATION, List.of(), null));
        List<Claim> cs = new ArrayList<>();
        for (String[] c : claims) {
            cs.add(new Claim("c" + cs.size(), ClaimType.valueOf(c[0]), c[1], c[2], Stance.ASSERTED, List.of("out"), null, 0.8,
                    Map.of(), new Evidence(doc.id(), new Span(0, 4), "Some", new Span(0, text.length()))));
        }
        return LINKER.link(new Extraction(doc, all, List.of(), cs));
    }

    @Test
    void aSpellingVariantLinksAndKeepsWhatTheDocumentCalledIt() {
        Entity kh = linkOne("Kataib Hezbollah", EntityType.ARMED_GROUP);
        assertThat(kh.kbId()).isEqualTo("kataib-hizballah");
        assertThat(kh.name()).isEqualTo("Kata'ib Hizballah");
        assertThat(kh.aliases()).contains("Kataib Hezbollah");
    }

    @Test
    void theSameNameOfAnotherGroupLinksToThatGroup() {
        assertThat(linkOne("Badr Forces", EntityType.ARMED_GROUP).kbId()).isEqualTo("badr-forces-pla");
        assertThat(linkOne("Badr Corps", EntityType.ARMED_GROUP).kbId()).isEqualTo("badr-organization");
    }

    @Test
    void weakEvidenceDoesNotLink() {
        // an acronym of the KB ("IA" = Iraqi Army) is not evidence that "Islamic Army" is the Iraqi Army
        assertThat(linkOne("Islamic Army", EntityType.ARMED_GROUP).kbId()).isNull();
        // a bare kunya, a single common given name, or a name with a part the KB's name lacks
        assertThat(linkOne("Abu Mohamed", EntityType.PERSON).kbId()).isNull();
        assertThat(linkOne("Ibrahim", EntityType.PERSON).kbId()).isNull();
        assertThat(linkOne("Abu Muhammad al-Adnani", EntityType.PERSON).kbId()).isNull();
        assertThat(linkOne("Hassan al-Baghdadi", EntityType.PERSON).kbId()).isNull();
        // a fuzzy spelling of a part plus parts the KB does not have
        assertThat(linkOne("Mohamad Ali Jafari", EntityType.PERSON).kbId()).isNull();
        // a person never links to an organisation, nor a state to a group
        assertThat(linkOne("Kata'ib Hizballah", EntityType.PERSON).kbId()).isNull();
    }

    @Test
    void aPersonsOtherSpellingsAndRealNameLink() {
        assertThat(linkOne("Abu Mahdi al-Mohandes", EntityType.PERSON).kbId()).isEqualTo("abu-mahdi-al-muhandis");
        assertThat(linkOne("Qais al-Khazali", EntityType.PERSON).kbId()).isEqualTo("qais-al-khazali");
        assertThat(linkOne("Laith al-Khazali", EntityType.PERSON).kbId()).isEqualTo("laith-al-khazali");
    }

    @Test
    void aSanctionsListIdMapsToTheKbEntryThatCitesIt() {
        Entity row = new Entity("e1", "AL-MUHANDIS, Abu Mahdi", EntityType.PERSON, List.of("Abu Mahdi AL-MUHANDIS"), "ofac-sdn-11461");
        Entity linked = link(List.of(row), List.of(), null).entities().get(0);
        assertThat(linked.kbId()).isEqualTo("abu-mahdi-al-muhandis");
        assertThat(linked.aliases()).contains("AL-MUHANDIS, Abu Mahdi");
    }

    @Test
    void itsHeadIsWhoLedTheOrganisationAtTheDocumentsDate() {
        List<Entity> entities = List.of(
                new Entity("e1", "Badr Organization", EntityType.ARMED_GROUP, List.of(), "badr-organization"),
                new Entity("e2", "head of Badr Organization", EntityType.PERSON, List.of(), null),
                new Entity("e3", "Ali Khamenei", EntityType.PERSON, List.of(), null));
        Extraction x = link(entities, List.<String[]>of(new String[] {"LEADS", "e2", "e1"},
                new String[] {"ASSOCIATED_WITH", "e2", "e3"}), "2021-07-01");
        Entity head = x.entities().stream().filter(e -> e.id().equals("e2")).findFirst().orElseThrow();
        assertThat(head.name()).isEqualTo("Hadi al-Amiri");
        assertThat(head.kbId()).isEqualTo("hadi-al-amiri");
        assertThat(head.aliases()).isEmpty();
        // the outlet said "its head"; the name is the knowledge base's, and every claim on him says so
        assertThat(x.claims()).allSatisfy(c -> assertThat(c.attributes().get("identified_by"))
                .startsWith("knowledge base: Hadi al-Amiri LEADS Badr Organization").contains("its head"));
    }

    @Test
    void entitiesLinkedToOneEntryBecomeOneAndTheirClaimsFollow() {
        List<Entity> entities = List.of(
                new Entity("e1", "Hadi al-Amiri", EntityType.PERSON, List.of(), null),
                new Entity("e2", "Hadi al-Ameri", EntityType.PERSON, List.of(), null),
                new Entity("e3", "Badr Organization", EntityType.ARMED_GROUP, List.of(), "badr-organization"));
        Extraction x = link(entities, List.<String[]>of(new String[] {"LEADS", "e2", "e3"}), null);
        assertThat(x.entities()).extracting(Entity::kbId).containsExactly("hadi-al-amiri", "badr-organization", null);
        assertThat(x.claims().get(0).subject()).isEqualTo("e1");
        assertThat(x.entities().get(0).aliases()).contains("Hadi al-Ameri");
    }
}
