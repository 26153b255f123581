package org.sightline.store;

/** What an analyst decided. */
public enum JudgementKind {
    /** Two entities are one. */
    MERGE,
    /** Some documents' entities are not the entity they were merged into. */
    SPLIT,
    /** A claim is wrong: kept with its evidence, left out of answers. */
    REJECT
}
