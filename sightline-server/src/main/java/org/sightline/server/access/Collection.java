package org.sightline.server.access;

/** A collection of documents with its TLP marking. */
public record Collection(long id, String name, Tlp tlp) {
    /** The collection of every document filed nowhere else (those the CLI ingested). */
    public static final String SHARED = "Shared";
}
