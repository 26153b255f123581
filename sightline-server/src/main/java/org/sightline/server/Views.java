package org.sightline.server;

import java.util.List;
import org.sightline.analysis.timeline.Dated;
import org.sightline.server.access.AuditEntry;
import org.sightline.server.access.Collection;
import org.sightline.server.access.TokenInfo;
import org.sightline.server.access.User;
import org.sightline.store.DocumentHit;
import org.sightline.server.access.Tlp;
import org.sightline.store.EntityRef;
import org.sightline.store.StoreStats;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;
import org.sightline.store.StoredEntity;

/** What the templates are given: plain records, filled from a {@link org.sightline.server.access.VisibleStore}. */
public final class Views {
    /** An instant as people read it, to the minute ("2026-12-04 18:05 UTC"); the text as it is when it is no instant. */
    public static String at(String instant) {
        try {
            return java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString()
                    .replace('T', ' ').replace("Z", " UTC");
        } catch (RuntimeException e) {
            return instant;
        }
    }

    private Views() {
    }

    /** Every page: its title, the signed-in user (null on the login page) and the session's CSRF token. */
    /** A search snippet cut into plain and matched pieces ({@code «}…{@code »} mark the matches). */
    public static List<Segment> snippet(String snippet) {
        List<Segment> parts = new java.util.ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("«([^»]*)»").matcher(snippet);
        int at = 0;
        while (m.find()) {
            parts.add(new Segment(snippet.substring(at, m.start()), ""));
            parts.add(new Segment(m.group(1), "hit"));
            at = m.end();
        }
        parts.add(new Segment(snippet.substring(at), ""));
        return parts;
    }

    public record Page(String title, User user, String csrf, String nav) {
        public boolean admin() {
            return user != null && user.role() == org.sightline.server.access.Role.ADMIN;
        }

        public boolean analyst() {
            return user != null && user.role().atLeast(org.sightline.server.access.Role.ANALYST);
        }
    }

    public record Login(String error, String next) {
    }

    public record Home(StoreStats stats, List<StoredDocument> recent, List<Collection> readable) {
    }

    /** {@code knowledgeBase}: entries of the public knowledge base that match but no readable document names. */
    public record Search(String q, List<DocumentHit> documents, List<StoredEntity> entities, List<ScreenRow> knowledgeBase) {
    }

    /** A claim with the number of independent original sources of its relation. */
    /**
     * A claim as listed, with its relation's independent sources and the marking of the filing it is
     * read from; {@code repeats} are the other claims that say the same (same ends, type, stance,
     * speakers and quote), shown as one row.
     */
    public record ClaimRow(StoredClaim claim, int sources, Tlp tlp, List<StoredClaim> repeats) {
        /** The distinct documents the repeats are in, other than this claim's. */
        public List<StoredClaim> repeatedIn() {
            java.util.Set<String> seen = new java.util.HashSet<>(List.of(claim.evidence().documentId()));
            return repeats.stream().filter(c -> seen.add(c.evidence().documentId())).toList();
        }
    }

    /** One page of a long list: 1-based {@code page} of {@code pages}, items {@code from}..{@code to} (1-based) of {@code total}. */
    public record Pager(int page, int pages, int total, int from, int to, int size) {
        public static Pager of(int total, int requested, int size) {
            int pages = Math.max(1, (total + size - 1) / size);
            int page = Math.max(1, Math.min(pages, requested));
            return new Pager(page, pages, total, total == 0 ? 0 : (page - 1) * size + 1, Math.min(total, page * size), size);
        }

        public <T> List<T> slice(List<T> all) {
            return all.subList(Math.min(all.size(), (page - 1) * size), Math.min(all.size(), page * size));
        }

        public boolean many() {
            return pages > 1;
        }
    }

    public record ClaimGroup(String type, List<ClaimRow> claims) {
    }

    /**
     * A stretch of a document's text; {@code claims} names the claims whose evidence covers it (empty:
     * plain), {@code anchors} the claims whose evidence starts here, each of which gets its own
     * {@code #ev-N} target (quotes overlap and nest, so one mark cannot carry them all).
     */
    public record Segment(String text, String claims, List<Long> anchors) {
        public Segment(String text, String claims) {
            this(text, claims, List.of());
        }

        public boolean marked() {
            return !claims.isEmpty();
        }
    }

    /** {@code tlp}: the marking under which this reader holds the document, shown as its banner. */
    public record DocumentPage(StoredDocument doc, String safeUrl, List<Segment> segments, List<ClaimRow> claims, Tlp tlp, Pager pager,
                               int claimCount) {
    }

    public record EntityPage(StoredEntity entity, List<ClaimGroup> groups, List<Dated<StoredClaim>> timeline, Pager pager) {
    }

    public record GraphPage(StoredEntity entity) {
    }

    public record Claims(String heading, List<ClaimRow> claims) {
    }

    public record HopView(String type, EntityRef subject, EntityRef object, int independentSources, boolean denied,
                          boolean disputed, List<StoredClaim> claims, Tlp tlp) {
        /** How firmly and on whose word the hop's claims say it, once per distinct pair, in claim order. */
        public List<Account> accounts() {
            return claims.stream().map(c -> new Account(c.stance().name().toLowerCase(java.util.Locale.ROOT), c.attributedTo()))
                    .distinct().toList();
        }
    }

    /** A stance and the attribution chain it comes through (innermost speaker first). */
    public record Account(String stance, List<EntityRef> chain) {
    }

    public record TieView(EntityRef group, HopView tie) {
    }

    /** {@code itselfAdversary}: money reaches an aligned or designated group itself; {@code itself}: why, as hops. */
    public record UnitView(EntityRef unit, List<HopView> chain, List<TieView> ties, boolean itselfAdversary, List<HopView> itself) {
    }

    public record RecipientView(EntityRef recipient, List<HopView> funding, String money, double knownUsd, List<UnitView> units) {
        /** The highest marking of the claims on this recipient's paths. */
        public Tlp tlp() {
            java.util.stream.Stream<HopView> hops = java.util.stream.Stream.concat(funding.stream(), units.stream().flatMap(u ->
                    java.util.stream.Stream.concat(java.util.stream.Stream.concat(u.chain().stream(), u.itself().stream()),
                            u.ties().stream().map(TieView::tie))));
            return hops.map(HopView::tlp).reduce(Tlp.CLEAR, Tlp::highest);
        }
    }

    /** {@code tlp}: the highest marking of what the answer holds, written in its JSON export. */
    public record ExposureView(List<EntityRef> funders, String money, int exposedUnits, List<RecipientView> recipients,
                               List<ChartBar> chart, String tlp) {
    }

    /**
     * One bar pair of the exposure chart: a unit (with its recipient when that is another body), its
     * ties to adversary-aligned groups, and the independent sources behind those ties counted once
     * however many ties they report.
     */
    public record ChartBar(String label, int ties, int independentSources) {
    }

    public record ExposurePage(String funder, String error, ExposureView answer, List<StoredEntity> funders) {
    }

    public record ScreenRow(String name, String type, String kbId, Long entityId, double score, boolean match,
                            String matchedName, List<String> why) {
    }

    public record JudgementsPage(List<Judgements.Row> rows) {
        public List<Judgements.Row> rejected() {
            return rows.stream().filter(r -> r.claim() != null && r.active()).toList();
        }

        public List<Judgements.Row> others() {
            return rows.stream().filter(r -> r.claim() == null || !r.active()).toList();
        }
    }

    public record ScreenPage(String name, List<ScreenRow> hits) {
    }

    public record UploadPage(List<Collection> collections, String error, List<UploadStatus> recent, boolean extractorReady) {
    }

    /** {@code now}: against which the tokens' expiry is shown; {@code defaultDays}, {@code maxDays}: the expiry choices. */
    public record AccountPage(List<TokenInfo> tokens, String newToken, String message, java.time.Instant now,
                              int defaultDays, int maxDays) {
        /** Lifetimes offered when making a token, the default among them. */
        public List<Integer> dayChoices() {
            return java.util.stream.Stream.of(7, 30, defaultDays, 180, maxDays).distinct().sorted().toList();
        }

        public boolean expired(TokenInfo t) {
            return t.expired(now);
        }
    }

    public record CollectionRow(Collection collection, List<User> members, int documents) {
    }

    /** A sign-in lock: a user name from an address, or (name null) the address itself. */
    public record LockRow(String name, String address, String until) {
    }

    public record AdminPage(List<User> users, List<CollectionRow> collections, List<LockRow> locks, List<AuditEntry> audit,
                            String message) {
    }

    public record ErrorPage(int status, String message) {
    }
}
