package org.sightline.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.analysis.corroboration.Origins;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.exposure.Hop;
import org.sightline.report.ClaimSupport;
import org.sightline.report.ExposureReport;
import org.sightline.server.access.Tlp;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.EntityRef;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/** Shapes store answers for pages and the API; reads only the store it is given (a visible one). */
final class Content {
    private Content() {
    }

    /** Claims with the number of independent sources of their relation (subject, type, object). */
    static List<Views.ClaimRow> rows(ClaimSupport support, VisibleStore vs, List<StoredClaim> claims) {
        Map<String, List<StoredClaim>> byRelation = new HashMap<>();
        for (StoredClaim c : claims) {
            byRelation.computeIfAbsent(relation(c), k -> new ArrayList<>()).add(c);
        }
        Map<String, Integer> sources = new HashMap<>();
        byRelation.forEach((k, v) -> sources.put(k, support.origins(v).independentSources()));
        // Claims that say the same thing in the same words (a text uploaded twice, a sentence repeated) are one row.
        Map<String, List<StoredClaim>> same = new java.util.LinkedHashMap<>();
        for (StoredClaim c : claims) {
            same.computeIfAbsent(sameness(c), k -> new ArrayList<>()).add(c);
        }
        List<Views.ClaimRow> rows = new ArrayList<>();
        for (List<StoredClaim> group : same.values()) {
            StoredClaim c = group.get(0);
            rows.add(new Views.ClaimRow(c, sources.get(relation(c)), vs.marking(c.evidence().documentId()),
                    List.copyOf(group.subList(1, group.size()))));
        }
        return rows;
    }

    private static String sameness(StoredClaim c) {
        return relation(c) + " " + c.stance() + " " + c.attributedTo().stream().map(a -> String.valueOf(a.id())).toList()
                + " " + c.time() + " " + c.evidence().quote().replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String relation(StoredClaim c) {
        return c.subject().id() + " " + c.type() + " " + c.object().id();
    }

    static List<Views.ClaimGroup> groups(List<Views.ClaimRow> rows) {
        Map<String, List<Views.ClaimRow>> byType = new TreeMap<>();
        rows.forEach(r -> byType.computeIfAbsent(r.claim().type().name(), k -> new ArrayList<>()).add(r));
        return byType.entrySet().stream().map(e -> new Views.ClaimGroup(e.getKey(), e.getValue())).toList();
    }

    /**
     * The document's text cut at every evidence boundary, each piece naming the claims whose
     * evidence covers it; the text itself is escaped by the template.
     */
    static List<Views.Segment> segments(String text, Collection<StoredClaim> claims) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (StoredClaim c : claims) {
            cuts.add(clamp(c.evidence().span().start(), text));
            cuts.add(clamp(c.evidence().span().end(), text));
        }
        List<Views.Segment> out = new ArrayList<>();
        java.util.Set<Long> anchored = new java.util.HashSet<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                StringBuilder ids = new StringBuilder();
                List<Long> anchors = new ArrayList<>();
                for (StoredClaim c : claims) {
                    int start = clamp(c.evidence().span().start(), text);
                    if (start <= from && cut <= clamp(c.evidence().span().end(), text)) {
                        ids.append(ids.length() == 0 ? "" : " ").append("c").append(c.id());
                    }
                    // An empty span still needs a target: it lands before the text that follows it.
                    if (start <= from && anchored.add(c.id())) {
                        anchors.add(c.id());
                    }
                }
                out.add(new Views.Segment(text.substring(from, cut), ids.toString(), anchors));
            }
            from = cut;
        }
        return out;
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(text.length(), i));
    }

    /** Only http and https links are shown as links: a javascript: or data: url in metadata is not. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
    }

    static Views.ExposureView exposure(ExposureReport report, VisibleStore vs) {
        List<Views.RecipientView> recipients = new ArrayList<>();
        List<Views.ChartBar> chart = new ArrayList<>();
        for (ExposureResult.Recipient r : report.result.recipients()) {
            List<Views.UnitView> units = new ArrayList<>();
            for (ExposureResult.Unit u : r.units()) {
                chart.add(bar(report, vs, r, u));
                List<Views.TieView> ties = new ArrayList<>();
                for (ExposureResult.Tie t : u.ties()) {
                    ties.add(new Views.TieView(ref(report, t.group()), hop(report, vs, t.hop())));
                }
                // Why the unit itself is adversary-aligned: the hops of its reasons (a sponsor itself has none).
                List<Views.HopView> itself = u.itself() == null ? List.of() : u.itself().reasons().stream()
                        .filter(why -> why.hop() != null).map(why -> hop(report, vs, why.hop())).toList();
                units.add(new Views.UnitView(ref(report, u.node()), u.chain().stream().map(h -> hop(report, vs, h)).toList(), ties,
                        u.itself() != null, itself));
            }
            recipients.add(new Views.RecipientView(ref(report, r.node()), r.funding().stream().map(h -> hop(report, vs, h)).toList(),
                    ExposureReport.money(r.money()), r.money().knownUsd(), units));
        }
        return new Views.ExposureView(report.funders.stream().map(StoredEntity::ref).toList(),
                ExposureReport.money(report.result.total()), report.unitCount(), recipients, chart,
                recipients.stream().map(Views.RecipientView::tlp).reduce(Tlp.CLEAR, Tlp::highest).label());
    }

    private static Views.ChartBar bar(ExposureReport report, VisibleStore vs, ExposureResult.Recipient r, ExposureResult.Unit u) {
        String unit = ref(report, u.node()).name();
        String recipient = ref(report, r.node()).name();
        String label = u.node() == r.node() || unit.equals(recipient) ? unit : unit + " (" + recipient + ")";
        List<StoredClaim> tieClaims = u.ties().stream().flatMap(t -> report.claims(t.hop()).stream()).distinct().toList();
        return new Views.ChartBar(label, u.ties().size(), report.origins(tieClaims).independentSources());
    }

    private static EntityRef ref(ExposureReport report, int node) {
        long id = report.graph.entityId(node);
        return report.store.entity(id).map(StoredEntity::ref)
                .orElse(new EntityRef(id, report.name(node), report.graph.type(node)));
    }

    private static Views.HopView hop(ExposureReport report, VisibleStore vs, Hop hop) {
        List<StoredClaim> claims = report.claims(hop);
        Origins origins = report.origins(claims);
        return new Views.HopView(hop.type().name(), ref(report, hop.subject()), ref(report, hop.object()),
                origins.independentSources(), hop.denied(), hop.disputed(), claims, vs.highestMarking(claims));
    }
}
