package org.sightline.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.EntityRef;
import org.sightline.store.Judgement;
import org.sightline.store.JudgementKind;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/**
 * Analysts' judgements as one analyst may see them, and their undo. A rejection is shown when its
 * claim's document is readable; a merge or split when every entity it names is visible, named as
 * the reader sees it (the store's own summary may name an entity by a RED document's spelling).
 */
public final class Judgements {
    /** A judgement as listed: the claim it rejected, or the entities it merged or split. */
    public record Row(Judgement judgement, StoredClaim claim, List<EntityRef> entities) {
        public boolean active() {
            return judgement.active();
        }
    }

    private Judgements() {
    }

    /** A row for the API: times as ISO text (the server's JSON has no java.time module). */
    static java.util.Map<String, Object> json(Row r) {
        Judgement j = r.judgement();
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", j.id());
        m.put("kind", j.kind().name());
        m.put("why", j.why());
        m.put("made_by", j.madeBy());
        m.put("made_at", j.madeAt() == null ? null : j.madeAt().toString());
        m.put("undone_by", j.revertedBy());
        m.put("undone_at", j.revertedAt() == null ? null : j.revertedAt().toString());
        m.put("claim", r.claim());
        m.put("entities", r.entities());
        return m;
    }

    static List<Row> visible(SightlineServer s, VisibleStore vs) {
        List<Row> rows = new ArrayList<>();
        for (Judgement j : s.store.judgements()) {
            row(vs, j).ifPresent(rows::add);
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    static Optional<Row> row(VisibleStore vs, Judgement j) {
        if (j.kind() == JudgementKind.REJECT) {
            return j.claimId() == null ? Optional.empty() : vs.claim(j.claimId()).map(c -> new Row(j, c, List.of()));
        }
        List<EntityRef> refs = new ArrayList<>();
        for (long id : j.entityIds()) {
            Optional<StoredEntity> e = vs.entity(id);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            refs.add(e.get().ref());
        }
        return refs.isEmpty() ? Optional.empty() : Optional.of(new Row(j, null, refs));
    }

    /** Reverts a judgement the analyst can see; one they cannot see is "not found", as if it did not exist. */
    static Judgement undo(SightlineServer s, io.javalin.http.Context ctx) {
        long id = ApiRoutes.longParam(ctx, "id");
        VisibleStore vs = s.visible(ctx);
        Judgement j = s.store.judgements().stream().filter(x -> x.id() == id).findFirst()
                .filter(x -> row(vs, x).isPresent()).orElseThrow(() -> HttpError.notFound("judgement"));
        if (!j.active()) {
            throw new HttpError(409, "judgement " + id + " was already undone by " + j.revertedBy() + " at " + j.revertedAt());
        }
        Judgement reverted = s.store.revert(id, SightlineServer.user(ctx).name());
        s.visibility.changed();
        s.audit(ctx, "JUDGEMENT_UNDO", "judgement " + id, "OK", j.kind().name().toLowerCase()); // not the reason (see ApiRoutes.reject)
        return reverted;
    }
}
