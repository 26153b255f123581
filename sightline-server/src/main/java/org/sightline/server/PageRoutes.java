package org.sightline.server;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.analysis.graph.ClaimDates;
import org.sightline.analysis.timeline.Dated;
import org.sightline.analysis.timeline.Timeline;
import org.sightline.core.ClaimType;
import org.sightline.server.access.Collection;
import org.sightline.server.access.Role;
import org.sightline.server.access.Tlp;
import org.sightline.server.access.User;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.ClaimQuery;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/** The web pages: server-rendered (jte, escaped), htmx for the search results and the graph's edge quotes. */
final class PageRoutes {
    private final SightlineServer s;
    private final Uploads uploads;

    PageRoutes(SightlineServer server) {
        this.s = server;
        this.uploads = new Uploads(server);
    }

    /** Claim rows per page of an entity or a document: a page stays small however many documents repeat a claim. */
    static final int CLAIMS_PER_PAGE = 50;

    void register() {
        s.page(GET, "/login", null, this::loginPage);
        s.page(POST, "/login", null, this::login);
        s.page(POST, "/logout", Role.VIEWER, this::logout);
        // Browsers ask for /favicon.ico whatever the page links; the icon is an SVG.
        s.page(GET, "/favicon.ico", null, ctx -> ctx.redirect("/static/favicon.svg", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
        s.page(GET, "/", Role.VIEWER, this::home);
        s.page(GET, "/search", Role.VIEWER, this::search);
        s.page(GET, "/documents/{id}", Role.VIEWER, this::document);
        s.page(GET, "/entities/{id}", Role.VIEWER, this::entity);
        s.page(GET, "/entities/{id}/graph", Role.VIEWER, ctx -> {
            StoredEntity e = entityOf(ctx);
            s.render(ctx, "graph.jte", s.page(ctx, "Graph of " + e.name(), "home"), new Views.GraphPage(e));
        });
        s.page(GET, "/graph/edge", Role.VIEWER, this::edge);
        s.page(GET, "/exposure", Role.VIEWER, this::exposure);
        s.page(POST, "/claims/{id}/reject", Role.ANALYST, ctx -> {
            long judgement = ApiRoutes.reject(s, ctx);
            // The undo is a button here and on the Judgements page.
            ctx.html("<p class=\"ok\" role=\"status\">Rejected (judgement " + judgement + "); it is left out of answers. "
                    + "<button type=\"button\" class=\"link\" hx-post=\"/judgements/" + judgement + "/undo\" hx-target=\"closest p\""
                    + " hx-swap=\"outerHTML\">Undo</button> · <a href=\"/judgements\">all judgements</a></p>");
        });
        s.page(GET, "/judgements", Role.ANALYST, ctx -> s.render(ctx, "judgements.jte", s.page(ctx, "Judgements", "judgements"),
                new Views.JudgementsPage(Judgements.visible(s, s.visible(ctx)))));
        s.page(POST, "/judgements/{id}/undo", Role.ANALYST, ctx -> {
            var j = Judgements.undo(s, ctx);
            if ("true".equals(ctx.header("HX-Request"))) {
                ctx.html("<p class=\"ok\" role=\"status\">Judgement " + j.id() + " undone.</p>");
            } else {
                ctx.redirect("/judgements");
            }
        });
        s.page(GET, "/screen", Role.VIEWER, ctx -> {
            String name = ctx.queryParam("name");
            List<Views.ScreenRow> hits = name == null || name.isBlank() ? List.of() : ApiRoutes.screen(s, s.visible(ctx), name.strip(), 10);
            s.render(ctx, "screen.jte", s.page(ctx, "Screening", "screen"), new Views.ScreenPage(name, hits));
        });
        s.page(GET, "/upload", Role.ANALYST, ctx -> uploadPage(ctx, null));
        s.page(POST, "/upload", Role.ANALYST, ctx -> {
            try {
                // The upload is read in the background: its own page follows it (and survives a reload).
                ctx.redirect("/uploads/" + ApiRoutes.upload(ctx, uploads).id(), io.javalin.http.HttpStatus.SEE_OTHER);
            } catch (HttpError e) {
                ctx.status(e.status);
                uploadPage(ctx, e.getMessage());
            }
        });
        s.page(GET, "/uploads/{id}", Role.ANALYST, ctx -> s.render(ctx, "uploadjob.jte", s.page(ctx, "Upload", "upload"),
                UploadStatus.of(s, ApiRoutes.ownJob(s, ctx))));
        s.page(POST, "/uploads/{id}/cancel", Role.ANALYST, ctx -> {
            ApiRoutes.cancelUpload(s, ctx);
            ctx.redirect("/uploads/" + ApiRoutes.longParam(ctx, "id"), io.javalin.http.HttpStatus.SEE_OTHER);
        });
        s.page(GET, "/uploads/{id}/status", Role.ANALYST, ctx -> s.render(ctx, "uploadstatus.jte", s.page(ctx, "Upload", "upload"),
                UploadStatus.of(s, ApiRoutes.ownJob(s, ctx))));
        s.page(GET, "/account", Role.VIEWER, ctx -> account(ctx, null, null));
        s.page(POST, "/account/tokens", Role.VIEWER, ctx -> account(ctx, ApiTokens.create(s, ctx), null));
        s.page(POST, "/account/tokens/{id}/delete", Role.VIEWER, ctx -> {
            ApiTokens.revoke(s, ctx);
            ctx.redirect("/account");
        });
        s.page(POST, "/account/tokens/revoke-all", Role.VIEWER, ctx -> {
            int n = ApiTokens.revokeAll(s, ctx, SightlineServer.user(ctx));
            account(ctx, null, n + " API token(s) revoked.");
        });
        s.page(POST, "/account/password", Role.VIEWER, ctx -> {
            PasswordChange.Done done = PasswordChange.run(s, ctx);
            account(ctx, null, "Password changed. Your other sessions are signed out"
                    + (done.tokensRevoked() > 0 ? " and your " + done.tokensRevoked() + " API token(s) revoked." : "."));
        });
        s.page(GET, "/admin", Role.ADMIN, ctx -> admin(ctx, null));
        s.page(POST, "/admin/users", Role.ADMIN, this::createUser);
        s.page(POST, "/admin/unlock", Role.ADMIN, ctx -> {
            int lifted = SignInLocks.unlock(s, ctx);
            admin(ctx, "Unlocked " + SignInLocks.describe(ctx) + (lifted == 0 ? " (no lock was in force)" : ""));
        });
        s.page(POST, "/admin/users/{id}", Role.ADMIN, this::updateUser);
        s.page(POST, "/admin/collections", Role.ADMIN, this::createCollection);
        s.page(POST, "/admin/collections/{id}/tlp", Role.ADMIN, ctx -> {
            Collection c = collection(ctx);
            Tlp tlp = FormFields.formEnum(ctx, "tlp", Tlp.class);
            s.accounts.setTlp(c.id(), tlp);
            s.visibility.changed();
            s.audit(ctx, "COLLECTION_TLP", c.name(), "OK", c.tlp() + " -> " + tlp);
            admin(ctx, c.name() + " is now TLP:" + tlp);
        });
        s.page(POST, "/admin/collections/{id}/members", Role.ADMIN, ctx -> {
            Collection c = collection(ctx);
            User u = s.accounts.user(FormFields.formId(ctx, "user")).orElseThrow(() -> HttpError.notFound("user"));
            boolean added = s.accounts.addMember(c.id(), u.id());
            s.visibility.changed();
            // The audit says what changed: adding a member twice adds nothing.
            s.audit(ctx, "MEMBER_ADD", c.name(), "OK", u.name() + (added ? "" : ": already a member, nothing changed"));
            admin(ctx, u.name() + (added ? " is now a member of " : " already was a member of ") + c.name());
        });
        s.page(POST, "/admin/collections/{id}/members/{user}/delete", Role.ADMIN, ctx -> {
            Collection c = collection(ctx);
            User u = s.accounts.user(ApiRoutes.longParam(ctx, "user")).orElseThrow(() -> HttpError.notFound("user"));
            boolean removed = s.accounts.removeMember(c.id(), u.id());
            s.visibility.changed();
            s.audit(ctx, "MEMBER_REMOVE", c.name(), removed ? "OK" : "FAILED", u.name() + (removed ? "" : ": was no member, nothing removed"));
            admin(ctx, u.name() + (removed ? " is no longer a member of " : " was no member of ") + c.name());
        });
    }

    // ---- sign in ----

    private void loginPage(Context ctx) {
        if (ctx.attribute("user") != null) {
            ctx.redirect("/");
            return;
        }
        loginPage(ctx, null, ctx.queryParam("next"));
    }

    /** The sign-in page; no server session: its CSRF token is {@link LoginCsrf}'s cookie. */
    private void loginPage(Context ctx, String error, String next) {
        s.render(ctx, "login.jte", new Views.Page("Sign in", null, s.loginCsrf.token(ctx), ""), new Views.Login(error, next(next)));
    }

    private void login(Context ctx) {
        LoginForm form = ctx.attribute("loginForm");
        String name = form.name();
        String password = form.password();
        String address = ctx.ip();
        if (!s.loginThrottle.allowed(name, address)) {
            s.accounts.audit(name.isEmpty() ? "(empty)" : name, "LOGIN", null, "DENIED", "throttled, from " + address);
            ctx.status(429);
            loginPage(ctx, "Too many failed sign-ins from here; try again in 15 minutes, or ask an administrator to unlock.", form.next());
            return;
        }
        // The hash is checked for unknown and disabled names too: their failing must take as long.
        User user = s.accounts.userByName(name).orElse(null);
        boolean ok = Passwords.verifyInConstantTime(password, user == null ? null : s.accounts.passwordHash(user.id()).orElse(null))
                && !user.disabled();
        if (!ok) {
            s.accounts.audit(name.isEmpty() ? "(empty)" : name, "LOGIN", null, "FAILED", "from " + address);
            SignInLocks.audit(s, s.loginThrottle.failed(name, address));
            ctx.status(401);
            loginPage(ctx, "Wrong user name or password.", form.next());
            return;
        }
        SignedInSession.start(s, ctx, user);
        s.loginThrottle.succeeded(name, address);
        s.accounts.audit(user.name(), "LOGIN", null, "OK", "from " + address);
        ctx.redirect(next(form.next()));
    }

    /** Only a local path: a next=https://elsewhere would make the login page an open redirect. */
    private static String next(String next) {
        return LocalPath.orHome(next);
    }

    private void logout(Context ctx) {
        s.audit(ctx, "LOGOUT", null, "OK", null);
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ctx.redirect("/login");
    }

    // ---- reading ----

    private void home(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        List<StoredDocument> docs = new ArrayList<>(vs.documents());
        java.util.Collections.reverse(docs);
        java.util.Set<Long> readable = s.visibility.readableCollections(SightlineServer.user(ctx));
        List<Collection> collections = s.accounts.collections().stream().filter(c -> readable.contains(c.id())).toList();
        s.render(ctx, "home.jte", s.page(ctx, "Sightline", "home"),
                new Views.Home(vs.stats(), docs.subList(0, Math.min(15, docs.size())), collections));
    }

    private void search(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        Views.Search m;
        if (q.isEmpty()) {
            m = new Views.Search(q, List.of(), List.of(), List.of());
        } else {
            EntitySearch.Result found = EntitySearch.run(s, vs, q);
            m = new Views.Search(q, vs.searchDocuments(q, 20), found.entities(), found.knowledgeBase());
        }
        if ("true".equals(ctx.header("HX-Request"))) {
            s.render(ctx, "search.jte", s.page(ctx, "Search", "home"), m);
        } else {
            s.render(ctx, "searchpage.jte", s.page(ctx, "Search", "home"), m);
        }
    }

    private void document(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        StoredDocument d = vs.document(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("document"));
        List<StoredClaim> claims = vs.claims(new ClaimQuery(null, null, d.id(), 0));
        List<Views.ClaimRow> rows = Content.rows(s.support, vs, claims);
        Views.Pager pager = Views.Pager.of(rows.size(), FormFields.queryInt(ctx, "page", 1, 1, 1_000_000), CLAIMS_PER_PAGE);
        s.render(ctx, "document.jte", s.page(ctx, d.metadata().title() == null ? "Document" : d.metadata().title(), "home"),
                new Views.DocumentPage(d, Content.safeUrl(d.metadata().url()), Content.segments(d.text(), claims), pager.slice(rows),
                        vs.marking(d.id()), pager, claims.size()));
    }

    private StoredEntity entityOf(Context ctx) {
        return s.visible(ctx).entity(ApiRoutes.longParam(ctx, "id")).orElseThrow(() -> HttpError.notFound("entity"));
    }

    private void entity(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        StoredEntity e = entityOf(ctx);
        List<StoredClaim> claims = vs.claims(ClaimQuery.about(e.id()));
        Map<String, Integer> published = new HashMap<>();
        List<Dated<StoredClaim>> entries = new ArrayList<>();
        for (StoredClaim c : claims) {
            int pub = published.computeIfAbsent(c.evidence().documentId(),
                    id -> vs.document(id).map(d -> ClaimDates.parse(d.metadata().published())).orElse(0));
            entries.add(Dated.ofClaim(c, c.time(), c.attributes().get("date"), pub));
        }
        // One page of rows; its timeline holds the claims on that page, so each entry links to a claim shown.
        List<Views.ClaimRow> rows = new ArrayList<>(Content.rows(s.support, vs, claims));
        rows.sort(java.util.Comparator.comparing(r -> r.claim().type().name()));
        Views.Pager pager = Views.Pager.of(rows.size(), FormFields.queryInt(ctx, "page", 1, 1, 1_000_000), CLAIMS_PER_PAGE);
        List<Views.ClaimRow> shown = pager.slice(rows);
        java.util.Set<Long> onPage = new java.util.HashSet<>();
        shown.forEach(r -> onPage.add(r.claim().id()));
        entries.removeIf(d -> !onPage.contains(d.item().id()));
        s.render(ctx, "entity.jte", s.page(ctx, e.name(), "home"),
                new Views.EntityPage(e, Content.groups(shown), Timeline.order(entries), pager));
    }

    /** The claims behind one graph edge (ids from the graph JSON); each is checked through the visible store. */
    private void edge(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        List<StoredClaim> claims = new ArrayList<>();
        String ids = ctx.queryParam("claims") == null ? "" : ctx.queryParam("claims");
        for (String id : ids.split(",")) {
            if (id.strip().matches("\\d{1,18}")) {
                vs.claim(Long.parseLong(id.strip())).ifPresent(claims::add);
            }
            if (claims.size() >= 100) {
                break;
            }
        }
        String heading = claims.isEmpty() ? "No claims" : claims.get(0).subject().name() + " " + claims.get(0).type().name()
                + " " + claims.get(0).object().name();
        s.render(ctx, "claims.jte", s.page(ctx, "Claims", "home"), new Views.Claims(heading, Content.rows(s.support, vs, claims)));
    }

    private void exposure(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        String funder = ctx.queryParam("funder") == null ? "" : ctx.queryParam("funder").strip();
        List<StoredEntity> funders = vs.memo("funders", () -> {
            List<StoredEntity> list = new ArrayList<>();
            java.util.Set<Long> seen = new java.util.HashSet<>();
            vs.forEachClaim(row -> {
                if (row.type() == ClaimType.FUNDS && seen.add(row.subjectId())) {
                    vs.entity(row.subjectId()).ifPresent(list::add);
                }
            });
            return list;
        });
        Views.ExposureView answer = null;
        String error = null;
        if (!funder.isEmpty()) {
            try {
                answer = ApiRoutes.exposureView(vs, s.support, funder);
            } catch (HttpError e) {
                error = e.getMessage();
            }
        }
        s.render(ctx, "exposure.jte", s.page(ctx, "Exposure", "exposure"), new Views.ExposurePage(funder, error, answer, funders));
    }

    // ---- upload, account, admin ----

    private void uploadPage(Context ctx, String error) {
        java.util.Set<Long> readable = s.visibility.readableCollections(SightlineServer.user(ctx));
        List<Collection> collections = s.accounts.collections().stream().filter(c -> readable.contains(c.id())).toList();
        List<UploadStatus> recent = s.accounts.uploadJobs().ofUser(SightlineServer.user(ctx).id(), 20).stream()
                .map(j -> UploadStatus.of(s, j)).toList();
        s.render(ctx, "upload.jte", s.page(ctx, "Upload", "upload"), new Views.UploadPage(collections, error, recent,
                s.extractorIfReady().isPresent()));
    }

    private void account(Context ctx, String newToken, String message) {
        s.render(ctx, "account.jte", s.page(ctx, "Account", ""),
                new Views.AccountPage(s.accounts.tokens(SightlineServer.user(ctx).id()), newToken, message, java.time.Instant.now(),
                        ApiTokens.DEFAULT_DAYS, ApiTokens.MAX_DAYS));
    }


    private void admin(Context ctx, String message) {
        // Shared also holds every document filed nowhere (ingested with the CLI).
        java.util.Set<String> filed = s.accounts.filings().keySet();
        int unfiled = (int) s.store.documents().stream().filter(d -> !filed.contains(d.id())).count();
        long shared = s.accounts.shared().id();
        List<Views.CollectionRow> rows = s.accounts.collections().stream()
                .map(c -> new Views.CollectionRow(c, s.accounts.members(c.id()),
                        s.accounts.documentCount(c.id()) + (c.id() == shared ? unfiled : 0))).toList();
        s.render(ctx, "admin.jte", s.page(ctx, "Admin", "admin"),
                new Views.AdminPage(s.accounts.users(), rows, SignInLocks.rows(s), s.accounts.audit(200), message));
    }

    private void createUser(Context ctx) {
        String name = FormFields.formRequired(ctx, "name");
        if (!name.matches("[\\p{L}\\p{N}._@-]{2,64}")) {
            throw new HttpError(400, "a user name is 2 to 64 letters, digits, dots, dashes, underscores or @");
        }
        String problem = Passwords.problem(ctx.formParam("password"), name);
        if (problem != null) {
            throw new HttpError(400, problem);
        }
        Role role = FormFields.formEnum(ctx, "role", Role.class);
        // "Admin" beside "admin" would read as the same person in lists and the audit log
        if (s.accounts.users().stream().anyMatch(other -> other.name().equalsIgnoreCase(name))) {
            throw new HttpError(409, "there is already a user " + name + " (user names are told apart regardless of case)");
        }
        try {
            s.accounts.createUser(name, Passwords.hash(ctx.formParam("password")), role);
        } catch (IllegalArgumentException e) {
            throw new HttpError(409, "there is already a user " + name);
        }
        s.audit(ctx, "USER_CREATE", name, "OK", role.name());
        admin(ctx, "Created " + name + " (" + role.name().toLowerCase() + ")");
    }

    private void updateUser(Context ctx) {
        User u = s.accounts.user(ApiRoutes.longParam(ctx, "id")).orElseThrow(() -> HttpError.notFound("user"));
        Role role = FormFields.formEnum(ctx, "role", Role.class);
        boolean disabled = FormFields.formBoolean(ctx, "disabled");
        if (u.id() == SightlineServer.user(ctx).id() && (role != Role.ADMIN || disabled)) {
            throw new HttpError(400, "you cannot take away your own admin role or disable yourself");
        }
        s.accounts.setRole(u.id(), role);
        s.accounts.setDisabled(u.id(), disabled);
        int revoked = 0;
        if (disabled && !u.disabled()) {
            // Disabling ends the user's sessions and revokes their tokens, so enabling them later
            // brings back neither: a disabled account's old credentials stay dead.
            s.accounts.endSessions(u.id());
            revoked = s.accounts.deleteTokens(u.id());
        }
        s.accountsChanged();
        s.audit(ctx, "USER_UPDATE", u.name(), "OK", role.name() + (disabled ? ", disabled" : ", active")
                + (revoked > 0 ? "; " + revoked + " API token(s) revoked" : ""));
        admin(ctx, "Saved " + u.name());
    }

    private void createCollection(Context ctx) {
        String name = FormFields.formRequired(ctx, "name");
        Tlp tlp = FormFields.formEnum(ctx, "tlp", Tlp.class);
        try {
            s.accounts.createCollection(name, tlp);
        } catch (IllegalArgumentException e) {
            throw new HttpError(409, "there is already a collection " + name);
        }
        s.visibility.changed();
        s.audit(ctx, "COLLECTION_CREATE", name, "OK", "TLP:" + tlp);
        admin(ctx, "Created " + name + " (TLP:" + tlp + ")");
    }

    private Collection collection(Context ctx) {
        return s.accounts.collection(ApiRoutes.longParam(ctx, "id")).orElseThrow(() -> HttpError.notFound("collection"));
    }
}
