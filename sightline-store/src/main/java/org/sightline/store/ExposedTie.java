package org.sightline.store;

import java.util.List;
import org.sightline.core.ClaimType;

/**
 * One row of the exposure question answered in SQL ({@link PostgresStore#exposure}): an
 * adversary-aligned group tied to a unit at or under a recipient of the funders' money.
 *
 * @param chain    entity ids from the recipient down {@code PART_OF} to the unit (one shortest
 *                 chain; just the recipient when the unit is the recipient)
 * @param tie      {@code INFILTRATES}, {@code CONTROLS}, {@code MEMBER_OF} or {@code LEADS}; for a
 *                 unit itself adversary-aligned ({@code group} is the unit), {@code ALIGNED_WITH} or
 *                 {@code DESIGNATED}, or null when the unit is a sponsor
 * @param group    the group's entity id
 * @param claimIds the claims stating the tie, ascending
 */
public record ExposedTie(List<Long> chain, ClaimType tie, long group, List<Long> claimIds) {

    public ExposedTie {
        chain = List.copyOf(chain);
        claimIds = List.copyOf(claimIds);
    }

    public long recipient() {
        return chain.get(0);
    }

    public long unit() {
        return chain.get(chain.size() - 1);
    }

    /** {@code PART_OF} steps from the recipient to the unit. */
    public int depth() {
        return chain.size() - 1;
    }
}
