package org.sightline.resolve.kb;

import java.util.List;
import java.util.Map;
import org.sightline.core.ClaimType;

/**
 * One fact of the reference knowledge base: a claim of public record between two knowledge-base
 * entities, with when it held ({@code from}/{@code until}, ISO dates as precise as known, null when
 * unknown or open), how sure the knowledge base is of it, and where it comes from.
 */
public record KbFact(String subject, ClaimType type, String object, Map<String, String> attributes,
                     String from, String until, double confidence, boolean uncertain, List<Citation> citations) {

    public KbFact {
        attributes = Map.copyOf(attributes);
        citations = List.copyOf(citations);
    }

    /**
     * Whether the fact held on {@code date} (ISO, any precision). A partial date stands for its whole
     * period: a fact {@code from: 2002} holds on 2002-01-01, one {@code until: 2020-01} holds on
     * 2020-01-31. Open ends hold forever.
     */
    public boolean holdsOn(String date) {
        return (from == null || !IsoDates.start(from).isAfter(IsoDates.end(date)))
                && (until == null || !IsoDates.start(date).isAfter(IsoDates.end(until)));
    }
}
