package org.sightline.server;

/** An error to answer with its status and message (JSON for /api, a page otherwise). */
public final class HttpError extends RuntimeException {
    public final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public static HttpError notFound(String what) {
        return new HttpError(404, what + " not found");
    }
}
