package org.sightline.ingest;

/** The kinds of file a document can be read from, with the media type recorded in its metadata. */
enum Format {
    TEXT("text/plain"), MARKDOWN("text/markdown"), HTML("text/html"), PDF("application/pdf");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }
}
