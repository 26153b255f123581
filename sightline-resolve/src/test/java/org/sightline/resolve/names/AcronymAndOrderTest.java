package org.sightline.resolve.names;

import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.resolve.names.Names.different;
import static org.sightline.resolve.names.Names.same;

import org.junit.jupiter.api.Test;

/** Acronyms (initials of content words, particles optional) and word order. */
class AcronymAndOrderTest {
    @Test
    void acronymsOfArmedGroups() {
        same("KH", "Kata'ib Hizballah", ARMED_GROUP, "acronym KH = kata'ib hizballah");
        same("AAH", "Asa'ib Ahl al-Haq", ARMED_GROUP, "acronym AAH");
        same("K.H.", "Kataib Hezbollah", ARMED_GROUP, "acronym KH");
    }

    @Test
    void acronymWithHyphenAndParticles() {
        same("IRGC-QF", "Islamic Revolutionary Guard Corps-Qods Force", ORGANIZATION, "acronym IRGC QF");
        same("PMF", "Popular Mobilization Forces", null, "acronym PMF");
        same("FBI", "Federal Bureau of Investigation", ORGANIZATION, "acronym FBI");
    }

    @Test
    void anAcronymInParenthesesRepeatsTheWordsBeforeIt() {
        same("IRGC-QF", "Islamic Revolutionary Guard Corps (IRGC)-Qods Force", ORGANIZATION, "acronym IRGC QF");
    }

    @Test
    void acronymWhenBothTypesAreUnknown() {
        same("Kataib Hezbollah", "KH", null, "acronym KH");
    }

    @Test
    void wrongInitialsAreNoAcronym() {
        different("KH", "Asa'ib Ahl al-Haq", ARMED_GROUP);
        different("CBA Company", "A.B.C. Company", ORGANIZATION);
    }

    @Test
    void personsAreNotAbbreviatedToAcronyms() {
        different("AMM", "Abu Mahdi al-Muhandis", PERSON);
    }

    @Test
    void lastCommaFirstIsReadAsFirstLast() {
        same("AL-MUHANDIS, Abu Mahdi", "Abu Mahdi al-Muhandis", PERSON,
                "order: 'al-muhandis, abu mahdi' read as 'abu mahdi al-muhandis'");
        same("Smith, John", "John Smith", null, "read as 'john smith'");
    }

    @Test
    void personsMatchAsTokenSets() {
        same("Reinaldo Gregorio Lenin Cerna", "Reinaldo Lenin Gregorio Cerna", PERSON, "same: reinaldo");
    }

    @Test
    void orderMattersMoreForOrganisations() {
        same("Hizballah Kataib", "Kataib Hizballah", ARMED_GROUP, "word order differs");
        // a comma in an organisation's name is not "LAST, First"
        same("Bowne Global Solutions, L.L.C.", "Bowne Global Solutions LLC", ORGANIZATION, "legal form agrees");
    }
}
