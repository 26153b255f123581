package org.sightline.store;

import java.time.Instant;
import java.util.List;

/**
 * An analyst's judgement, kept for good: reverting sets {@code revertedAt} and rebuilds the
 * entities without it.
 *
 * @param summary    what it said when made, in words ("merge entity 12 (Badr Corps) into 3 (Badr Organization)")
 * @param entityIds  the entities it named when made (MERGE: kept, merged; SPLIT: the split one)
 * @param docEntityIds the document entities it applies to (MERGE: one of each side; SPLIT: those split off)
 * @param claimId    the rejected claim (REJECT), else null
 * @param newName    SPLIT: the name of the split-off entity, or null
 * @param newType    SPLIT: the type of the split-off entity, or null
 */
public record Judgement(long id, JudgementKind kind, String summary, String why, String madeBy, Instant madeAt,
                        String revertedBy, Instant revertedAt, List<Long> entityIds, List<Long> docEntityIds,
                        Long claimId, String newName, org.sightline.core.EntityType newType) {
    public Judgement {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        docEntityIds = docEntityIds == null ? List.of() : List.copyOf(docEntityIds);
    }

    public boolean active() {
        return revertedAt == null;
    }
}
