package org.sightline.server;

/**
 * Why a multipart body was refused: Jetty throws one kind of exception for a body over the
 * limits and for one that is cut off or malformed; the client must hear which (413 or 400).
 */
final class Multipart {
    private Multipart() {
    }

    static HttpError refusal(Exception e, Uploads uploads) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceeds") || m.contains("max") && m.contains("size") || t instanceof IllegalStateException && m.contains("too large")) {
                return uploads.tooBig();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String why = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        return new HttpError(400, "the multipart body could not be read (cut off or malformed: " + why
                + "); send the file as the multipart field \"file\"");
    }
}
