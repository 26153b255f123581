package org.sightline.server;


/**
 * How to run the server. {@code adminPassword} null: a password is generated and printed once when
 * there is no user yet. {@code maxUploadBytes}: larger uploads are refused with a clear error.
 */
public record ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(db, host, newPort, adminPassword, maxUploadBytes, loadExtractor);
    }
}
