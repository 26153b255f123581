package org.sightline.server;


/**
 * How to run the server. {@code adminPassword} null: a password is generated and printed once when
 * there is no user yet. {@code maxUploadBytes}: larger uploads are refused with a clear error.
 * {@code uploadWorkers} uploads are read at once (each takes a core), and at most
 * {@code uploadQueue} wait or run; more are refused until the queue drains.
 */
public record ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor,
                            int uploadWorkers, int uploadQueue) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;
    public static final int DEFAULT_UPLOAD_QUEUE = 100;

    public ServerOptions {
        if (uploadWorkers < 1) {
            throw new IllegalArgumentException("upload workers must be at least 1, not " + uploadWorkers);
        }
        if (uploadQueue < 1) {
            throw new IllegalArgumentException("the upload queue must hold at least 1 upload, not " + uploadQueue);
        }
    }

    /** One upload worker per core, a queue of {@link #DEFAULT_UPLOAD_QUEUE}. */
    public ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor) {
        this(db, host, port, adminPassword, maxUploadBytes, loadExtractor, defaultWorkers(), DEFAULT_UPLOAD_QUEUE);
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(db, host, newPort, adminPassword, maxUploadBytes, loadExtractor, uploadWorkers, uploadQueue);
    }

    public ServerOptions withUploads(int workers, int queue) {
        return new ServerOptions(db, host, port, adminPassword, maxUploadBytes, loadExtractor, workers, queue);
    }
}
