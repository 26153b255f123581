package org.sightline.server;

import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.exposure.Reason;
import org.sightline.core.ClaimType;
import org.sightline.interop.ExportFormat;
import org.sightline.interop.ExportSelection;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriters;
import org.sightline.interop.Exporter;
import org.sightline.interop.Markings;
import org.sightline.report.ExposureReport;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.StoredEntity;

/**
 * {@code GET /api/export?format=ftm|stix|graphml|csv}: the analyst's readable store in a format
 * other tools open, or an entity's neighbourhood ({@code entity=ID}), or the claims behind an
 * exposure answer ({@code funder=NAME}); {@code type}, {@code since} and {@code include_rejected}
 * narrow or widen it as on the command line. Read through the user's {@link VisibleStore}, so it
 * holds only what they may read; the highest TLP marking of what it holds is in {@code X-TLP}
 * (found by a first pass, since a header goes before the body) and in the file; audited.
 */
final class ExportRoute {
    private final SightlineServer s;

    ExportRoute(SightlineServer s) {
        this.s = s;
    }

    void handle(Context ctx) throws Exception {
        ExportFormat format;
        try {
            format = ExportFormat.parse(ApiRoutes.required(ctx, "format"));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, e.getMessage());
        }
        VisibleStore vs = s.visible(ctx);
        String scope = "the readable store";
        String fileName = "sightline";
        ExportSelection selection = new ExportSelection(Set.of(), types(ctx), since(ctx),
                "true".equals(ctx.queryParam("include_rejected")), null);
        if (ctx.queryParam("entity") != null) {
            long id;
            try {
                id = Long.parseLong(ctx.queryParam("entity"));
            } catch (NumberFormatException ex) {
                throw new HttpError(400, "entity must be an entity id");
            }
            StoredEntity e = vs.entity(id).orElseThrow(() -> HttpError.notFound("entity"));
            selection = new ExportSelection(Set.of(e.id()), selection.types(), selection.since(), selection.includeRejected(), null);
            scope = "entity " + e.id();
            fileName = "sightline-entity-" + e.id();
        } else if (ctx.queryParam("funder") != null) {
            String funder = ctx.queryParam("funder");
            selection = selection.withClaims(exposureClaims(ApiRoutes.exposure(vs, s.support, funder)));
            scope = "exposure of " + funder;
            fileName = "sightline-exposure";
        }
        Markings markings = doc -> vs.marking(doc).name();
        Exporter exporter = new Exporter(vs, markings);
        String highest = exporter.highestMarking(selection);
        String tlp = "TLP:" + (highest == null ? "CLEAR" : highest);
        ctx.contentType(format.mediaType())
                .header("X-TLP", tlp)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension() + "\"");
        String what = "export " + format.name().toLowerCase(Locale.ROOT) + " of " + scope;
        try {
            OutputStream out = new BufferedOutputStream(ctx.outputStream(), 1 << 16);
            ExportSummary summary = exporter.export(selection, ExportWriters.of(format, out));
            out.flush();
            s.audit(ctx, "EXPORT", what, "OK", summary.claims() + " claims, " + summary.entities() + " entities, " + tlp);
        } catch (Exception e) {
            s.audit(ctx, "EXPORT", what, "FAILED", String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** Every claim an exposure answer rests on: funding, the chain of units, the tie, and the group's sponsors and designations. */
    private static Set<Long> exposureClaims(ExposureReport report) {
        Set<Long> ids = new HashSet<>();
        for (ExposureResult.Path p : report.result.paths()) {
            for (Hop h : p.hops()) {
                add(ids, h, report);
            }
            if (p.adversary() != null) {
                for (Reason r : p.adversary().reasons()) {
                    if (r.hop() != null) {
                        add(ids, r.hop(), report);
                    }
                }
            }
        }
        return ids;
    }

    private static void add(Set<Long> ids, Hop h, ExposureReport report) {
        for (long id : h.claimIds(report.graph)) {
            ids.add(id);
        }
    }

    private static Set<ClaimType> types(Context ctx) {
        String t = ctx.queryParam("type");
        Set<ClaimType> out = new HashSet<>();
        if (t != null) {
            for (String part : t.split(",")) {
                try {
                    out.add(ClaimType.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new HttpError(400, "unknown claim type '" + part + "'");
                }
            }
        }
        return out;
    }

    private static String since(Context ctx) {
        String d = ctx.queryParam("since");
        if (d != null) {
            try {
                java.time.LocalDate.parse(d);
            } catch (java.time.format.DateTimeParseException e) {
                throw new HttpError(400, "since must be a date as yyyy-MM-dd");
            }
        }
        return d;
    }
}
