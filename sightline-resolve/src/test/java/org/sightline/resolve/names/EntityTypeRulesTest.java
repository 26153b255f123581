package org.sightline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.VESSEL;
import static org.sightline.resolve.names.Names.MATCHER;
import static org.sightline.resolve.names.Names.different;
import static org.sightline.resolve.names.Names.mentions;
import static org.sightline.resolve.names.Names.same;

import org.junit.jupiter.api.Test;

/** organisations.yaml and the type rules: legal forms, generic words, numbers, vessels, incompatible types. */
class EntityTypeRulesTest {
    @Test
    void numbersInUnitNamesMustAgree() {
        different("8th Division", "5th Division", SECURITY_UNIT, "numbers differ: 8 vs 5");
        same("8th Division", "Eighth Division", SECURITY_UNIT, "numbers agree: 8");
        different("Brigade 30", "Brigade 50", null, "numbers differ");
    }

    @Test
    void legalFormsAreWeakTokens() {
        same("Gazprom", "Gazprom JSC", ORGANIZATION, "legal form on one side only, weak");
        same("Deutsche Bank AG", "Deutsche Bank Aktiengesellschaft", ORGANIZATION, "legal form agrees");
        same("Al-Rafidain Trading Company LLC", "Al Rafidain Trading", ORGANIZATION, "legal form on one side only");
        same("JSC TACTICAL MISSILES CORP.", "TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY", ORGANIZATION);
    }

    @Test
    void differentLegalFormsSuggestSisterCompanies() {
        different("Deutsche Bank AG", "Deutsche Bank GmbH", ORGANIZATION, "legal forms differ");
    }

    @Test
    void genericWordsCarryLittleWeight() {
        // "Badr" alone is shared; the generic words differ: not a confident match by name alone
        different("Badr Forces", "Badr Organization", null, "different parts on both sides");
        different("China Construction Trust Corporation", "China Construction Bank Corporation", ORGANIZATION);
    }

    @Test
    void vesselsCompareStrictly() {
        same("VELIKIY NOVGOROD", "Velikiy Novgorod", VESSEL);
        different("Snow", "Snoe", VESSEL);
        same("MV Adrian Darya 1 IMO 9116412", "Adrian Darya IMO 9116412", VESSEL, "same imo number", "prefix ignored: mv");
        different("Adrian Darya IMO 9116411", "Adrian Darya IMO 9116412", VESSEL, "imo numbers differ");
    }

    @Test
    void incompatibleTypesDoNotMatch() {
        MatchResult r = MATCHER.match(MATCHER.analyse("Abu Mahdi al-Muhandis", PERSON),
                MATCHER.analyse("Abu Mahdi al-Muhandis", VESSEL));
        assertThat(r.match()).isFalse();
        mentions(r, "type mismatch PERSON vs VESSEL: score capped");
        r = MATCHER.match(MATCHER.analyse("Hizballah", PERSON), MATCHER.analyse("Hizballah", ORGANIZATION));
        assertThat(r.match()).isFalse();
        mentions(r, "type mismatch PERSON vs ORGANIZATION");
    }

    @Test
    void organisationKindsAreCompatibleWithEachOther() {
        MatchResult r = MATCHER.match(MATCHER.analyse("Kata'ib Hizballah", ARMED_GROUP),
                MATCHER.analyse("KATA'IB HIZBALLAH", ORGANIZATION));
        assertThat(r.match()).isTrue();
    }

    @Test
    void abbreviationsAreWrittenOutInOrganisationNamesOnly() {
        same("U.S. Department of State", "United States Department of State", ORGANIZATION, "same: united, states");
        same("First Bank Int'l", "First International Bank", ORGANIZATION, "numbers agree: 1");
        // "Min" is a Korean name part, not "Ministry"
        assertThat(MATCHER.analyse("Kim Kyong Min", null).tokens).extracting(t -> t.folded)
                .containsExactly("kim", "kyong", "min");
    }

    @Test
    void unknownTypeComparesGenerically() {
        same("Qais al-Khazali", "Qays al-Khazali", null, "variant spellings of 'qays'");
        same("Nanshan Group Co Ltd", "Nanshan Group", null, "legal form on one side only");
    }
}
