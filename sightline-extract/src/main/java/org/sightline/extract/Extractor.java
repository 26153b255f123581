package org.sightline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    public Extractor(NlpPipeline nlp, RuleFiles files) {
        this.nlp = nlp;
        this.gazetteer = new Gazetteer(files.read("entities.yaml"), nlp);
        this.mentionFinder = new MentionFinder(gazetteer, new Lexicon(files.read("types.yaml")),
                new MentionRules(files.read("mentions.yaml")));
        this.claimRules = new ClaimRules(files.read("claims.yaml"));
        this.speechActs = new SpeechActs(files.read("attribution.yaml"));
        this.stanceRules = new StanceRules(files.read("stance.yaml"));
        this.timeRules = new TimeRules(files.read("time.yaml"));
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
        DocTokens doc = new DocTokens(document.text(), nlp.annotate(document.text()));
        MentionFinder.Found found = mentionFinder.find(doc);
        EntityTable entities = new EntityTable(found.mentions(), gazetteer, document);
        String outlet = entities.outlet();


        List<int[]> quotes = SpeechActs.quotations(document.text());
        Map<Integer, List<TimeRules.TimeExpr>> times = new HashMap<>();

        List<Claim> claims = new ArrayList<>();
        Map<String, Claim> seen = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ClaimRules.Match m : claimRules.apply(doc, found.mentions())) {
            candidates.add(new Candidate(m.rule().id(), m.rule().type(), m.sentence(), m.begin(), m.end(), m.subjects(),
                    m.objects(), m.rule(), m.role(), m.amount()));
        }
        for (MentionRules.StructuralClaim sc : found.structural()) {
            candidates.add(new Candidate(sc.ruleId(), ClaimType.PART_OF, doc.sentenceOf(sc.begin()), sc.begin(), sc.end(),
                    List.of(sc.unit()), List.of(sc.parent()), null, null, null));
        }
        // only sentences that hold a claim are worth a dependency parse
        Set<Integer> withClaims = new HashSet<>();
        candidates.forEach(c -> withClaims.add(c.sentence));
        SpeechActs.Act[] acts = speechActs.find(doc, found.mentions(), dependencies, withClaims);
        for (Candidate c : candidates) {
            SpeechActs.Act act = actFor(doc, acts, quotes, c);
            List<String> chain = chain(entities, act, outlet);
            boolean voiced = chain.size() > 1;
            boolean accusation = c.rule != null && c.rule.accusation();
            Stance stance = stanceRules.stance(doc, c.sentence, c.begin, c.end, act == null ? null : act.stance(), accusation, voiced);
            String time = timeRules.timeOf(doc, c.sentence, c.begin, c.end,
                    times.computeIfAbsent(c.sentence, s -> timeRules.find(doc, s)));
            Evidence evidence = Evidence.from(document, wholeMentions(doc, found.mentions(), c.begin, c.end),
                    doc.sentenceSpan(c.sentence));
            List<String> subjects = new ArrayList<>();
            c.subjects.forEach(m -> subjects.add(entities.idOf(m)));
            if (subjects.isEmpty() && c.rule != null && c.rule.outletAsDefaultSubject()) {
                subjects.add(outlet);
            }
            for (String subj : subjects) {
                for (MentionCandidate o : c.objects) {
                    String obj = entities.idOf(o);
                    if (!admissible(c, subj, obj, entities)) {
                        continue;
                    }
                    // one claim per reading of a sentence (overlapping matches keep the tightest
                    // quote); a claim a name makes about its own part, once per document
                    boolean inName = c.rule != null && c.rule.withinName() && c.subjects.stream().anyMatch(sm -> sm.strictlyContains(o));
                    String key = c.type + " " + subj + " " + obj + " " + (inName ? "doc" : c.sentence);
                    Claim prior = seen.get(key);
                    if (prior != null && inName) {
                        continue;
                    }
                    if (prior != null && prior.evidence().span().length() <= evidence.span().length()) {
                        continue;
                    }
                    if (prior != null) {
                        claims.remove(prior);
                    }
                    Evidence quoted = inName ? Evidence.from(document, wholeName(doc, c, o), evidence.sentence()) : evidence;
                    Claim claim = new Claim("c" + (claims.size() + 1), c.type, subj, obj, stance, chain, time,
                            confidence(c, o), attributes(c), quoted);
                    seen.put(key, claim);
                    claims.add(claim);
                }
            }
        }
        List<Claim> numbered = new ArrayList<>();
        for (Claim c : claims) {
            numbered.add(new Claim("c" + (numbered.size() + 1), c.type(), c.subject(), c.object(), c.stance(),
                    c.attributedTo(), c.time(), c.confidence(), c.attributes(), c.evidence()));
        }
        return new Extraction(document, entities.entities(), entities.mentions(), numbered);
    }

    private record Candidate(String ruleId, ClaimType type, int sentence, int begin, int end,
                             List<MentionCandidate> subjects, List<MentionCandidate> objects,
                             ClaimRules.Rule rule, String role, String amount) {
    }

    private static boolean admissible(Candidate c, String subj, String obj, EntityTable entities) {
        if (subj.equals(obj)) {
            return false;
        }
        if (c.rule == null) {
            return true;
        }
        return c.rule.subjectTypes().contains(entities.typeOf(subj)) && c.rule.objectTypes().contains(entities.typeOf(obj));
    }

    /** A match widened so that it never cuts a name in two ("ISIS-affiliated al" → "…al-Khalidi"). */
    private static Span wholeMentions(DocTokens doc, Mentions mentions, int begin, int end) {
        MentionCandidate first = mentions.outermostAt(begin);
        MentionCandidate last = mentions.outermostAt(end - 1);
        int b = first != null ? Math.min(begin, first.begin) : begin;
        int e = last != null ? Math.max(end, last.end) : end;
        return doc.charSpan(b, e);
    }

    /** The words of a claim a name makes about its part: the match widened to the whole name. */
    private static Span wholeName(DocTokens doc, Candidate c, MentionCandidate part) {
        int begin = c.begin;
        int end = c.end;
        for (MentionCandidate whole : c.subjects) {
            if (whole.strictlyContains(part)) {
                begin = Math.min(begin, whole.begin);
                end = Math.max(end, whole.end);
            }
        }
        return doc.charSpan(begin, end);
    }

    private static double confidence(Candidate c, MentionCandidate object) {
        double conf = c.rule == null ? 0.8 : c.rule.confidence();
        boolean referring = object.isReferring() || c.subjects.stream().anyMatch(MentionCandidate::isReferring);
        return Math.max(0.05, referring ? conf - 0.15 : conf);
    }

    private static Map<String, String> attributes(Candidate c) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (c.role != null) {
            attrs.put("role", c.role);
        }
        if (c.amount != null) {
            attrs.put("amount", c.amount.replaceAll("^(US\\$|USD|\\$)\\s*", "").trim());
            if (c.amount.contains("$") || c.amount.contains("USD") || c.amount.contains("dollars")) {
                attrs.put("currency", "USD");
            }
        }
        return attrs;
    }

    /**
     * The speech act a claim falls under: one in its own sentence whose scope covers it, else the
     * act that opened the quotation it sits in.
     */
    private static SpeechActs.Act actFor(DocTokens doc, SpeechActs.Act[] acts, List<int[]> quotes, Candidate c) {
        SpeechActs.Act own = acts[c.sentence];
        if (own != null) {
            boolean covers = switch (own.scope()) {
                case AFTER -> c.end > own.verb();
                case BEFORE -> c.begin < own.verb();
                case SENTENCE -> true;
                case CONTENT -> c.begin >= own.contentBegin() && c.begin < own.contentEnd();
            };
            if (covers) {
                return own;
            }
        }
        int at = doc.tokens.get(c.begin).beginPosition();
        for (int[] q : quotes) {
            if (q[0] <= at && at < q[1]) {
                int opening = doc.sentenceOf(tokenAt(doc, q[0]));
                for (int s = opening; s >= Math.max(0, opening - 1); s--) {
                    if (acts[s] != null && acts[s].opensQuote() && s != c.sentence) {
                        return acts[s];
                    }
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
