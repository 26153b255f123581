package org.sightline.core;

/** Entity types of the ontology (ONTOLOGY.md). The names are the JSON values. */
public enum EntityType {
    PERSON, ARMED_GROUP, SECURITY_UNIT, GOVERNMENT_BODY, STATE, ORGANIZATION, PLACE, PROGRAM,
    /** Sanctions lists name ships and aircraft; they are things, not actors. */
    VESSEL, AIRCRAFT;

    /** Actors can say things, fund, lead or align; places and programmes cannot. */
    public boolean isActor() {
        return this != PLACE && this != PROGRAM && this != VESSEL && this != AIRCRAFT;
    }
}
