package org.sightline.server;

import java.util.List;

/**
 * How to run the server. {@code adminPassword} null: a password is generated and printed once when
 * there is no user yet. {@code maxUploadBytes}: larger uploads are refused with a clear error.
 * {@code trustedProxies}: addresses, address ranges (CIDR) or host names of the reverse proxies
 * whose X-Forwarded-* and Forwarded headers are believed (see {@link TrustedProxies}); none by
 * default, so a client's own such headers never change its address in the audit log or the throttle.
 */
public record ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor,
                            List<String> trustedProxies) {
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public ServerOptions {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /** Without trusted proxies: the address of each request is that of its connection. */
    public ServerOptions(String db, String host, int port, String adminPassword, long maxUploadBytes, boolean loadExtractor) {
        this(db, host, port, adminPassword, maxUploadBytes, loadExtractor, List.of());
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(db, host, newPort, adminPassword, maxUploadBytes, loadExtractor, trustedProxies);
    }

    public ServerOptions withTrustedProxies(List<String> proxies) {
        return new ServerOptions(db, host, port, adminPassword, maxUploadBytes, loadExtractor, proxies);
    }
}
