package org.sightline.cli;

import java.util.concurrent.CountDownLatch;
import org.sightline.server.ServerOptions;
import org.sightline.server.SightlineServer;
import org.sightline.server.access.AccountStore;
import org.sightline.server.access.JdbcAccountStore;
import org.sightline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the web app and JSON API on the store until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app and the JSON API (accounts, TLP collections, audit log) on the store.",
                "The first start creates user admin with $SIGHTLINE_ADMIN_PASSWORD, or prints a generated password once."})
final class ServeCommand extends StoreCommand {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; put a TLS proxy in front to serve others).")
    String host;

    @Option(names = "--trusted-proxy", split = ",", paramLabel = "ADDRESS",
            description = {"A reverse proxy whose X-Forwarded-For, X-Forwarded-Proto and Forwarded headers are believed:",
                    "an address, a range (10.0.0.0/8) or a host name; repeat it or separate with commas. Default: none,",
                    "so each request's address is that of its connection (as the audit log and the sign-in throttle use it)."})
    java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    @Option(names = "--max-upload-mb", defaultValue = "20", description = "Largest upload accepted, in MB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--upload-workers", description = "Uploads read at once, each on a core of its own (default: one per core).")
    Integer uploadWorkers;

    @Option(names = "--upload-queue", defaultValue = "100",
            description = "Most uploads waiting or being read; more are refused until the queue drains (default: ${DEFAULT-VALUE}).")
    int uploadQueue;

    @Override
    public Integer call() throws Exception {
        require(port >= 0 && port < 65536, "--port must be 0..65535");
        require(maxUploadMb > 0, "--max-upload-mb must be positive");
        require(uploadWorkers == null || uploadWorkers > 0, "--upload-workers must be positive");
        require(uploadQueue > 0, "--upload-queue must be positive");
        try (Store store = openStore(false); AccountStore accounts = JdbcAccountStore.open(root().db())) {
            ServerOptions options = new ServerOptions(root().dbName(), host, port, System.getenv("SIGHTLINE_ADMIN_PASSWORD"),
                    maxUploadMb * 1024L * 1024L, true, trustedProxies,
                    uploadWorkers == null ? ServerOptions.defaultWorkers() : uploadWorkers, uploadQueue);
            SightlineServer server;
            try {
                server = SightlineServer.start(store, accounts, options, System.out);
            } catch (IllegalArgumentException e) {
                // A --trusted-proxy that is no address, or a weak $SIGHTLINE_ADMIN_PASSWORD: the user's to fix.
                require(false, e.getMessage());
                return ExitCodes.USAGE;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
            return ExitCodes.OK;
        }
    }
}
