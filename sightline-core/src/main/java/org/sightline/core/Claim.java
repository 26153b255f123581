package org.sightline.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement a source makes about two entities. Never a bare edge: evidence and a non-empty
 * attribution chain (innermost speaker first, then each outlet that passed it on) are required.
 *
 * @param time       when the claim holds, as stated ("2021-06", "after 2003"), or null
 * @param confidence the extractor's confidence that it read the text right (0..1), not truth
 * @param attributes type-specific values: amount, currency, period, role, program, date
 */
public record Claim(String id, ClaimType type, String subject, String object, Stance stance,
                    List<String> attributedTo, String time, double confidence,
                    Map<String, String> attributes, Evidence evidence) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "a claim without evidence is not a claim");
        if (attributedTo == null || attributedTo.isEmpty()) {
            throw new IllegalArgumentException("a claim needs an attribution chain: who says it");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        attributedTo = List.copyOf(attributedTo);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
