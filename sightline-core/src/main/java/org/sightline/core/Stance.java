package org.sightline.core;

/** How firmly the source puts a claim (ONTOLOGY.md). */
public enum Stance {
    ASSERTED, ALLEGED, REPORTED, DENIED, HYPOTHETICAL
}
