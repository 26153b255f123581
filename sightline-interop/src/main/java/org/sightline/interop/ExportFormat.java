package org.sightline.interop;

import java.util.Locale;

/** The formats Sightline exports, with the file name ending and media type a download gets. */
public enum ExportFormat {
    FTM("ftm.jsonl", "application/x-ndjson"),
    STIX("stix.json", "application/stix+json;version=2.1"),
    GRAPHML("graphml", "application/graphml+xml"),
    CSV("csv", "text/csv; charset=utf-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "ftm", "stix", "graphml", "csv" (any case); IllegalArgumentException names the choices otherwise. */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "' (ftm, stix, graphml or csv)");
        }
    }
}
