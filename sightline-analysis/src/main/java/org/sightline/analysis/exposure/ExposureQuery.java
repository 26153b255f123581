package org.sightline.analysis.exposure;

import java.util.Arrays;
import java.util.Objects;

/**
 * An exposure question.
 *
 * @param funders  nodes whose money to follow ({@link org.sightline.analysis.graph.ClaimGraph#node(long)})
 * @param rule     which groups count as adversary-aligned
 * @param since    {@code yyyymmdd}: follow only {@code FUNDS} claims that may hold on or after it
 *                 (a month or year counts up to its last day; claims without a time are followed);
 *                 0 for all
 * @param maxDepth how many {@code PART_OF} steps below a recipient to go; {@link Integer#MAX_VALUE}
 *                 for no limit (cycles are safe either way)
 */
public record ExposureQuery(int[] funders, AdversaryRule rule, int since, int maxDepth) {

    public ExposureQuery {
        funders = funders.clone();
        Objects.requireNonNull(rule, "rule");
        if (since < 0 || maxDepth < 0) {
            throw new IllegalArgumentException("since and maxDepth must not be negative");
        }
    }

    /** All funding, the whole hierarchy. */
    public static ExposureQuery of(AdversaryRule rule, int... funders) {
        return new ExposureQuery(funders, rule, 0, Integer.MAX_VALUE);
    }

    public ExposureQuery since(int yyyymmdd) {
        return new ExposureQuery(funders, rule, yyyymmdd, maxDepth);
    }

    public ExposureQuery maxDepth(int steps) {
        return new ExposureQuery(funders, rule, since, steps);
    }

    @Override
    public int[] funders() {
        return funders.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExposureQuery q && Arrays.equals(q.funders, funders) && q.rule.equals(rule)
                && q.since == since && q.maxDepth == maxDepth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(funders), rule, since, maxDepth);
    }

    @Override
    public String toString() {
        return "ExposureQuery[funders=" + Arrays.toString(funders) + ", rule=" + rule + ", since=" + since
                + ", maxDepth=" + maxDepth + "]";
    }
}
