package org.sightline.store;

import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.ClaimType.LEADS;
import static org.sightline.core.ClaimType.PART_OF;
import static org.sightline.core.ClaimType.TARGETED;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.PLACE;
import static org.sightline.core.EntityType.SECURITY_UNIT;

import java.util.List;
import java.util.Map;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;

/** Small hand-made extractions the store contract tests save and read back. */
public final class Articles {
    private Articles() {
    }

    /** Two claims; "Badr Corps" also goes by "Badr Organization"; the LEADS claim is passed on by an outlet. */
    public static Extraction badrInfiltration() {
        return new ExtractionBuilder(
                "Badr Corps infiltrated the Federal Police in 2014, iranbriefing reported. "
                        + "Hadi al-Amiri leads the Badr Organization, the U.S. Department of the Treasury said.",
                new DocumentMetadata("Badr and the police", "iranbriefing", "https://example.org/badr",
                        "2021-06-01", "articles/badr.md", "text/markdown"))
                .entity("e1", "Badr Corps", ARMED_GROUP, "Badr Organization")
                .entity("e2", "Federal Police", SECURITY_UNIT)
                .entity("e3", "Hadi al-Amiri", PERSON)
                .entity("e4", "U.S. Department of the Treasury", GOVERNMENT_BODY, "Treasury")
                .entity("e5", "iranbriefing", ORGANIZATION)
                .mention("e1", "Badr Corps")
                .mention("e2", "Federal Police")
                .mention("e5", "iranbriefing")
                .mention("e3", "Hadi al-Amiri")
                .mention("e1", "Badr Organization")
                .mention("e4", "U.S. Department of the Treasury")
                .claim("c1", INFILTRATES, "e1", "e2", Stance.ALLEGED,
                        "Badr Corps infiltrated the Federal Police", List.of("e5"), "2014", 0.9, Map.of())
                .claim("c2", LEADS, "e3", "e1", Stance.REPORTED,
                        "Hadi al-Amiri leads the Badr Organization", List.of("e4", "e5"), null, 0.8,
                        Map.of("role", "secretary-general"))
                .build();
    }

    /** Names Badr by its alias "Badr Organization" and adds "Badr Brigades" and "Badr"; links Treasury to the kb. */
    public static Extraction qudsFunding() {
        return new ExtractionBuilder(
                "The Quds Force gave the Badr Organization $20 million a year, Treasury said. "
                        + "The Badr Brigades denied it.",
                new DocumentMetadata("Treasury on Quds Force money", "U.S. Department of the Treasury",
                        "https://example.org/treasury", "2022-01", null, "text/html"))
                .entity("e1", "Quds Force", SECURITY_UNIT)
                .entity("e2", "Badr Organization", ARMED_GROUP, "Badr Brigades", "Badr")
                .entityWithKb("e3", "Treasury", GOVERNMENT_BODY, "kb:us-treasury")
                .mention("e1", "Quds Force")
                .mention("e2", "Badr Organization")
                .mention("e3", "Treasury")
                .mention("e2", "Badr Brigades")
                .claim("c1", FUNDS, "e1", "e2", Stance.REPORTED,
                        "The Quds Force gave the Badr Organization $20 million a year", List.of("e3"), null, 0.7,
                        Map.of("amount", "20000000", "currency", "USD", "period", "year"))
                .build();
    }

    /** A place named "Badr": same name key as an alias of the armed group, other type. */
    public static Extraction badrTown() {
        return new ExtractionBuilder(
                "Badr is a town in the Beheira Governorate, Ahram Online wrote.",
                new DocumentMetadata("Badr", "Ahram Online", null, "2020", null, "text/plain"))
                .entity("e1", "Badr", PLACE)
                .entity("e2", "Beheira Governorate", PLACE)
                .entity("e3", "Ahram Online", ORGANIZATION)
                .mention("e1", "Badr")
                .mention("e2", "Beheira Governorate")
                .claim("c1", PART_OF, "e1", "e2", Stance.ASSERTED,
                        "Badr is a town in the Beheira Governorate", List.of("e3"), null, 0.95, Map.of())
                .build();
    }

    /** Broken on purpose: its claim is attributed to "e9", which is not among its entities. */
    public static Extraction brokenAttribution() {
        return new ExtractionBuilder(
                "Kata'ib Hezbollah fired rockets at the Federal Police.",
                new DocumentMetadata("Rockets", "iranbriefing", null, null, null, "text/plain"))
                .entity("e1", "Kata'ib Hezbollah", ARMED_GROUP)
                .entity("e2", "Federal Police", SECURITY_UNIT)
                .mention("e1", "Kata'ib Hezbollah")
                .mention("e2", "Federal Police")
                .claim("c1", TARGETED, "e1", "e2", Stance.ASSERTED,
                        "Kata'ib Hezbollah fired rockets at the Federal Police", List.of("e9"), null, 0.9, Map.of())
                .build();
    }
}
