package org.sightline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.http.HttpSession;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.session.SessionHandler;
import org.sightline.core.NameKey;
import org.sightline.extract.Extractor;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.names.TransliterationKey;
import org.sightline.server.access.AccountStore;
import org.sightline.server.access.Role;
import org.sightline.server.access.User;
import org.sightline.server.access.Visibility;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app and JSON API on one store. Every request but the login page and static files is
 * signed in (session cookie or bearer token) and reads through the {@link VisibleStore} of its
 * user; state-changing requests from a session carry its CSRF token.
 */
public final class SightlineServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SightlineServer.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** An /api route as registered; the OpenAPI test checks every one is described. */
    public record ApiRoute(HandlerType method, String path, Role role) {
    }

    final Store store;
    final AccountStore accounts;
    final Visibility visibility;
    final KnowledgeBase kb;
    final NameKey nameKey;
    final ServerOptions options;
    final CompletableFuture<Extractor> extractor;
    /**
     * Independent-source counting, kept for the process: it caches each document's MinHash
     * signature (documents never change: their id is their text's hash). It reads texts from the
     * store itself, but only for documents of claims the caller already sees, and gives out counts only.
     */
    final org.sightline.report.ClaimSupport support;
    /** The workers that read queued uploads. */
    final UploadQueue uploads;
    final LoginThrottle loginThrottle = new LoginThrottle(java.time.Clock.systemUTC());
    final LoginCsrf loginCsrf = new LoginCsrf();
    final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final List<ApiRoute> apiRoutes = new ArrayList<>();
    private final Javalin app;

    private SightlineServer(Store store, AccountStore accounts, ServerOptions options, CompletableFuture<Extractor> extractor) {
        TrustedProxies trustedProxies = TrustedProxies.of(options.trustedProxies());
        this.store = store;
        this.accounts = accounts;
        this.options = options;
        this.kb = KnowledgeBase.load();
        this.nameKey = new TransliterationKey(NameMatcher.bundled());
        this.visibility = new Visibility(store, accounts, nameKey, kb);
        this.extractor = extractor;
        this.support = new org.sightline.report.ClaimSupport(store);
        this.uploads = new UploadQueue(this, accounts.uploadJobs(), options.uploadWorkers(), options.uploadQueue());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/static";
                sf.location = Location.CLASSPATH;
            });
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = options.maxUploadBytes();
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + 64 * 1024, io.javalin.config.SizeUnit.BYTES);
            config.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessions()));
            // Behind a TLS proxy named with --trusted-proxy, its X-Forwarded-Proto: https makes requests
            // secure (the session cookie is sent Secure) and its X-Forwarded-For is the client's
            // address; from any other client those headers are ignored.
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new TrustedForwarding(trustedProxies)));
        });
        app.before(this::guard);
        app.exception(HttpError.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "internal error");
        });
        // A path no route serves gets the app's own page (or JSON under /api), not Javalin's plain text.
        app.error(404, ctx -> {
            String result = ctx.result();
            if (result == null || result.isEmpty() || result.startsWith("Endpoint ")) {
                fail(ctx, 404, "No page at " + ctx.path());
            }
        });
        new ApiRoutes(this).register();
        new PageRoutes(this).register();
    }

    /**
     * Starts the server on a store the caller opened (and closes): the account tables are
     * opened beside it, the first admin is made if there is no user, and the extractor's models
     * load in the background.
     */
    public static SightlineServer start(Store store, AccountStore accounts, ServerOptions options, PrintStream console) {
        CompletableFuture<Extractor> extractor = options.loadExtractor()
                ? CompletableFuture.supplyAsync(Extractor::load, runnable -> {
                    Thread t = new Thread(runnable, "extractor-load");
                    t.setDaemon(true);
                    t.start();
                })
                : CompletableFuture.failedFuture(new IllegalStateException("this server was started without extraction"));
        return start(store, accounts, options, console, extractor);
    }

    /** {@link #start(Store, AccountStore, ServerOptions, PrintStream)} with the extractor as it comes (tests: one that never loads). */
    static SightlineServer start(Store store, AccountStore accounts, ServerOptions options, PrintStream console,
                                 CompletableFuture<Extractor> extractor) {
        SightlineServer server = new SightlineServer(store, accounts, options, extractor);
        server.firstAdmin(console);
        server.app.start(options.host(), options.port());
        console.println("Sightline is serving " + options.db() + " at http://" + options.host() + ":" + server.port() + "/");
        return server;
    }

    public int port() {
        return app.port();
    }

    public List<ApiRoute> apiRoutes() {
        return List.copyOf(apiRoutes);
    }

    public Visibility visibility() {
        return visibility;
    }

    @Override
    public void close() {
        uploads.close();
        app.stop();
    }

    private void firstAdmin(PrintStream console) {
        if (!accounts.users().isEmpty()) {
            return;
        }
        String password = options.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = Passwords.randomToken(12);
        } else if (Passwords.problem(password, "admin") != null) {
            throw new IllegalArgumentException("$SIGHTLINE_ADMIN_PASSWORD: " + Passwords.problem(password, "admin"));
        }
        accounts.createUser("admin", Passwords.hash(password), Role.ADMIN);
        accounts.audit("system", "USER_CREATE", "admin", "OK", "first start");
        console.println(generated
                ? "Created user admin with password " + password + " (shown once; change it or set $SIGHTLINE_ADMIN_PASSWORD)"
                : "Created user admin with the password from $SIGHTLINE_ADMIN_PASSWORD");
    }

    private static SessionHandler sessions() {
        SessionHandler sessions = new SessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        // Secure when the request came over https (behind a TLS proxy that says so).
        sessions.setSecureRequestOnly(true);
        sessions.setMaxInactiveInterval(8 * 3600);
        sessions.getSessionCookieConfig().setName("sightline_session");
        return sessions;
    }

    // ---- routing helpers ----

    void api(HandlerType method, String path, Role role, Handler handler) {
        apiRoutes.add(new ApiRoute(method, path, role));
        app.addHttpHandler(method, path, ctx -> {
            requireRole(ctx, role);
            handler.handle(ctx);
        });
    }

    /** A page; {@code role} null for the login page, which the gate leaves open. */
    void page(HandlerType method, String path, Role role, Handler handler) {
        app.addHttpHandler(method, path, ctx -> {
            if (role != null) {
                requireRole(ctx, role);
            }
            handler.handle(ctx);
        });
    }

    static User user(Context ctx) {
        return ctx.attribute("user");
    }

    VisibleStore visible(Context ctx) {
        VisibleStore vs = ctx.attribute("visible");
        if (vs == null) {
            vs = visibility.storeFor(user(ctx));
            ctx.attribute("visible", vs);
        }
        return vs;
    }

    private static void requireRole(Context ctx, Role role) {
        User u = user(ctx);
        if (u == null) {
            throw new HttpError(401, "sign in first");
        }
        if (!u.role().atLeast(role)) {
            throw new HttpError(403, "this needs the " + role.name().toLowerCase() + " role");
        }
    }

    void audit(Context ctx, String action, String target, String outcome, String detail) {
        User u = user(ctx);
        accounts.audit(u == null ? "anonymous" : u.name(), action, target, outcome, detail);
    }

    // ---- the gate ----

    private static boolean open(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/static/") || path.equals("/login") || path.equals("/favicon.ico");
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        String path = ctx.path();
        if (open(path)) {
            if (path.equals("/login") && ctx.method() == HandlerType.POST) {
                // Read here, capped, before anything else touches the body; the handler takes it from the attribute.
                LoginForm form = LoginForm.read(ctx);
                ctx.attribute("loginForm", form);
                String given = ctx.header("X-CSRF-Token") != null ? ctx.header("X-CSRF-Token") : form.csrf();
                if (!loginCsrf.valid(ctx, given)) {
                    throw new HttpError(403, "missing or wrong CSRF token: reload the page and try again");
                }
            }
            return;
        }
        ctx.header("Cache-Control", "no-store");
        String auth = ctx.header("Authorization");
        User user = null;
        boolean bearer = false;
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // A token reads; it changes things only through the API. The pages manage tokens and
            // passwords (with no CSRF check for a token), so a leaked token must not mint itself a
            // longer-lived one there, nor read the account page.
            boolean reads = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
            if (!path.startsWith("/api/") && (!reads || path.equals("/account") || path.startsWith("/account/"))) {
                throw new HttpError(401, "API tokens change things only through /api routes; sign in to use this page");
            }
            user = tokenUser(Passwords.sha256(auth.substring(7).strip()));
            bearer = true;
        } else {
            HttpSession session = ctx.req().getSession(false);
            Object uid = session == null ? null : session.getAttribute("uid");
            Object epoch = session == null ? null : session.getAttribute("epoch");
            if (uid instanceof Long id && epoch instanceof Long e) {
                // A session signed in before the user's last password change holds an old epoch: it has ended.
                user = accounts.userInSession(id, e).filter(u -> !u.disabled()).orElse(null);
            }
            if (user == null && uid != null) {
                session.invalidate();
            }
        }
        if (user == null) {
            throw new HttpError(401, "sign in first (session or Authorization: Bearer token)");
        }
        ctx.attribute("user", user);
        ctx.attribute("bearer", bearer);
        boolean changes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS;
        // Refused before its form is read (the CSRF field may be in it): a body over the limit is never parsed.
        if (changes && ctx.contentLength() > options.maxUploadBytes() + 64 * 1024) {
            throw new HttpError(413, "the request is larger than the upload limit of " + options.maxUploadBytes() / (1024 * 1024)
                    + " MB; ingest big files with the sightline ingest command instead");
        }
        if (changes && !bearer) {
            checkCsrf(ctx);
        }
    }

    /** A token's grant as looked up, and when (System.nanoTime). */
    private record Remembered(org.sightline.server.access.TokenGrant grant, long at) {
    }

    /** Token hash to its grant, remembered for a few seconds: one account lookup per client, not per request. */
    private final java.util.concurrent.ConcurrentHashMap<String, Remembered> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private User tokenUser(String hash) {
        Remembered known = tokens.get(hash);
        long now = System.nanoTime();
        if (known == null || now - known.at() >= 5_000_000_000L) {
            var grant = accounts.tokenByHash(hash).filter(g -> !g.user().disabled())
                    .orElseThrow(() -> new HttpError(401, "unknown or revoked API token"));
            if (tokens.size() > 10_000) {
                tokens.clear();
            }
            known = new Remembered(grant, now);
            tokens.put(hash, known);
        }
        // Checked on every request, remembered or not: a token stops at its expiry, not up to 5 s after.
        if (org.sightline.server.access.TokenInfo.expired(known.grant().expiresAt(), java.time.Instant.now())) {
            throw new HttpError(401, "this API token expired on " + known.grant().expiresAt() + "; make a new one on the Account page");
        }
        return known.grant().user();
    }

    /** Forgets remembered token users: after a token is revoked or a user changed. */
    void accountsChanged() {
        tokens.clear();
        visibility.changed();
    }

    /** The session's token, from the X-CSRF-Token header (htmx, fetch) or the _csrf form field. */
    private static void checkCsrf(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        String expected = session == null ? null : (String) session.getAttribute("csrf");
        String given = ctx.header("X-CSRF-Token");
        if (given == null) {
            try {
                given = ctx.formParam("_csrf");
            } catch (Exception e) { // a cut-off multipart body: Jetty's IOException comes undeclared
                throw new HttpError(400, "the form could not be read: " + e.getMessage());
            }
        }
        if (!Passwords.sameSecret(expected, given)) {
            throw new HttpError(403, "missing or wrong CSRF token: reload the page and try again");
        }
    }

    /** The session's CSRF token, made when first needed; none for a bearer-token request, which has no session. */
    static String csrf(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute("bearer"))) {
            return "";
        }
        HttpSession session = ctx.req().getSession(true);
        String token = (String) session.getAttribute("csrf");
        if (token == null) {
            token = Passwords.randomToken(24);
            session.setAttribute("csrf", token);
        }
        return token;
    }

    private void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ctx.json(Map.of("error", message, "status", status));
        } else if (status == 401) {
            String next = ctx.method() == HandlerType.GET ? ctx.path() : "/";
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        } else if ("true".equals(ctx.header("HX-Request"))) {
            ctx.html("<p class=\"error\">" + org.sightline.server.Html.escape(message) + "</p>");
        } else {
            render(ctx, "error.jte", new Views.Page("Error", user(ctx), user(ctx) == null ? "" : csrf(ctx), ""),
                    new Views.ErrorPage(status, message));
        }
    }

    void render(Context ctx, String template, Views.Page page, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, Map.of("p", page, "m", model), out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    Views.Page page(Context ctx, String title, String nav) {
        return new Views.Page(title, user(ctx), csrf(ctx), nav);
    }

    Optional<Extractor> extractorIfReady() {
        return extractor.isDone() && !extractor.isCompletedExceptionally() ? Optional.of(extractor.join()) : Optional.empty();
    }
}
