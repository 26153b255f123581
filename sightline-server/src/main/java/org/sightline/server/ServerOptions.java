package org.sightline.server;

import java.util.List;

/**
 * How to run the server. {@code adminPassword} null: a password is generated and printed once when
 * there is no user yet. {@code maxUploadBytes}: larger uploads are refused with a clear error.
 * {@code trustedProxies}: addresses, address ranges (CIDR) or host names of the reverse proxies
 * whose X-Forwarded-* and Forwarded headers are believed (see {@link TrustedProxies}); none by
 * default, so a client's own such headers never change its address in the audit log or the throttle.
 * {@code uploadWorkers} uploads are read at once (each takes a core), and at most
 * {@code uploadQueue} wait or run; more are refused until the queue drains.
 */
public record ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor,
                            List<String> trustedProxies, int uploadWorkers, int uploadQueue) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;
    public static final int DEFAULT_UPLOAD_QUEUE = 100;

    public ServerOptions {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (uploadWorkers < 1) {
            throw new IllegalArgumentException("upload workers must be at least 1, not " + uploadWorkers);
        }
        if (uploadQueue < 1) {
            throw new IllegalArgumentException("the upload queue must hold at least 1 upload, not " + uploadQueue);
        }
    }

    /** Without trusted proxies (the address of each request is that of its connection), one upload worker per core, a queue of {@link #DEFAULT_UPLOAD_QUEUE}. */
    public ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor) {
        this(db, host, port, adminPassword, maxUploadBytes, loadExtractor, List.of(), defaultWorkers(), DEFAULT_UPLOAD_QUEUE);
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(db, host, newPort, adminPassword, maxUploadBytes, loadExtractor, trustedProxies, uploadWorkers, uploadQueue);
    }

    public ServerOptions withTrustedProxies(List<String> proxies) {
        return new ServerOptions(db, host, port, adminPassword, maxUploadBytes, loadExtractor, proxies, uploadWorkers, uploadQueue);
    }

    public ServerOptions withUploads(int workers, int queue) {
        return new ServerOptions(db, host, port, adminPassword, maxUploadBytes, loadExtractor, trustedProxies, workers, queue);
    }
}
