package org.sightline.server;

import static org.sightline.core.ClaimType.ALIGNED_WITH;
import static org.sightline.core.ClaimType.ASSOCIATED_WITH;
import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import java.util.List;
import java.util.Map;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;
import org.sightline.store.ExtractionBuilder;

/** Hand-made documents for the server tests. */
final class Fixtures {
    /** Words only the RED document holds: none may show to a reader outside its collection. */
    static final List<String> SECRETS = List.of("Zorblax", "Quendrim", "Xylophant", "Vorlag", "Nightjar", "Pelquist");

    private Fixtures() {
    }

    /** Shared: the United States funds the Federal Police, which Badr Corps (aligned with Iran) infiltrated. */
    static Extraction publicReport() {
        return new ExtractionBuilder(
                "The United States funds the Federal Police through a training program. "
                        + "Badr Corps infiltrated the Federal Police in 2014, iranbriefing reported. Badr Corps is aligned with Iran.",
                new DocumentMetadata("Badr and the police", "iranbriefing", "https://example.org/badr", "2021-06-01", null, "text/plain"))
                .entityWithKb("e1", "United States", STATE, "us")
                .entity("e2", "Federal Police", SECURITY_UNIT)
                .entity("e3", "Badr Corps", ARMED_GROUP)
                .entity("e4", "iranbriefing", ORGANIZATION)
                .entityWithKb("e5", "Iran", STATE, "ir")
                .mention("e1", "United States").mention("e2", "Federal Police").mention("e3", "Badr Corps")
                .mention("e4", "iranbriefing").mention("e5", "Iran")
                .claim("c1", FUNDS, "e1", "e2", Stance.ASSERTED, "The United States funds the Federal Police", List.of("e4"), null, 0.9, Map.of())
                .claim("c2", INFILTRATES, "e3", "e2", Stance.ALLEGED, "Badr Corps infiltrated the Federal Police", List.of("e4"), "2014", 0.9, Map.of())
                .claim("c3", ALIGNED_WITH, "e3", "e5", Stance.ASSERTED, "Badr Corps is aligned with Iran", List.of("e4"), null, 0.9, Map.of())
                .build();
    }

    /**
     * RED: a unique group (Zorblax Quendrim) tied to the Federal Police and Iran, and a secret name
     * for Badr Corps under which the stored entity is first seen when this document is saved first.
     */
    static Extraction secretReport() {
        return new ExtractionBuilder(
                "Operation Nightjar. Zorblax Quendrim infiltrated the Federal Police, a source said. "
                        + "The Zorblax Quendrim is aligned with Iran. Badr Xylophant Vorlag works with the Zorblax Quendrim.",
                new DocumentMetadata("Operation Nightjar Pelquist", "Nightjar source", "https://example.org/nightjar", "2024-02-02", null, "text/plain"))
                .entity("e1", "Badr Xylophant Vorlag", ARMED_GROUP, "Badr Corps")
                .entity("e2", "Zorblax Quendrim", ARMED_GROUP)
                .entity("e3", "Federal Police", SECURITY_UNIT)
                .entityWithKb("e4", "Iran", STATE, "ir")
                .entity("e5", "Nightjar", ORGANIZATION)
                .mention("e2", "Zorblax Quendrim").mention("e1", "Badr Xylophant Vorlag").mention("e3", "Federal Police").mention("e4", "Iran").mention("e5", "Nightjar")
                .claim("c1", INFILTRATES, "e2", "e3", Stance.ASSERTED, "Zorblax Quendrim infiltrated the Federal Police", List.of("e5"), null, 0.9, Map.of())
                .claim("c2", ALIGNED_WITH, "e2", "e4", Stance.ASSERTED, "The Zorblax Quendrim is aligned with Iran", List.of("e5"), null, 0.9, Map.of())
                .claim("c3", ASSOCIATED_WITH, "e1", "e2", Stance.ASSERTED, "Badr Xylophant Vorlag works with the Zorblax Quendrim", List.of("e5"), null, 0.9, Map.of())
                .build();
    }
}
