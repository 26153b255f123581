package org.sightline.ingest;

/**
 * What one format's reader found: the text before normalisation and whatever metadata the file
 * itself carries. Any field but the text may be null.
 */
record Extracted(String text, String title, String source, String url, String published) {
    static Extracted ofText(String text) {
        return new Extracted(text, null, null, null, null);
    }
}
