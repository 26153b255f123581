package org.sightline.core;

/**
 * What is known about a document besides its text. Every field may be null (unknown).
 *
 * @param title     title from front matter, HTML title or first line
 * @param source    the outlet that published it ("iranbriefing", "U.S. Department of the Treasury")
 * @param url       where it was published
 * @param published publication date as ISO-8601 (yyyy-MM-dd, or yyyy-MM, yyyy)
 * @param path      the file it was read from
 * @param mediaType text/plain, text/markdown, text/html or application/pdf
 */
public record DocumentMetadata(String title, String source, String url, String published, String path, String mediaType) {
    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null, null);

    public DocumentMetadata withSource(String newSource) {
        return new DocumentMetadata(title, newSource, url, published, path, mediaType);
    }
}
