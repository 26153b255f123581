package org.sightline.interop;

import static org.sightline.core.ClaimType.*;
import static org.sightline.core.EntityType.*;

import java.util.List;
import java.util.Map;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;
import org.sightline.store.ExtractionBuilder;

/** Two hand-made documents that between them hold every entity type and claim type. */
final class Fixtures {
    private Fixtures() {
    }

    static Extraction report() {
        String text = "The United States funds the Federal Police with $1.5 billion through the Counter-ISIS Train and Equip Fund. "
                + "Badr Corps infiltrated the Federal Police in 2014, the inspector general said. "
                + "Badr Corps is aligned with Iran. Hadi al-Amiri leads Badr Corps. "
                + "The Federal Police is part of the Ministry of Interior. "
                + "Kata'ib Hizballah, \"a militia, and more\", is a member of the Popular Mobilization Forces. "
                + "Kata'ib Hizballah was responsible for the attack on the U.S. Embassy in Baghdad.\nIt was said "
                + "that Kata'ib Hizballah controls the vessel Sea Star. "
                + "The State Department designated Kata'ib Hizballah as a Foreign Terrorist Organization in June 2009. "
                + "Hadi al-Amiri is the Minister of Transport. "
                + "Airstrikes targeted Kata'ib Hizballah near the Air Force jet Falcon 1. "
                + "Kata'ib Hizballah has strong ties to Badr Corps. "
                + "Iran funds the program of Kata'ib Hizballah.";
        return new ExtractionBuilder(text, new DocumentMetadata("Militias, money and the police", "iranbriefing",
                "https://example.org/militias", "2021-07-01", null, "text/plain"))
                .entityWithKb("e1", "United States", STATE, "us", "USA", "U.S.")
                .entity("e2", "Federal Police", SECURITY_UNIT, "Iraqi Federal Police")
                .entity("e3", "Counter-ISIS Train and Equip Fund", PROGRAM, "CTEF")
                .entityWithKb("e4", "Badr Corps", ARMED_GROUP, "badr-organization", "Badr Brigade", "Badr Organization")
                .entityWithKb("e5", "Iran", STATE, "ir")
                .entity("e6", "Hadi al-Amiri", PERSON)
                .entity("e7", "Ministry of Interior", GOVERNMENT_BODY)
                .entity("e8", "Kata'ib Hizballah", ARMED_GROUP, "KH")
                .entity("e9", "Popular Mobilization Forces", ARMED_GROUP, "PMF")
                .entity("e10", "U.S. Embassy in Baghdad", PLACE)
                .entity("e11", "Sea Star", VESSEL)
                .entity("e12", "US Department of State", GOVERNMENT_BODY, "State Department")
                .entity("e13", "Falcon 1", AIRCRAFT)
                .entity("e14", "iranbriefing", ORGANIZATION)
                .entity("e15", "DoD Office of Inspector General", GOVERNMENT_BODY)
                .entity("e16", "Ministry of Transport", GOVERNMENT_BODY)
                .mention("e1", "United States").mention("e2", "Federal Police").mention("e4", "Badr Corps")
                .claim("c1", FUNDS, "e1", "e2", Stance.ASSERTED, "The United States funds the Federal Police with $1.5 billion",
                        List.of("e14"), null, 0.9, Map.of("amount", "$1.5 billion", "currency", "USD"))
                .claim("c2", INFILTRATES, "e4", "e2", Stance.ALLEGED, "Badr Corps infiltrated the Federal Police in 2014",
                        List.of("e15", "e14"), "2014", 0.8, Map.of())
                .claim("c3", ALIGNED_WITH, "e4", "e5", Stance.ASSERTED, "Badr Corps is aligned with Iran", List.of("e14"), null, 0.9, Map.of())
                .claim("c4", LEADS, "e6", "e4", Stance.ASSERTED, "Hadi al-Amiri leads Badr Corps", List.of("e14"), "since 2003", 0.7, Map.of())
                .claim("c5", PART_OF, "e2", "e7", Stance.ASSERTED, "The Federal Police is part of the Ministry of Interior", List.of("e14"), null, 0.9, Map.of())
                .claim("c6", MEMBER_OF, "e8", "e9", Stance.REPORTED,
                        "Kata'ib Hizballah, \"a militia, and more\", is a member of the Popular Mobilization Forces", List.of("e14"), null, 0.6, Map.of())
                .claim("c7", RESPONSIBLE_FOR, "e8", "e10", Stance.ALLEGED,
                        "Kata'ib Hizballah was responsible for the attack on the U.S. Embassy in Baghdad.\nIt was said", List.of("e14"), null, 0.5, Map.of())
                .claim("c8", CONTROLS, "e8", "e11", Stance.HYPOTHETICAL, "Kata'ib Hizballah controls the vessel Sea Star", List.of("e14"), null, 0.5, Map.of())
                .claim("c9", DESIGNATED, "e12", "e8", Stance.ASSERTED,
                        "The State Department designated Kata'ib Hizballah as a Foreign Terrorist Organization in June 2009",
                        List.of("e14"), "2009-06", 0.95, Map.of("program", "Foreign Terrorist Organization", "date", "2009-06"))
                .claim("c10", HOLDS_ROLE, "e6", "e16", Stance.ASSERTED, "Hadi al-Amiri is the Minister of Transport", List.of("e14"), null, 0.9,
                        Map.of("role", "Minister of Transport"))
                .claim("c11", TARGETED, "e1", "e8", Stance.DENIED, "Airstrikes targeted Kata'ib Hizballah", List.of("e14"), null, 0.4, Map.of())
                .claim("c12", ASSOCIATED_WITH, "e8", "e4", Stance.ASSERTED, "Kata'ib Hizballah has strong ties to Badr Corps", List.of("e14"), null, 0.9, Map.of())
                .claim("c13", FUNDS, "e5", "e3", Stance.ASSERTED, "Iran funds the program of Kata'ib Hizballah", List.of("e14"), null, 0.9, Map.of())
                .claim("c14", TARGETED, "e8", "e13", Stance.ASSERTED, "Kata'ib Hizballah near the Air Force jet Falcon 1", List.of("e14"), null, 0.3, Map.of())
                .build();
    }

    /** A second document, no URL or date, that repeats a relation (so it has two independent sources). */
    static Extraction repeat() {
        String text = "Hadi al-Amiri said that Badr Corps is aligned with Iran. Badr Corps entered the Federal Police.";
        return new ExtractionBuilder(text, new DocumentMetadata("A speech", "Al-Ahad TV", null, null, null, "text/plain"))
                .entityWithKb("e1", "Badr Corps", ARMED_GROUP, "badr-organization")
                .entityWithKb("e2", "Iran", STATE, "ir")
                .entity("e3", "Hadi al-Amiri", PERSON)
                .entity("e4", "Al-Ahad TV", ORGANIZATION)
                .entity("e5", "Federal Police", SECURITY_UNIT)
                .claim("c1", ALIGNED_WITH, "e1", "e2", Stance.ASSERTED, "Badr Corps is aligned with Iran", List.of("e3", "e4"), null, 0.9, Map.of())
                .claim("c2", INFILTRATES, "e1", "e5", Stance.REPORTED, "Badr Corps entered the Federal Police", List.of("e4"), null, 0.6, Map.of())
                .build();
    }
}
