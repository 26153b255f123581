package org.sightline.cli;

import org.sightline.report.ExposureReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sightline.analysis.corroboration.Origins;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.exposure.Hop;
import org.sightline.analysis.exposure.Reason;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Stance;
import org.sightline.store.EntityRef;
import org.sightline.store.StoreStats;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/**
 * What a briefing says, independent of its format: the summary, the findings in plain English,
 * the paths step by step, chart data, numbered footnotes (one per claim quoted) and the documents
 * cited. All strings are raw (unescaped): renderers escape them.
 */
record BriefModel(String funder, String title, String generated, int documents, int claims, String rule, String since,
                  int recipientCount, int unitCount, String money, List<Line> findings, List<RecipientPaths> recipients,
                  List<Footnote> footnotes, List<Doc> appendix, List<Bar> unitBars, List<Bar> yearBars) {

    /** A piece of running text: words or a footnote marker. */
    sealed interface Part permits Text, Note {
    }

    record Text(String text) implements Part {
    }

    record Note(int number) implements Part {
    }

    /** A line of running text with footnote markers. */
    record Line(List<Part> parts) {
        /** The line as plain text, markers as [n]. */
        String plain() {
            StringBuilder b = new StringBuilder();
            for (Part p : parts) {
                b.append(p instanceof Text t ? t.text() : "[" + ((Note) p).number() + "]");
            }
            return b.toString();
        }
    }

    /** One claim behind a step: its stance, attribution chain (innermost first, joined by ←) and footnote. */
    record Statement(String stance, String accordingTo, int note) {
    }

    /** One step of a path: subject, relation in words, object; its claims and independent sources. */
    record Step(String subject, String relation, String object, int claims, int independentSources, String flag,
                List<Statement> statements) {
    }

    /** Why a group counts as adversary-aligned: a sentence and the steps behind it (none when it is itself a sponsor). */
    record Why(String sentence, List<Step> steps) {
    }

    /** A group tied to a unit: the tie step and why the group is adversary-aligned. */
    record Tie(String group, Step step, List<Why> why) {
    }

    /** An exposed unit: the route from the funder (names, funder first, group last) and its steps. */
    record UnitPath(String unit, List<String> route, List<Step> chain, List<Tie> ties) {
    }

    record RecipientPaths(String recipient, String money, List<Step> funding, List<UnitPath> units) {
    }

    /** A footnote: the exact quote and where it is from. {@code docAnchor} is the appendix entry's id. */
    record Footnote(int number, long claimId, String quote, String stance, String accordingTo, String documentTitle,
                    String outlet, String published, String url, String docAnchor) {
    }

    /** A document cited, for the appendix. */
    record Doc(String anchor, String id, String title, String source, String published, String url, String path) {
    }

    /** A chart bar: label, value, and a note on it. */
    record Bar(String label, int value, String note) {
    }

    static String relation(ClaimType type) {
        return switch (type) {
            case FUNDS -> "funds";
            case PART_OF -> "is part of";
            case INFILTRATES -> "infiltrates";
            case CONTROLS -> "controls";
            case MEMBER_OF -> "is a member of";
            case LEADS -> "leads";
            case ALIGNED_WITH -> "is aligned with";
            case DESIGNATED -> "designated";
            default -> type.name().toLowerCase().replace('_', ' ');
        };
    }

    /** "alleged by", "reported by": how a source put it. */
    static String stancePhrase(Stance s) {
        return switch (s) {
            case ASSERTED -> "stated by";
            case ALLEGED -> "alleged by";
            case REPORTED -> "reported by";
            case DENIED -> "denied by";
            case HYPOTHETICAL -> "raised as a possibility by";
        };
    }

    static String sources(int n) {
        return n + " independent source" + (n == 1 ? "" : "s");
    }

    static String claimsWord(int n) {
        return n + " claim" + (n == 1 ? "" : "s");
    }

    static String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Whether a name reads as plural ("Iran-backed militias", "Popular Mobilization Forces"), for verb agreement. */
    static boolean plural(String name) {
        String last = name.strip().replaceAll(".*\\s", "").toLowerCase();
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
    }

    /** "the United States", "the Iraqi Ministry of Interior": names that read with an article in running text. */
    static String withArticle(String name) {
        return name.matches("(United|European|Iraqi Ministry|Ministry|Department|Office|Islamic Revolutionary|US Department|U\\.S\\. Department) .*")
                || name.matches("(Netherlands|Philippines|Pentagon)") ? "the " + name : name;
    }

    /** Builds the model from a report. */
    static BriefModel of(ExposureReport report, String since, LocalDate today) {
        return new Builder(report).build(since, today);
    }

    /** 0 for the firmest stance among the claims (asserted), up to 4 when every claim denies it. */
    private static int firmness(List<StoredClaim> claims) {
        int best = 4;
        for (StoredClaim c : claims) {
            int f = switch (c.stance()) {
                case ASSERTED -> 0;
                case REPORTED, ALLEGED -> 1;
                case HYPOTHETICAL -> 3;
                case DENIED -> 4;
            };
            best = Math.min(best, f);
        }
        return best;
    }

    private static final class Builder {
        private final ExposureReport r;
        /** Footnotes by quoted span: two claims read from one phrase share a footnote. */
        private final Map<String, Footnote> notes = new LinkedHashMap<>();
        private final Map<String, Doc> docs = new LinkedHashMap<>();

        Builder(ExposureReport r) {
            this.r = r;
        }

        BriefModel build(String since, LocalDate today) {
            String funder = r.funders.get(0).name();
            StoreStats stats = r.store.stats();
            String rule = ruleInWords();
            ExposureResult result = r.result;

            // Findings first, strongest first, so that footnotes number in reading order.
            record Candidate(ExposureResult.Recipient rec, ExposureResult.Unit unit, List<StoredClaim> tieClaims, int sources) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (ExposureResult.Recipient rec : result.recipients()) {
                for (ExposureResult.Unit u : rec.units()) {
                    List<StoredClaim> tieClaims = new ArrayList<>();
                    u.ties().forEach(t -> tieClaims.addAll(r.claims(t.hop())));
                    if (u.itself() != null) {
                        u.itself().reasons().stream().filter(why -> why.hop() != null).forEach(why -> tieClaims.addAll(r.claims(why.hop())));
                    }
                    candidates.add(new Candidate(rec, u, tieClaims, r.origins(tieClaims).independentSources()));
                }
            }
            // More independent sources first; then how firmly they say it (a possibility raised is weaker
            // than an allegation or an assertion); then more claims.
            candidates.sort(Comparator.comparingInt((Candidate c) -> -c.sources())
                    .thenComparingInt(c -> firmness(c.tieClaims()))
                    .thenComparingInt(c -> -c.tieClaims().size())
                    .thenComparing(c -> r.name(c.unit().node())));
            List<Line> findings = new ArrayList<>();
            for (Candidate c : candidates) {
                findings.add(finding(funder, c.rec(), c.unit()));
            }

            List<RecipientPaths> recipients = new ArrayList<>();
            for (ExposureResult.Recipient rec : result.recipients()) {
                List<Step> funding = rec.funding().stream().map(this::step).toList();
                List<UnitPath> units = new ArrayList<>();
                for (ExposureResult.Unit u : rec.units()) {
                    units.add(unitPath(rec, u));
                }
                recipients.add(new RecipientPaths(r.name(rec.node()), moneyWords(rec.money()), funding, units));
            }

            // Charts: claims tying groups to each unit (merged over recipients), and claims by year.
            Map<Integer, List<StoredClaim>> byUnit = new LinkedHashMap<>();
            for (Candidate c : candidates) {
                byUnit.computeIfAbsent(c.unit().node(), k -> new ArrayList<>()).addAll(c.tieClaims());
            }
            List<Bar> unitBars = new ArrayList<>();
            byUnit.forEach((node, claims) -> {
                List<StoredClaim> distinct = distinct(claims);
                unitBars.add(new Bar(r.name(node), distinct.size(), sources(r.origins(distinct).independentSources())));
            });
            TreeMap<String, Integer> years = new TreeMap<>();
            int undated = 0;
            for (Footnote f : notes.values()) {
                String y = f.published() != null && f.published().matches("\\d{4}.*") ? f.published().substring(0, 4) : null;
                if (y == null) {
                    undated++;
                } else {
                    years.merge(y, 1, Integer::sum);
                }
            }
            List<Bar> yearBars = new ArrayList<>();
            years.forEach((y, n) -> yearBars.add(new Bar(y, n, claimsWord(n))));
            if (undated > 0) {
                yearBars.add(new Bar("undated", undated, claimsWord(undated)));
            }

            String title = "Exposure of " + funder + " funding to adversary-aligned groups";
            return new BriefModel(funder, title, today.toString(), stats.documents(), stats.claims(), rule, since,
                    result.recipients().size(), r.unitCount(), moneySummary(result.total()), findings, recipients,
                    List.copyOf(notes.values()), List.copyOf(docs.values()), unitBars, yearBars);
        }

        private static List<StoredClaim> distinct(List<StoredClaim> claims) {
            Map<Long, StoredClaim> m = new LinkedHashMap<>();
            claims.forEach(c -> m.putIfAbsent(c.id(), c));
            return new ArrayList<>(m.values());
        }

        private String ruleInWords() {
            List<String> sponsors = r.sponsors.stream().map(StoredEntity::name).distinct().toList();
            List<String> authorities = r.authorities.stream().map(StoredEntity::name).distinct().toList();
            String aligned = sponsors.isEmpty() ? "No sponsor is known in this store, so no group counts as aligned with one"
                    : "A group counts as adversary-aligned when a source says it is aligned with " + list(sponsors.stream().map(BriefModel::withArticle).toList())
                    + " (or it is one of them)";
            String designated = authorities.isEmpty() ? "; no US designating authority is known in this store."
                    : ", or when " + list(authorities.stream().map(BriefModel::withArticle).toList()) + " designates it.";
            return aligned + designated;
        }

        private static String moneySummary(ExposureResult.Money m) {
            if (m.relations() > 0 && m.relationsWithoutAmount() == m.relations()) {
                return "unknown: no source states an amount";
            }
            return ExposureReport.money(m);
        }

        private static String moneyWords(ExposureResult.Money m) {
            return moneySummary(m);
        }

        /** "Unit (under A, which F funds): G infiltrates it — alleged by S (1 independent source) [1]; …" */
        private Line finding(String funder, ExposureResult.Recipient rec, ExposureResult.Unit u) {
            List<Part> parts = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            for (int i = u.chain().size() - 1; i >= 0; i--) {
                parents.add(r.name(u.chain().get(i).object()));
            }
            String who = withArticle(funder);
            String context = parents.isEmpty() ? "which " + who + " funds"
                    : "under " + String.join(", under ", parents.stream().map(BriefModel::withArticle).toList()) + ", which " + who + " funds";
            parts.add(new Text(r.name(u.node()) + " (" + context + "): "));
            boolean first = true;
            if (u.itself() != null) {
                // Money paid straight to an aligned or designated group: say what it is, with the claims.
                List<String> what = new ArrayList<>();
                List<StoredClaim> claims = new ArrayList<>();
                for (Reason why : u.itself().reasons()) {
                    what.add(switch (why.kind()) {
                        case IS_SPONSOR -> "a listed sponsor itself";
                        case ALIGNED_WITH_SPONSOR -> "aligned with " + withArticle(r.name(why.node()));
                        case DESIGNATED -> "designated by " + withArticle(r.name(why.node()));
                    });
                    if (why.hop() != null) {
                        claims.addAll(r.claims(why.hop()));
                    }
                }
                parts.add(new Text("it is itself " + String.join(" and ", what) + " (" + sources(r.origins(claims).independentSources()) + ")"));
                for (StoredClaim c : claims) {
                    parts.add(new Text(" "));
                    parts.add(new Note(note(c)));
                }
                first = false;
            }
            for (ExposureResult.Tie t : u.ties()) {
                List<StoredClaim> claims = r.claims(t.hop());
                if (!first) {
                    parts.add(new Text("; "));
                }
                first = false;
                String group = r.name(t.group());
                boolean many = plural(group);
                String verb = switch (t.hop().type()) {
                    case MEMBER_OF -> many ? "are members of it" : "is a member of it";
                    case INFILTRATES -> many ? "infiltrate it" : "infiltrates it";
                    case CONTROLS -> many ? "control it" : "controls it";
                    case LEADS -> many ? "lead it" : "leads it";
                    default -> relation(t.hop().type()) + " it";
                };
                Set<String> phrases = new LinkedHashSet<>();
                for (StoredClaim c : claims) {
                    String speaker = c.attributedTo().isEmpty() ? "an unattributed source" : c.attributedTo().get(0).name();
                    phrases.add(stancePhrase(c.stance()) + " " + speaker);
                }
                parts.add(new Text(group + " " + verb + " — " + String.join(", ", phrases) + " ("
                        + sources(r.origins(claims).independentSources()) + ")"));
                for (StoredClaim c : claims) {
                    parts.add(new Text(" "));
                    parts.add(new Note(note(c)));
                }
            }
            return new Line(parts);
        }

        private UnitPath unitPath(ExposureResult.Recipient rec, ExposureResult.Unit u) {
            List<Step> chain = new ArrayList<>();
            for (Hop h : u.chain()) {
                chain.add(step(h));
            }
            List<Tie> ties = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (ExposureResult.Tie t : u.ties()) {
                Step tie = step(t.hop());
                List<Why> why = new ArrayList<>();
                for (Reason reason : t.adversary().reasons()) {
                    String group = r.name(t.group());
                    switch (reason.kind()) {
                        case IS_SPONSOR -> why.add(new Why(group + (plural(group) ? " are themselves" : " is itself")
                                + " a listed sponsor.", List.of()));
                        case ALIGNED_WITH_SPONSOR -> why.add(new Why(group + (plural(group) ? " are" : " is") + " aligned with " + withArticle(r.name(reason.node()))
                                + ", a listed sponsor:", List.of(step(reason.hop()))));
                        case DESIGNATED -> why.add(new Why(group + (plural(group) ? " are" : " is") + " designated by "
                                + withArticle(r.name(reason.node())) + ":",
                                List.of(step(reason.hop()))));
                    }
                }
                ties.add(new Tie(r.name(t.group()), tie, why));
                groups.add(r.name(t.group()));
            }
            List<String> route = new ArrayList<>();
            route.add(rec.funding().isEmpty() ? r.funders.get(0).name() : r.name(rec.funding().get(0).subject()));
            route.add(r.name(rec.node()));
            for (int i = u.chain().size() - 1; i >= 0; i--) {
                route.add(r.name(u.chain().get(i).subject()));
            }
            route.add(String.join(", ", new LinkedHashSet<>(groups)));
            return new UnitPath(r.name(u.node()), route, chain, ties);
        }

        private Step step(Hop hop) {
            List<StoredClaim> claims = r.claims(hop);
            Origins origins = r.origins(claims);
            List<Statement> statements = new ArrayList<>();
            for (StoredClaim c : claims) {
                statements.add(new Statement(c.stance().name().toLowerCase(), accordingTo(c), note(c)));
            }
            String flag = hop.denied() ? "denied" : hop.disputed() ? "disputed" : null;
            return new Step(r.name(hop.subject()), relation(hop.type()), r.name(hop.object()), claims.size(),
                    origins.independentSources(), flag, statements);
        }

        private static String accordingTo(StoredClaim c) {
            return c.attributedTo().isEmpty() ? "no named source"
                    : String.join(" ← ", c.attributedTo().stream().map(EntityRef::name).toList());
        }

        /** The footnote number of a claim, numbering it on first use. */
        private int note(StoredClaim c) {
            String key = c.evidence().documentId() + "@" + c.evidence().span().start() + "-" + c.evidence().span().end();
            Footnote existing = notes.get(key);
            if (existing != null) {
                return existing.number();
            }
            String docId = c.evidence().documentId();
            Doc doc = docs.computeIfAbsent(docId, id -> {
                DocumentMetadata m = r.store.document(id).map(StoredDocument::metadata).orElse(DocumentMetadata.EMPTY);
                return new Doc("doc-" + (docs.size() + 1), id, m.title() != null ? m.title() : c.documentTitle(),
                        m.source() != null ? m.source() : c.documentSource(), m.published(), webUrl(m.url()), m.path());
            });
            Footnote f = new Footnote(notes.size() + 1, c.id(), c.evidence().quote(), c.stance().name().toLowerCase(),
                    accordingTo(c), doc.title(), doc.source(), doc.published(), doc.url(), doc.anchor());
            notes.put(key, f);
            return f.number();
        }

        /** An http(s) address, else null: a document's url is hostile input and must not become a javascript: link. */
        private static String webUrl(String s) {
            return s != null && s.strip().matches("(?i)https?://\\S+") ? s.strip() : null;
        }
    }
}
