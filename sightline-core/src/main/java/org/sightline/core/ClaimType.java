package org.sightline.core;

/** Claim types of the ontology (ONTOLOGY.md). The names are the JSON values. */
public enum ClaimType {
    PART_OF, MEMBER_OF, LEADS, ALIGNED_WITH, INFILTRATES, CONTROLS, FUNDS,
    ASSOCIATED_WITH, RESPONSIBLE_FOR, TARGETED, DESIGNATED, HOLDS_ROLE;

    /** A symmetric claim reads the same with subject and object swapped. */
    public boolean isSymmetric() {
        return this == ASSOCIATED_WITH;
    }
}
