package org.sightline.server;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.report.ExposureReport;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.screen.ScreenHit;
import org.sightline.resolve.screen.ScreenTarget;
import org.sightline.resolve.screen.Screener;
import org.sightline.server.access.Role;
import org.sightline.server.access.UploadJob;
import org.sightline.server.access.User;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.ClaimQuery;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/** The JSON API under /api: every route reads through the caller's visible store. */
final class ApiRoutes {
    private final SightlineServer s;
    private final Uploads uploads;

    ApiRoutes(SightlineServer server) {
        this.s = server;
        this.uploads = new Uploads(server);
    }

    void register() {
        s.api(GET, "/api/openapi.yaml", Role.VIEWER, ctx -> ctx.contentType("application/yaml")
                .result(getClass().getResourceAsStream("/openapi.yaml")));
        s.api(GET, "/api/stats", Role.VIEWER, ctx -> ctx.json(s.visible(ctx).stats()));
        s.api(GET, "/api/documents", Role.VIEWER, ctx -> ctx.json(page(ctx, s.visible(ctx).documents()).stream().map(ApiRoutes::doc).toList()));
        s.api(POST, "/api/documents", Role.ANALYST, this::upload);
        s.api(GET, "/api/uploads", Role.ANALYST, ctx -> ctx.json(s.accounts.uploadJobs().ofUser(SightlineServer.user(ctx).id(), 50)
                .stream().map(j -> UploadStatus.of(s, j)).toList()));
        s.api(GET, "/api/uploads/{id}", Role.ANALYST, this::uploadStatus);
        s.api(POST, "/api/uploads/{id}/cancel", Role.ANALYST, ctx -> ctx.json(UploadStatus.of(s, cancelUpload(s, ctx))));
        s.api(GET, "/api/documents/{id}", Role.VIEWER, ctx -> {
            VisibleStore vs = s.visible(ctx);
            StoredDocument d = vs.document(ctx.pathParam("id")).orElseThrow(() -> HttpError.notFound("document"));
            Map<String, Object> out = doc(d);
            out.put("text", d.text());
            out.put("claims", vs.claims(new ClaimQuery(null, null, d.id(), 0)));
            ctx.json(out);
        });
        s.api(GET, "/api/entities", Role.VIEWER, ctx -> {
            VisibleStore vs = s.visible(ctx);
            String q = ctx.queryParam("q");
            EntityType type = FormFields.queryEnum(ctx, "type", EntityType.class);
            List<StoredEntity> list = q == null || q.isBlank() ? vs.entities(type)
                    : vs.findEntities(q).stream().filter(e -> type == null || e.type() == type).toList();
            ctx.json(list);
        });
        s.api(GET, "/api/entities/{id}", Role.VIEWER, ctx -> ctx.json(entity(ctx)));
        s.api(GET, "/api/entities/{id}/claims", Role.VIEWER, ctx -> ctx.json(page(ctx, claimsOf(ctx, entity(ctx)))));
        s.api(GET, "/api/entities/{id}/graph", Role.VIEWER, ctx -> ctx.json(graph(s.visible(ctx), entity(ctx))));
        s.api(GET, "/api/claims/{id}", Role.VIEWER, ctx -> ctx.json(s.visible(ctx).claim(longParam(ctx, "id"))
                .orElseThrow(() -> HttpError.notFound("claim"))));
        s.api(GET, "/api/search", Role.VIEWER, ctx -> {
            VisibleStore vs = s.visible(ctx);
            String q = required(ctx, "q");
            Map<String, Object> out = new LinkedHashMap<>();
            // As /api/documents shows them: no server file paths.
            out.put("documents", vs.searchDocuments(q, 50).stream().map(h -> {
                Map<String, Object> d = doc(new StoredDocument(h.id(), h.metadata(), null, null));
                d.remove("ingested_at");
                d.put("snippet", h.snippet());
                return d;
            }).toList());
            EntitySearch.Result found = EntitySearch.run(s, vs, q);
            out.put("entities", found.entities());
            out.put("knowledge_base", found.knowledgeBase());
            ctx.json(out);
        });
        s.api(GET, "/api/exposure", Role.VIEWER, ctx -> ctx.json(exposureView(s.visible(ctx), s.support, required(ctx, "funder"))));
        s.api(GET, "/api/screen", Role.VIEWER, ctx -> ctx.json(screen(s, s.visible(ctx), required(ctx, "name"), 10)));
        s.api(POST, "/api/claims/{id}/reject", Role.ANALYST, ctx -> {
            long judgement = reject(s, ctx);
            ctx.json(Map.of("judgement", judgement, "claim", longParam(ctx, "id")));
        });
        s.api(POST, "/api/entities/{id}/merge", Role.ANALYST, this::merge);
        s.api(GET, "/api/judgements", Role.ANALYST, ctx -> ctx.json(Judgements.visible(s, s.visible(ctx)).stream().map(Judgements::json).toList()));
        s.api(POST, "/api/judgements/{id}/undo", Role.ANALYST, ctx -> {
            var j = Judgements.undo(s, ctx);
            ctx.json(Map.of("judgement", j.id(), "undone_by", j.revertedBy()));
        });
        s.api(GET, "/api/export/entities/{id}/claims.csv", Role.ANALYST, ctx -> {
            StoredEntity e = entity(ctx);
            List<StoredClaim> claims = claimsOf(ctx, e);
            s.audit(ctx, "EXPORT", "entity " + e.id() + " claims.csv", "OK", claims.size() + " claims");
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"entity-" + e.id() + "-claims.csv\"")
                    .result(Csv.claims(claims, s.visible(ctx)));
        });
        s.api(GET, "/api/export/entities/{id}/claims.json", Role.ANALYST, ctx -> {
            StoredEntity e = entity(ctx);
            List<StoredClaim> claims = claimsOf(ctx, e);
            s.audit(ctx, "EXPORT", "entity " + e.id() + " claims.json", "OK", claims.size() + " claims");
            VisibleStore vs = s.visible(ctx);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("tlp", vs.highestMarking(claims).label());
            out.put("claims", claims.stream().map(c -> Map.of("tlp", vs.marking(c.evidence().documentId()).label(), "claim", c)).toList());
            ctx.header("Content-Disposition", "attachment; filename=\"entity-" + e.id() + "-claims.json\"").json(out);
        });
        s.api(GET, "/api/export/exposure.json", Role.ANALYST, ctx -> {
            String funder = required(ctx, "funder");
            Views.ExposureView v = exposureView(s.visible(ctx), s.support, funder);
            s.audit(ctx, "EXPORT", "exposure of " + funder, "OK", v.recipients().size() + " recipients");
            ctx.header("Content-Disposition", "attachment; filename=\"exposure.json\"").json(v);
        });
        s.api(GET, "/api/export", Role.ANALYST, new ExportRoute(s)::handle);
        s.api(POST, "/api/admin/unlock", Role.ADMIN, ctx -> ctx.json(Map.of("unlocked", SignInLocks.unlock(s, ctx))));
        s.api(GET, "/api/audit", Role.ADMIN, ctx -> ctx.json(s.accounts.audit(intParam(ctx, "limit", 200))));
    }

    /**
     * One page of a long answer: {@code offset} (0) and {@code limit} (500, at most 5000) from the
     * query; the whole count in {@code X-Total-Count}.
     */
    static <T> List<T> page(Context ctx, List<T> all) {
        int offset = FormFields.queryInt(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = FormFields.queryInt(ctx, "limit", 500, 1, 5000);
        ctx.header("X-Total-Count", String.valueOf(all.size()));
        int from = Math.min(all.size(), offset);
        return all.subList(from, (int) Math.min(all.size(), (long) from + limit));
    }

    static Map<String, Object> doc(StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.metadata().title());
        m.put("source", d.metadata().source());
        m.put("url", d.metadata().url());
        m.put("published", d.metadata().published());
        m.put("media_type", d.metadata().mediaType());
        m.put("ingested_at", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        return m;
    }

    private StoredEntity entity(Context ctx) {
        return s.visible(ctx).entity(longParam(ctx, "id")).orElseThrow(() -> HttpError.notFound("entity"));
    }

    private List<StoredClaim> claimsOf(Context ctx, StoredEntity e) {
        return s.visible(ctx).claims(ClaimQuery.about(e.id()));
    }

    /** The exposure answer as shown and exported, computed once per view and funder. */
    static Views.ExposureView exposureView(VisibleStore vs, org.sightline.report.ClaimSupport support, String funder) {
        return vs.memo(List.of("exposure", funder), () -> Content.exposure(exposure(vs, support, funder), vs));
    }

    static ExposureReport exposure(VisibleStore vs, org.sightline.report.ClaimSupport support, String funder) {
        try {
            return ExposureReport.run(vs, vs.graph(), support, funder, List.of(), 0);
        } catch (ExposureReport.Failure f) {
            throw new HttpError(f.usage ? 404 : 422, f.getMessage());
        }
    }

    static List<Views.ScreenRow> screen(SightlineServer s, VisibleStore vs, String name, int limit) {
        Screener screener = EntitySearch.screener(s, vs);
        List<Views.ScreenRow> rows = new ArrayList<>();
        for (ScreenHit h : screener.screen(name, null, limit)) {
            ScreenTarget t = h.target();
            rows.add(new Views.ScreenRow(t.name(), t.type().name(), t.kbId(), t.storeId(), h.score(), h.result().match(),
                    h.matchedName(), List.copyOf(h.result().explanation())));
        }
        return rows;
    }

    /** The entity's neighbourhood: one edge per (subject, type, object) with its claim ids, for Cytoscape. */
    static Map<String, Object> graph(VisibleStore vs, StoredEntity center) {
        ClaimGraph g = vs.graph();
        int node = g.node(center.id());
        Map<Integer, Map<String, Object>> nodes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        nodes.put(node, nodeJson(vs, center.id()));
        if (node >= 0) {
            for (ClaimType t : ClaimType.values()) {
                for (int i = g.outStart(node, t); i < g.outEnd(node, t); i++) {
                    addEdge(vs, g, g.outEdge(i), nodes, edges);
                }
                for (int i = g.inStart(node, t); i < g.inEnd(node, t); i++) {
                    addEdge(vs, g, g.inEdge(i), nodes, edges);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("center", center.id());
        out.put("nodes", new ArrayList<>(nodes.values()));
        out.put("edges", new ArrayList<>(edges.values()));
        return out;
    }

    private static void addEdge(VisibleStore vs, ClaimGraph g, int edge, Map<Integer, Map<String, Object>> nodes,
                                Map<String, Map<String, Object>> edges) {
        if (edges.size() >= 80 && !edges.containsKey(key(g, edge))) {
            return;
        }
        int subject = g.subject(edge);
        int object = g.object(edge);
        nodes.computeIfAbsent(subject, n -> nodeJson(vs, g.entityId(n)));
        nodes.computeIfAbsent(object, n -> nodeJson(vs, g.entityId(n)));
        Map<String, Object> e = edges.computeIfAbsent(key(g, edge), k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", "e" + g.entityId(subject) + "-" + g.claimType(edge) + "-" + g.entityId(object));
            m.put("source", "n" + g.entityId(subject));
            m.put("target", "n" + g.entityId(object));
            m.put("type", g.claimType(edge).name());
            m.put("claims", new ArrayList<Long>());
            m.put("denied", true);
            m.put("tlp", org.sightline.server.access.Tlp.CLEAR);
            return m;
        });
        // An edge carries the highest marking of the documents its claims are read from.
        e.put("tlp", org.sightline.server.access.Tlp.highest((org.sightline.server.access.Tlp) e.get("tlp"),
                vs.marking(g.documentId(g.document(edge)))));
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) e.get("claims");
        ids.add(g.claimId(edge));
        if (g.stance(edge) != org.sightline.core.Stance.DENIED) {
            e.put("denied", false);
        }
    }

    private static String key(ClaimGraph g, int edge) {
        return g.subject(edge) + " " + g.claimType(edge) + " " + g.object(edge);
    }

    private static Map<String, Object> nodeJson(VisibleStore vs, long id) {
        Map<String, Object> m = new LinkedHashMap<>();
        StoredEntity e = vs.entity(id).orElse(null);
        m.put("id", "n" + id);
        m.put("entity", id);
        m.put("label", e == null ? "entity " + id : e.name());
        m.put("type", e == null ? "UNKNOWN" : e.type().name());
        return m;
    }

    private void upload(Context ctx) throws IOException {
        UploadJob job = upload(ctx, uploads);
        ctx.status(202).header("Location", "/api/uploads/" + job.id()).json(UploadStatus.of(s, job));
    }

    private void uploadStatus(Context ctx) {
        ctx.json(UploadStatus.of(s, ownJob(s, ctx)));
    }

    /** A job of the signed-in user's; anyone else's is not found, as if it did not exist. */
    static UploadJob ownJob(SightlineServer s, Context ctx) {
        long id = longParam(ctx, "id");
        return s.accounts.uploadJobs().job(id).filter(j -> j.userId() == SightlineServer.user(ctx).id())
                .orElseThrow(() -> HttpError.notFound("upload"));
    }

    /** Shared by the API and the upload page: the file part "file", the collection id, an optional outlet. */
    static UploadJob upload(Context ctx, Uploads uploads) throws IOException {
        if (ctx.contentLength() > uploads.serverMax()) {
            throw uploads.tooBig();
        }
        UploadedFile file;
        String collection;
        String source;
        try {
            file = ctx.uploadedFile("file");
            collection = ctx.formParam("collection");
            source = ctx.formParam("source");
        } catch (Exception e) { // Jetty throws IOException undeclared through Javalin
            throw Multipart.refusal(e, uploads);
        }
        if (file == null) {
            throw new HttpError(400, "no file: send it as the multipart field \"file\"");
        }
        long collectionId;
        try {
            collectionId = collection == null || collection.isBlank() ? uploads.sharedId() : Long.parseLong(collection.strip());
        } catch (NumberFormatException e) {
            throw new HttpError(400, "collection must be a collection id");
        }
        User user = SightlineServer.user(ctx);
        try (InputStream in = file.content()) {
            UploadJob job = uploads.enqueue(user, file.filename(), in, file.size(), collectionId, source);
            uploads.audit(ctx, job);
            return job;
        } catch (UncheckedIOException e) {
            throw new HttpError(400, "upload could not be read: " + e.getMessage());
        } catch (HttpError e) {
            if (e.status == 429 || e.status == 503) {
                ctx.header("Retry-After", "60"); // the queue drains at the pace of extraction: a minute is a fair wait
            }
            throw e;
        }
    }

    /**
     * Takes one of the caller's queued uploads out of the queue, or asks the worker reading it to
     * stop (at its next sentence: the answer still says RUNNING); 409 once it is finished.
     */
    static UploadJob cancelUpload(SightlineServer s, Context ctx) {
        UploadJob job = ownJob(s, ctx);
        if (!s.accounts.uploadJobs().cancel(job.id())) {
            UploadJob now = s.accounts.uploadJobs().job(job.id()).orElseThrow();
            if (now.state() != UploadJob.State.RUNNING) {
                throw new HttpError(409, "upload " + job.id() + " is " + now.state().name().toLowerCase(java.util.Locale.ROOT)
                        + "; only a waiting or running upload can be cancelled");
            }
            s.uploads.stop(job.id());
        }
        s.audit(ctx, "UPLOAD_CANCEL", job.documentId(), "OK", "job " + job.id());
        return s.accounts.uploadJobs().job(job.id()).orElseThrow();
    }

    /** Rejects a claim the analyst can see, with the reason in the form field "why"; the judgement's id. */
    static long reject(SightlineServer s, Context ctx) {
        VisibleStore vs = s.visible(ctx);
        long id = longParam(ctx, "id");
        StoredClaim c = vs.claim(id).orElseThrow(() -> HttpError.notFound("claim"));
        String why = FormFields.form(ctx, "why");
        if (why == null) {
            throw new HttpError(400, "say why (form field \"why\")");
        }
        var j = s.store.reject(c.id(), SightlineServer.user(ctx).name(), why.strip());
        s.visibility.changed();
        // Not the reason: admins read the log without being members of the claim's collection; the
        // reason stays with the judgement, for those who may read the claim.
        s.audit(ctx, "JUDGEMENT", "claim " + c.id(), "OK", "reject, judgement " + j.id());
        return j.id();
    }

    /** Judges entity {@code other} (form field) the same as {@code id}; both must be visible to the analyst. */
    private void merge(Context ctx) {
        VisibleStore vs = s.visible(ctx);
        StoredEntity keep = entity(ctx);
        long otherId = FormFields.formId(ctx, "other");
        String why = FormFields.form(ctx, "why");
        if (why == null) {
            throw new HttpError(400, "say why (form field \"why\")");
        }
        StoredEntity other = vs.entity(otherId).orElseThrow(() -> HttpError.notFound("entity"));
        if (other.id() == keep.id()) {
            throw new HttpError(400, "an entity cannot be merged with itself");
        }
        var j = s.store.merge(keep.id(), other.id(), SightlineServer.user(ctx).name(), why.strip());
        s.visibility.changed();
        s.audit(ctx, "JUDGEMENT", "entity " + keep.id() + " + " + other.id(), "OK", "merge, judgement " + j.id());
        ctx.json(Map.of("judgement", j.id(), "entity", keep.id()));
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new HttpError(400, "query parameter \"" + name + "\" is required");
        }
        return v.strip();
    }

    /** A whole-number query parameter from 1 to 10,000; 400 naming it otherwise (see {@link FormFields#queryInt}). */
    static int intParam(Context ctx, String name, int dflt) {
        return FormFields.queryInt(ctx, name, dflt, 1, 10_000);
    }

    static long longParam(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw HttpError.notFound(name);
        }
    }


}
