package org.sightline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentIds;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;

/** What the reference knowledge base adds to an extraction, and what stays without it. */
class KnowledgeBaseLinkingTest {
    private static final String TEXT = "The Badr Corps is the most prominent of the PMF militias and its head has a close "
            + "relationship with Iran's Supreme Leader Ali Khamenei. Kataib Hezbollah fired rockets at the base.";

    private static Extraction extract(Extractor extractor) {
        return extractor.extract(new Document(DocumentIds.of(TEXT), TEXT,
                new DocumentMetadata("t", "AP", null, "2021-07-01", null, "text/plain")));
    }

    private static Entity leaderOfBadr(Extraction x) {
        Map<String, Entity> byId = x.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        Claim leads = x.claims().stream()
                .filter(c -> c.type() == ClaimType.LEADS && "Badr Organization".equals(byId.get(c.object()).name()))
                .findFirst().orElseThrow();
        assertThat(leads.evidence().quote()).isEqualTo("its head");
        return byId.get(leads.subject());
    }

    @Test
    void itsHeadIsNamedByTheKnowledgeBaseAndBadrAndKataibHizballahCarryKbIds() {
        Extraction x = extract(TestExtractor.get());

        Entity head = leaderOfBadr(x);
        assertThat(head.name()).isEqualTo("Hadi al-Amiri");
        assertThat(head.kbId()).isEqualTo("hadi-al-amiri");
        assertThat(head.type()).isEqualTo(EntityType.PERSON);
        assertThat(x.entities()).filteredOn(e -> "badr-organization".equals(e.kbId()))
                .singleElement().satisfies(e -> assertThat(e.aliases()).contains("Badr Corps"));
        assertThat(x.entities()).filteredOn(e -> "kataib-hizballah".equals(e.kbId()))
                .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Kata'ib Hizballah"));
    }

    @Test
    void withoutTheKnowledgeBaseItsHeadIsAnUnnamedLeaderOfBadr() {
        Extraction x = extract(new Extractor(TestExtractor.get().nlp(), RuleFiles.classpath(), null));

        Entity head = leaderOfBadr(x);
        assertThat(head.name()).isEqualTo("head of Badr Organization");
        assertThat(head.kbId()).isNull();
        assertThat(head.aliases()).isEmpty();
    }
}
