package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;

/**
 * Analysts' judgements in any {@link Store}: merge, split and reject are kept, reversible, and
 * survive a rebuild of the entities; knowledge-base links decide before names do.
 */
public abstract class JudgementContract {
    @TempDir
    protected Path dir;

    protected Store store;

    protected abstract Store openStore(Path dir);

    @BeforeEach
    void openFreshStore() {
        store = openStore(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** "Hezbollah Brigades" and "Kata'ib Hizballah": different spellings, different name keys. */
    private static Extraction spelledTwice() {
        return new ExtractionBuilder("Hezbollah Brigades fired at the base. Kata'ib Hizballah denied it, Reuters said.",
                new DocumentMetadata("Rockets", "Reuters", null, "2023-01-02", null, "text/plain"))
                .entity("e1", "Hezbollah Brigades", ARMED_GROUP)
                .entity("e2", "Kata'ib Hizballah", ARMED_GROUP)
                .entity("e3", "Reuters", ORGANIZATION)
                .mention("e1", "Hezbollah Brigades")
                .mention("e2", "Kata'ib Hizballah")
                .claim("c1", ClaimType.ASSOCIATED_WITH, "e1", "e3", Stance.ASSERTED, "Hezbollah Brigades fired at the base",
                        List.of("e3"), null, 0.5, Map.of())
                .claim("c2", ClaimType.ASSOCIATED_WITH, "e2", "e3", Stance.DENIED, "Kata'ib Hizballah denied it",
                        List.of("e3"), null, 0.5, Map.of())
                .build();
    }

    private static Extraction palestinianBadr() {
        return new ExtractionBuilder("The Badr Forces of the Palestine Liberation Army paraded in Amman, AP said.",
                new DocumentMetadata("Parade", "AP", null, "1995", null, "text/plain"))
                .entity("e1", "Badr Forces", ARMED_GROUP, "Badr Corps")
                .entity("e2", "AP", ORGANIZATION)
                .mention("e1", "Badr Forces")
                .claim("c1", ClaimType.MEMBER_OF, "e1", "e2", Stance.ASSERTED, "The Badr Forces of the Palestine Liberation Army",
                        List.of("e2"), null, 0.5, Map.of())
                .build();
    }

    private StoredEntity named(String name) {
        List<StoredEntity> found = store.findEntities(name);
        assertThat(found).as("entities named " + name).hasSize(1);
        return found.get(0);
    }

    @Test
    void mergeJoinsTwoEntitiesUnderTheKeptOneAndRevertSeparatesThemAgain() {
        store.save(spelledTwice());
        StoredEntity kh = named("Kata'ib Hizballah");
        StoredEntity brigades = named("Hezbollah Brigades");
        int before = store.stats().entities();

        Judgement j = store.merge(kh.id(), brigades.id(), "analyst1", "same group, English calque");

        assertThat(j.kind()).isEqualTo(JudgementKind.MERGE);
        assertThat(j.madeBy()).isEqualTo("analyst1");
        assertThat(j.why()).isEqualTo("same group, English calque");
        assertThat(j.summary()).contains("Hezbollah Brigades").contains("Kata'ib Hizballah");
        StoredEntity merged = store.entity(kh.id()).orElseThrow();
        assertThat(merged.name()).isEqualTo("Kata'ib Hizballah");
        assertThat(merged.aliases()).contains("Hezbollah Brigades");
        assertThat(store.entity(brigades.id())).isEmpty();
        assertThat(store.claims(ClaimQuery.about(kh.id()))).hasSize(2);
        assertThat(store.stats().entities()).isEqualTo(before - 1);

        store.revert(j.id(), "analyst2");

        assertThat(store.entity(kh.id()).orElseThrow().aliases()).doesNotContain("Hezbollah Brigades");
        assertThat(store.claims(ClaimQuery.about(kh.id()))).hasSize(1);
        assertThat(named("Hezbollah Brigades").id()).isNotEqualTo(kh.id());
        assertThat(store.stats().entities()).isEqualTo(before);
        Judgement reverted = store.judgements().get(0);
        assertThat(reverted.active()).isFalse();
        assertThat(reverted.revertedBy()).isEqualTo("analyst2");
    }

    @Test
    void splitMovesOneDocumentsEntityOffAndRevertPutsItBack() {
        store.save(Articles.badrInfiltration());
        store.save(palestinianBadr());
        StoredEntity badr = named("Badr Organization");
        assertThat(badr.aliases()).contains("Badr Forces");
        assertThat(store.claims(ClaimQuery.about(badr.id()))).hasSize(3);

        Judgement j = store.split(badr.id(), List.of("Badr Forces"), List.of(), null, null, "analyst1", "Palestinian unit, not Iraq's Badr");

        List<Long> now = store.entitiesOfDocEntities(j.docEntityIds());
        assertThat(now).hasSize(1).doesNotContain(badr.id());
        StoredEntity forces = store.entity(now.get(0)).orElseThrow();
        assertThat(forces.name()).isEqualTo("Badr Forces");
        assertThat(store.entity(badr.id()).orElseThrow().aliases()).doesNotContain("Badr Forces");
        assertThat(store.claims(ClaimQuery.about(badr.id()))).hasSize(2);
        assertThat(store.claims(ClaimQuery.about(forces.id()))).hasSize(1);

        // A rebuild keeps the split and the ids.
        store.rebuildEntities();
        assertThat(store.entity(badr.id()).orElseThrow().name()).isEqualTo("Badr Corps");
        assertThat(store.entitiesOfDocEntities(j.docEntityIds())).containsExactly(forces.id());

        store.revert(j.id(), "analyst1");
        assertThat(store.entitiesOfDocEntities(j.docEntityIds())).containsExactly(badr.id());
        assertThat(store.claims(ClaimQuery.about(badr.id()))).hasSize(3);
    }

    @Test
    void splitThatMatchesNothingOrEverythingIsRefused() {
        store.save(Articles.badrInfiltration());
        StoredEntity badr = named("Badr Corps");
        assertThatThrownBy(() -> store.split(badr.id(), List.of("Quds Force"), List.of(), null, null, "a", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was never called");
        assertThatThrownBy(() -> store.split(badr.id(), List.of("Badr Corps"), List.of(), null, null, "a", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing would be left");
        assertThat(store.judgements()).isEmpty();
    }

    @Test
    void rejectedClaimLeavesAnswersButStaysStoredAndComesBackOnRevert() {
        store.save(Articles.badrInfiltration());
        StoredClaim leads = store.claims(new ClaimQuery(null, ClaimType.LEADS, null, 0)).get(0);

        Judgement j = store.reject(leads.id(), "analyst1", "the article misreads the Treasury release");

        assertThat(store.claims(ClaimQuery.ALL)).extracting(StoredClaim::type).containsExactly(ClaimType.INFILTRATES);
        assertThat(store.stats().claims()).isEqualTo(1);
        StoredClaim kept = store.claims(ClaimQuery.ALL.withRejected()).stream()
                .filter(c -> c.id() == leads.id()).findFirst().orElseThrow();
        assertThat(kept.rejectedBy()).isEqualTo(j.id());
        assertThat(kept.evidence()).isEqualTo(leads.evidence());
        // Rebuilding the entities keeps the rejection.
        store.rebuildEntities();
        assertThat(store.claims(ClaimQuery.ALL)).hasSize(1);

        store.revert(j.id(), "analyst1");
        assertThat(store.claims(ClaimQuery.ALL)).hasSize(2);
        assertThatThrownBy(() -> store.revert(j.id(), "analyst1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already reverted");
    }

    @Test
    void judgementsNamingNothingAreRefused() {
        store.save(Articles.badrInfiltration());
        long badr = named("Badr Corps").id();
        assertThatThrownBy(() -> store.merge(badr, 9999, "a", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no entity 9999");
        assertThatThrownBy(() -> store.merge(badr, badr, "a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.reject(9999, "a", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no claim 9999");
        assertThatThrownBy(() -> store.revert(9999, "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameKnowledgeBaseIdJoinsDifferentNamesAndDifferentIdsNeverJoinByName() {
        Extraction one = new ExtractionBuilder("Abu Mahdi al-Muhandis spoke, AP said.",
                new DocumentMetadata("One", "AP", null, null, null, "text/plain"))
                .entityWithKb("e1", "Abu Mahdi al-Muhandis", PERSON, "abu-mahdi-al-muhandis")
                .entity("e2", "AP", ORGANIZATION)
                .claim("c1", ClaimType.ASSOCIATED_WITH, "e1", "e2", Stance.ASSERTED, "Abu Mahdi al-Muhandis spoke",
                        List.of("e2"), null, 0.5, Map.of())
                .build();
        Extraction two = new ExtractionBuilder("Jamal Jaafar Mohammed spoke. Abu Ahmad spoke, AP said.",
                new DocumentMetadata("Two", "AP", null, null, null, "text/plain"))
                .entityWithKb("e1", "Jamal Jaafar Mohammed", PERSON, "abu-mahdi-al-muhandis", "Abu Ahmad")
                .entityWithKb("e3", "Abu Ahmad", PERSON, "ofac-sdn-1")
                .entity("e2", "AP", ORGANIZATION)
                .claim("c1", ClaimType.ASSOCIATED_WITH, "e1", "e2", Stance.ASSERTED, "Jamal Jaafar Mohammed spoke",
                        List.of("e2"), null, 0.5, Map.of())
                .claim("c2", ClaimType.ASSOCIATED_WITH, "e3", "e2", Stance.ASSERTED, "Abu Ahmad spoke",
                        List.of("e2"), null, 0.5, Map.of())
                .build();
        store.save(one);
        store.save(two);
        assertThat(store.entities(PERSON)).hasSize(2);
        store.rebuildEntities();
        assertThat(store.entities(PERSON)).extracting(StoredEntity::kbId)
                .containsExactlyInAnyOrder("abu-mahdi-al-muhandis", "ofac-sdn-1");
        StoredEntity muhandis = store.entities(PERSON).stream().filter(e -> "abu-mahdi-al-muhandis".equals(e.kbId()))
                .findFirst().orElseThrow();
        assertThat(muhandis.name()).isEqualTo("Abu Mahdi al-Muhandis");
        assertThat(muhandis.aliases()).contains("Jamal Jaafar Mohammed");
        assertThat(store.claims(ClaimQuery.about(muhandis.id()))).hasSize(2);
    }

    @Test
    void rebuildWithoutJudgementsChangesNothing() {
        store.save(Articles.badrInfiltration());
        store.save(Articles.qudsFunding());
        store.save(Articles.badrTown());
        List<StoredEntity> before = store.entities(null);
        List<StoredClaim> claims = store.claims(ClaimQuery.ALL);

        RebuildResult result = store.rebuildEntities();

        assertThat(result.docEntitiesMoved()).isZero();
        assertThat(store.entities(null)).isEqualTo(before);
        assertThat(store.claims(ClaimQuery.ALL)).isEqualTo(claims);
    }

    @Test
    void splittingOffAWrongKbLinkUnlinksRenamesAndRetypesIt() {
        Extraction one = new ExtractionBuilder("The Badr Organization paraded, AP said.",
                new DocumentMetadata("One", "AP", null, null, null, "text/plain"))
                .entityWithKb("e1", "Badr Organization", ARMED_GROUP, "badr-organization", "Badr")
                .entity("e2", "AP", ORGANIZATION)
                .claim("c1", ClaimType.ASSOCIATED_WITH, "e1", "e2", Stance.ASSERTED, "The Badr Organization paraded",
                        List.of("e2"), null, 0.5, Map.of())
                .build();
        Extraction two = new ExtractionBuilder("Treasury designated Muhammad Badr, a financier, AP said.",
                new DocumentMetadata("Two", "AP", null, null, null, "text/plain"))
                .entityWithKb("e1", "Badr Organization", ARMED_GROUP, "badr-organization", "Badr")
                .entity("e2", "AP", ORGANIZATION)
                .claim("c1", ClaimType.ASSOCIATED_WITH, "e1", "e2", Stance.ASSERTED, "Treasury designated Muhammad Badr",
                        List.of("e2"), null, 0.5, Map.of())
                .build();
        store.save(one);
        store.save(two);
        StoredEntity badr = named("Badr Organization");
        assertThat(store.claims(ClaimQuery.about(badr.id()))).hasSize(2);

        Judgement j = store.split(badr.id(), List.of(), List.of(two.document().id()), "Muhammad Badr", PERSON, "analyst1",
                "a financier, not the militia");

        StoredEntity person = store.entity(store.entitiesOfDocEntities(j.docEntityIds()).get(0)).orElseThrow();
        assertThat(person.name()).isEqualTo("Muhammad Badr");
        assertThat(person.type()).isEqualTo(PERSON);
        assertThat(person.kbId()).isNull();
        assertThat(store.entity(badr.id()).orElseThrow().kbId()).isEqualTo("badr-organization");
        assertThat(store.claims(ClaimQuery.about(badr.id()))).hasSize(1);
        assertThat(store.findEntities("Badr Organization")).extracting(StoredEntity::id).containsExactly(badr.id());
    }
}
