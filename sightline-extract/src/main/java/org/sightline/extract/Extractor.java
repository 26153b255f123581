package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sightline.resolve.link.KbLinker;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/**
 * Document → Extraction: a pure function of the text, its metadata and the rule files. Safe to
 * call from several threads at once (models and compiled rules are shared and read-only).
 */
public final class Extractor {
    private final NlpPipeline nlp;
    private final Gazetteer gazetteer;
    private final MentionFinder mentionFinder;
    private final ClaimRules claimRules;
    private final SpeechActs speechActs;
    private final StanceRules stanceRules;
    private final TimeRules timeRules;
    private final DependencyStage dependencies;
    private final GraphClaims graphClaims;
    private final DocumentIssuer issuers;
    private final LegalFormulas legalFormulas;
    private final BlockClaims blockClaims;
    private final TitleLexicon titles;
    private final KbLinker linker;

    /** Links entities to the bundled reference knowledge base. */
    public Extractor(NlpPipeline nlp, RuleFiles files) {
        this(nlp, files, KbLinker.shared());
    }

    /** @param linker links entities to a knowledge base; null leaves them as the text names them */
    public Extractor(NlpPipeline nlp, RuleFiles files, KbLinker linker) {
        this.nlp = nlp;
        this.linker = linker;
        this.gazetteer = new Gazetteer(files.read("entities.yaml"), nlp);
        Lexicon lexicon = new Lexicon(files.read("types.yaml"), gazetteer.demonyms());
        this.mentionFinder = new MentionFinder(gazetteer, lexicon, new MentionRules(files.read("mentions.yaml"), lexicon, gazetteer),
                new IdentifierBlocks(files.read("identifiers.yaml"), lexicon));
        this.claimRules = new ClaimRules(files.read("claims.yaml"));
        this.speechActs = new SpeechActs(files.read("attribution.yaml"));
        this.stanceRules = new StanceRules(files.read("stance.yaml"));
        this.timeRules = new TimeRules(files.read("time.yaml"));
        JsonNode relations = files.read("relations.yaml");
        TitleLexicon titles = new TitleLexicon(files.read("titles.yaml"));
        this.graphClaims = new GraphClaims(new GraphRules(relations, titles), titles);
        this.blockClaims = new BlockClaims(titles);
        this.titles = titles;
        this.issuers = new DocumentIssuer(relations);
        this.legalFormulas = new LegalFormulas(files.read("designations.yaml"));
        // sightline.depparse = selective (default) | off
        this.dependencies = "off".equals(nlp.properties().getProperty("sightline.depparse", "selective"))
                ? null : new DependencyStage(nlp.properties());
    }

    /** The default extractor: CoreNLP as in nlp.properties, rules from the classpath. */
    public static Extractor load() {
        return new Extractor(NlpPipeline.load(new Properties()), RuleFiles.classpath());
    }

    public NlpPipeline nlp() {
        return nlp;
    }

    public Extraction extract(Document document) {
        return extract(document, ExtractionProgress.NONE);
    }

    /** {@link #extract(Document)}, telling {@code progress} each stage and each sentence parsed. */
    public Extraction extract(Document document, ExtractionProgress progress) {
        progress.at("tagging the text", 0, 1);
        DocTokens doc = new DocTokens(document.text(), nlp.annotate(document.text()));
        progress.at("parsing sentences", 0, doc.sentences());
        MentionFinder.Found found = mentionFinder.find(doc);
        List<Candidate> candidates = tokenCandidates(doc, found);
        Set<Integer> parsed = new HashSet<>();
        if (dependencies != null) {
            for (int s = 0; s < doc.sentences(); s++) {
                progress.at("parsing sentences", s, doc.sentences());
                if (worthParsing(doc, found.mentions(), s) && !insideBlockFields(doc, found.blocks(), s)
                        && graphClaims.anyRuleFires(doc, s)) {
                    parsed.add(s);
                    ParsedSentence parse = dependencies.parse(doc, s);
                    List<Candidate> read = graphClaims.read(doc, found.mentions(), s, parse);
                    read.addAll(grounds(doc, found.mentions(), s, read));
                    candidates.addAll(read);
                    Appositions.link(found.mentions(), new NodeMentions(doc, found.mentions(), s, parse), parse);
                    if (TRACE) {
                        Trace.sentence(doc, found.mentions(), s, parse.graph(), read);
                    }
                }
            }
        }
        progress.at("resolving entities and attribution", 0, 1);
        // entities once the parse has said which descriptions are names ("KH, an Iran-backed militia")
        EntityTable entities = new EntityTable(found.mentions(), gazetteer, document);
        MentionCandidate issuer = dependencies == null ? null
                : issuers.find(doc, found.mentions(), s -> parsed.contains(s) ? dependencies.parse(doc, s) : null);
        String issuerId = issuer == null ? entities.outlet() : entities.idOf(issuer);
        String[] homes = homes(entities, issuer, document);
        // a notice that designates lists its designees in identifier blocks
        boolean designating = candidates.stream().anyMatch(c -> c.type() == ClaimType.DESIGNATED)
                || doc.tokens.stream().anyMatch(t -> t.lemma() != null && t.tag() != null && t.tag().startsWith("VB")
                && DESIGNATION_WORDS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
        candidates.addAll(blockClaims.read(doc, found.mentions(), found.blocks(), designating));
        if (TRACE) {
            System.err.println("ISSUER " + issuer);
        }

        // only sentences that hold a claim are worth a dependency parse
        Set<Integer> withClaims = new HashSet<>();
        candidates.forEach(c -> withClaims.add(c.sentence()));
        SpeechActs.Act[] acts = speechActs.find(doc, found.mentions(), dependencies, withClaims);
        List<int[]> quotes = SpeechActs.quotations(document.text());
        Map<Integer, List<TimeRules.TimeExpr>> times = new HashMap<>();

        // one claim per reading of a sentence (overlapping matches keep the tightest quote);
        // a claim a name makes about its own part ("Iran-backed militias"), once per document
        Map<String, Claim> byReading = new LinkedHashMap<>();
        Map<String, String> ruleOf = new HashMap<>();
        Set<String> officials = issuerOfficials(entities, candidates, issuerId, homes);
        for (Candidate c : candidates) {
            SpeechActs.Act act = actFor(doc, document.text(), acts, quotes, c);
            List<String> chain = chain(entities, act, entities.outlet());
            // an official of the issuing body speaks for it: his accusations are the release's own
            boolean voiced = chain.size() > 1 && !officials.contains(chain.get(0));
            Stance stance = stanceRules.stance(doc, c.sentence(), c.begin(), c.end(), act == null ? null : act.stance(),
                    c.accusation(), voiced);
            String time = c.time() != null ? c.time() : timeRules.timeOf(doc, c.sentence(), c.begin(), c.end(),
                    times.computeIfAbsent(c.sentence(), s -> timeRules.find(doc, s)));
            Evidence evidence = Evidence.from(document, wholeMentions(doc, found.mentions(), c.begin(), c.end()),
                    doc.sentenceSpan(c.sentence()));
            Map<String, String> attributes = new LinkedHashMap<>(c.attributes());
            if (c.type() == ClaimType.DESIGNATED && !attributes.containsKey("date") && document.metadata().published() != null) {
                attributes.put("date", document.metadata().published());
            }
            List<String> objects = new ArrayList<>();
            c.objects().forEach(o -> objects.add(entities.idOf(o)));
            if (c.homeObject() != GraphRules.DefaultObject.NONE) {
                String home = c.homeObject() == GraphRules.DefaultObject.HOME_STATE ? homes[0] : homes[1];
                if (home != null) {
                    objects.add(home);
                }
            }
            for (String subj : subjects(c, entities, issuerId)) {
                for (int oi = 0; oi < objects.size(); oi++) {
                    String obj = objects.get(oi);
                    MentionCandidate o = oi < c.objects().size() ? c.objects().get(oi) : null;
                    if (!admissible(c, subj, obj, entities)) {
                        continue;
                    }
                    boolean inName = o != null && c.withinName() && c.subjects().stream().anyMatch(whole -> whole.strictlyContains(o));
                    String key = c.type() + " " + subj + " " + obj + " " + (inName ? "document" : c.sentence());
                    Claim prior = byReading.get(key);
                    if (prior != null && (inName || prior.evidence().span().length() <= evidence.span().length())) {
                        continue;
                    }
                    byReading.put(key, new Claim("c", c.type(), subj, obj, stance, chain, time,
                            confidence(c, o), attributes, evidence));
                    ruleOf.put(key, c.ruleId());
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        if (TRACE) {
            System.err.println("DOC " + document.metadata().path());
            byReading.forEach((key, c) -> System.err.println("CLAIM " + ruleOf.get(key) + " " + c.type() + " "
                    + c.evidence().span().start() + " " + c.evidence().span().end()));
        }
        for (Claim c : byReading.values()) {
            claims.add(new Claim("c" + (claims.size() + 1), c.type(), c.subject(), c.object(), c.stance(),
                    c.attributedTo(), c.time(), c.confidence(), c.attributes(), c.evidence()));
        }
        Extraction extraction = new Extraction(document, entities.entities(), entities.mentions(), claims);
        return linker == null ? extraction : linker.link(extraction);
    }

    /** The claims of a designation's grounds ("... for acting for or on behalf of Y"), per designation word. */
    private List<Candidate> grounds(DocTokens doc, Mentions mentions, int s, List<Candidate> read) {
        Map<Integer, List<MentionCandidate>> designees = new LinkedHashMap<>();
        for (Candidate c : read) {
            if (c.type() == ClaimType.DESIGNATED && c.trigger() >= 0) {
                designees.computeIfAbsent(c.trigger(), k -> new ArrayList<>()).addAll(c.objects());
            }
        }
        List<Candidate> out = new ArrayList<>();
        designees.forEach((trigger, who) -> out.addAll(legalFormulas.read(doc, mentions, s, trigger, who)));
        return out;
    }

    /**
     * A sentence that lies in an identifier block's labelled fields ("DOB: …; POB: …; Title: …") is
     * read by BlockClaims; its parse costs much and reads nothing.
     */
    private static boolean insideBlockFields(DocTokens doc, List<MentionFinder.BlockMention> blocks, int s) {
        int from = doc.tokens.get(doc.sentBegin[s]).beginPosition();
        int to = doc.tokens.get(doc.sentEnd[s] - 1).endPosition();
        for (MentionFinder.BlockMention b : blocks) {
            if (from >= b.block().fieldsStart() && to <= b.block().fieldsEnd()) {
                return true;
            }
        }
        return false;
    }

    /** Sentences that can hold a claim: two entities, or one and a designation word. */
    private static boolean worthParsing(DocTokens doc, Mentions mentions, int s) {
        if (doc.sentEnd[s] - doc.sentBegin[s] > MAX_PARSED_TOKENS) {
            return false;
        }
        Set<String> entities = new HashSet<>();
        for (int t = doc.sentBegin[s]; t < doc.sentEnd[s]; t++) {
            MentionCandidate m = mentions.outermostAt(t);
            if (m != null) {
                entities.add(m.resolved().groupKey);
            }
        }
        if (entities.size() >= 2) {
            return true;
        }
        if (entities.isEmpty()) {
            return false;
        }
        for (int t = doc.sentBegin[s]; t < doc.sentEnd[s]; t++) {
            String lemma = doc.tokens.get(t).lemma();
            if (lemma != null && DESIGNATION_WORDS.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_PARSED_TOKENS = 110;
    /** -Dsightline.trace=true prints each parsed sentence, its mentions and what the rules read (stderr). */
    private static final boolean TRACE = Boolean.getBoolean("sightline.trace");
    private static final Set<String> DESIGNATION_WORDS = Set.of("designate", "sanction", "designation", "blacklist",
            "redesignate", "list", "name");

    /** Token rule matches and the claims that names carry ("8th Division of the Iraqi Army", "its head"). */
    private List<Candidate> tokenCandidates(DocTokens doc, MentionFinder.Found found) {
        List<Candidate> candidates = new ArrayList<>();
        for (ClaimRules.Match m : claimRules.apply(doc, found.mentions())) {
            ClaimRules.Rule r = m.rule();
            Map<String, String> attributes = attributes(m.role(), m.amount(), m.program());
            if (r.title()) {
                candidates.addAll(titleCandidates(m, attributes));
                continue;
            }
            candidates.add(new Candidate(r.id(), r.type(), m.sentence(), m.begin(), m.end(), m.subjects(), m.objects(),
                    r.subjectTypes(), r.objectTypes(), false, r.outletAsDefaultSubject(), r.withinName(), r.accusation(),
                    r.confidence(), attributes, null, -1, GraphRules.DefaultObject.NONE));
        }
        for (MentionRules.StructuralClaim sc : found.structural()) {
            candidates.add(new Candidate(sc.ruleId(), sc.type(), doc.sentenceOf(sc.begin()), sc.begin(), sc.end(),
                    List.of(sc.unit()), List.of(sc.parent()), ANY, ANY, false, false, false, false, 0.8,
                    attributes(sc.role(), null, null), null, -1, GraphRules.DefaultObject.NONE));
        }
        return candidates;
    }

    /** A token rule of type TITLE: the claim its $role words make (titles.yaml) toward each object. */
    private List<Candidate> titleCandidates(ClaimRules.Match m, Map<String, String> attributes) {
        List<Candidate> out = new ArrayList<>();
        String role = m.role();
        if (role == null) {
            return out;
        }
        TitleLexicon.Title title = titles.read(List.of(role.split("\\s+")), false);
        if (title == null) {
            return out;
        }
        ClaimRules.Rule r = m.rule();
        for (MentionCandidate o : m.objects()) {
            ClaimType type = TitleLexicon.claimType(title, false, o.resolved().type);
            out.add(new Candidate(r.id(), type, m.sentence(), m.begin(), m.end(), m.subjects(), List.of(o),
                    r.subjectTypes(), r.objectTypes(), false, false, false, false, r.confidence(), attributes, null, -1,
                    GraphRules.DefaultObject.NONE));
        }
        return out;
    }

    private static final Set<org.sightline.core.EntityType> ANY = java.util.EnumSet.allOf(org.sightline.core.EntityType.class);

    private static List<String> subjects(Candidate c, EntityTable entities, String issuer) {
        List<String> subjects = new ArrayList<>();
        c.subjects().forEach(m -> subjects.add(entities.idOf(m)));
        if (subjects.isEmpty() && c.outletSubject()) {
            subjects.add(entities.outlet());
        }
        if (subjects.isEmpty() && c.issuerSubject()) {
            subjects.add(issuer);
        }
        return subjects;
    }

    private static boolean admissible(Candidate c, String subj, String obj, EntityTable entities) {
        if (subj.equals(obj)) {
            return false;
        }
        return c.subjectTypes().contains(entities.typeOf(subj)) && c.objectTypes().contains(entities.typeOf(obj));
    }

    private static Span wholeMentions(DocTokens doc, Mentions mentions, int begin, int end) {
        MentionCandidate first = mentions.outermostAt(begin);
        MentionCandidate last = mentions.outermostAt(end - 1);
        int b = first != null ? Math.min(begin, first.begin) : begin;
        int e = last != null ? Math.max(end, last.end) : end;
        return doc.charSpan(b, e);
    }

    /**
     * The document's home state and home body, as entity ids the document names (or null): from its
     * issuer, else its outlet, as the gazetteer places them (OFAC is Treasury's, Treasury the United
     * States'); a document with neither that names the United States is at home there.
     */
    /** Who holds an office in the document's issuer ("said Treasury Secretary X" in a Treasury release). */
    private static Set<String> issuerOfficials(EntityTable entities, List<Candidate> candidates, String issuerId, String[] homes) {
        Set<String> bodies = new HashSet<>();
        bodies.add(issuerId);
        if (homes[1] != null) {
            bodies.add(homes[1]);
        }
        Set<String> officials = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() != ClaimType.HOLDS_ROLE && c.type() != ClaimType.LEADS) {
                continue;
            }
            boolean ofIssuer = c.homeObject() == GraphRules.DefaultObject.HOME_BODY
                    || c.objects().stream().anyMatch(o -> bodies.contains(entities.idOf(o)));
            if (ofIssuer) {
                c.subjects().forEach(m -> officials.add(entities.idOf(m)));
            }
        }
        return officials;
    }

    private String[] homes(EntityTable entities, MentionCandidate issuer, Document document) {
        Gazetteer.Entry from = null;
        if (issuer != null && issuer.kbId != null) {
            from = gazetteer.byKb(issuer.kbId);
        }
        if (from == null && document.metadata().source() != null) {
            from = gazetteer.lookup(document.metadata().source());
            if (from == null) {
                from = gazetteer.lookup(document.metadata().source().split("[,(]")[0].strip());
            }
        }
        String state = null;
        String body = null;
        if (from != null) {
            Gazetteer.Entry top = gazetteer.top(from);
            body = top.type() == org.sightline.core.EntityType.GOVERNMENT_BODY ? entities.idOfKey(top.groupKey()) : null;
            String country = from.country() != null ? from.country() : from.type() == org.sightline.core.EntityType.STATE ? from.kbId() : null;
            state = country == null ? null : entities.idOfKey("kb:" + country);
        }
        if (state == null) {
            state = entities.idOfKey("kb:us");
        }
        return new String[] {state, body};
    }

    private static double confidence(Candidate c, MentionCandidate object) {
        boolean referring = object != null && object.isReferring() || c.subjects().stream().anyMatch(MentionCandidate::isReferring);
        return Math.max(0.05, referring ? c.confidence() - 0.15 : c.confidence());
    }

    private static Map<String, String> attributes(String role, String amount, String program) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (role != null) {
            attrs.put("role", role);
        }
        if (program != null) {
            attrs.put("program", program.replaceFirst("^(as( an?)?|pursuant to)\\s+", ""));
        }
        if (amount != null) {
            attrs.put("amount", amount.replaceAll("^(US\\$|USD|\\$)\\s*", "").trim());
            if (amount.contains("$") || amount.contains("USD") || amount.contains("dollars")) {
                attrs.put("currency", "USD");
            }
        }
        return attrs;
    }

    /**
     * The speech act a claim falls under: one in its own sentence whose scope covers it, else the
     * act that opened the quotation it sits in.
     */
    private static SpeechActs.Act actFor(DocTokens doc, String text, SpeechActs.Act[] acts, List<int[]> quotes, Candidate c) {
        SpeechActs.Act own = acts[c.sentence()];
        if (own != null) {
            boolean covers = switch (own.scope()) {
                case AFTER -> c.end() > own.verb();
                case BEFORE -> c.begin() < own.verb();
                case SENTENCE -> true;
                case CONTENT -> c.begin() >= own.contentBegin() && c.begin() < own.contentEnd();
            };
            if (covers) {
                return own;
            }
        }
        int at = doc.tokens.get(c.begin()).beginPosition();
        for (int[] q : quotes) {
            if (q[0] <= at && at < q[1]) {
                int opening = doc.sentenceOf(tokenAt(doc, q[0]));
                for (int s = opening; s >= Math.max(0, opening - 1); s--) {
                    if (acts[s] != null && acts[s].opensQuote() && s != c.sentence()) {
                        return acts[s];
                    }
                }
                SpeechActs.Act closing = closingAct(doc, acts, q);
                if (closing != null) {
                    return closing;
                }
                return null;
            }
        }
        return paragraphCloser(doc, text, acts, c.sentence());
    }

    /**
     * "The strikes hit a depot. They were a response to recent attacks, Kirby said.": a paragraph of
     * paraphrase that ends on its speaker ("..., X said.") is that speaker's, up to two sentences
     * back, unless another speech act comes between.
     */
    private static SpeechActs.Act paragraphCloser(DocTokens doc, String text, SpeechActs.Act[] acts, int sentence) {
        for (int t = sentence + 1; t <= sentence + 2 && t < acts.length; t++) {
            int gapFrom = doc.tokens.get(doc.sentEnd[t - 1] - 1).endPosition();
            int gapTo = doc.tokens.get(doc.sentBegin[t]).beginPosition();
            if (text.substring(gapFrom, gapTo).indexOf('\n') >= 0) {
                return null;
            }
            SpeechActs.Act a = acts[t];
            if (a != null) {
                boolean endsOnSpeaker = a.scope() == SpeechActs.Scope.BEFORE && doc.sentEnd[t] - a.verb() <= 3
                        && !a.opensQuote();
                return endsOnSpeaker ? a : null;
            }
        }
        return null;
    }

    /**
     * The act of a speaker named right after a quotation ends (“… .” said X; “…,” X said): it
     * covers every sentence of the quotation, not only the last.
     */
    private static SpeechActs.Act closingAct(DocTokens doc, SpeechActs.Act[] acts, int[] quote) {
        int s = doc.sentenceOf(tokenAt(doc, Math.max(quote[0], quote[1] - 1)));
        for (int t = s; t <= Math.min(s + 1, acts.length - 1); t++) {
            SpeechActs.Act a = acts[t];
            if (a != null && a.scope() == SpeechActs.Scope.BEFORE) {
                int verbAt = doc.tokens.get(a.verb()).beginPosition();
                if (verbAt >= quote[1] - 1 && verbAt - quote[1] < 80) {
                    return a;
                }
            }
        }
        return null;
    }

    private static int tokenAt(DocTokens doc, int charOffset) {
        for (int t = 0; t < doc.tokens.size(); t++) {
            if (doc.tokens.get(t).endPosition() > charOffset) {
                return t;
            }
        }
        return doc.tokens.size() - 1;
    }

    /** Innermost speaker first, then who passed it on, then the document's outlet. */
    private static List<String> chain(EntityTable entities, SpeechActs.Act act, String outlet) {
        List<String> chain = new ArrayList<>();
        if (act != null) {
            act.speakers().forEach(m -> addOnce(chain, entities.idOf(m)));
            act.via().forEach(m -> addOnce(chain, entities.idOf(m)));
        }
        addOnce(chain, outlet);
        return chain;
    }

    private static void addOnce(List<String> chain, String id) {
        if (!chain.contains(id)) {
            chain.add(id);
        }
    }
}
