package org.sightline.resolve.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import org.sightline.core.Names;
import org.sightline.resolve.kb.KbEntity;
import org.sightline.resolve.kb.KnowledgeBase;
import org.sightline.resolve.names.Candidate;
import org.sightline.resolve.names.NameIndex;
import org.sightline.resolve.names.NameMatcher;

/**
 * Links an extraction's entities to the reference knowledge base: a gazetteer's kb id is checked,
 * a sanctions-list id is mapped through the entry's external ids, any other entity is matched by
 * name (type-aware, unambiguous only), and an unnamed leader ("its head" → "head of Badr
 * Organization") is named by who led the organisation at the document's date. Entities that end
 * up with the same kb id are joined. Linking is a pure function of the extraction and the KB.
 */
public final class KbLinker {
    /** Linking is stricter than screening: a wrong link puts claims on the wrong entity everywhere. */
    private static final double MARGIN = 0.05;
    private static final Pattern UNNAMED_LEADER =
            Pattern.compile("^(head|leader|chief|commander|chairman|founder|secretary-general) of (.+)$");
    private static final Pattern SDN_ID = Pattern.compile("^ofac-sdn-(\\d+)$");
    /** "Abu Muhammad" alone: a kunya thousands of men share, never enough to link by name. */
    private static final Pattern BARE_KUNYA = Pattern.compile("(?i)^(abu|abou|abo|umm|um)[\\s\\-]+\\S+$");
    /** "IA", "KH": an acronym names an entity only where the text itself uses it. */
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z0-9&.\\-]{2,8}$");
    /** Stricter than the matcher's "same name": a wrong link puts claims on the wrong entity everywhere. */
    private static final double LINK_THRESHOLD = 0.95;
    private static final double PART_THRESHOLD = 0.85;
    /** Words of a name that identify no one: articles, kin words, honorifics. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "abu", "abou",
            "abo", "umm", "um", "bin", "ibn", "bint", "ben", "the", "of", "and", "sheikh", "shaykh", "sheik", "sayyed", "sayyid",
            "seyed", "dr", "mr", "haj", "hajji", "mullah", "general", "gen");
    private static volatile KbLinker shared;

    private final KnowledgeBase kb;
    private final NameMatcher matcher;
    private final NameIndex<KbEntity> index;
    private final double linkThreshold;

    public KbLinker(KnowledgeBase kb, NameMatcher matcher) {
        this.kb = kb;
        this.matcher = matcher;
        NameIndex.Builder<KbEntity> builder = NameIndex.builder(matcher);
        for (KbEntity e : kb.entities()) {
            builder.add(e.name(), e.type(), e);
            for (String alias : e.aliases()) {
                builder.add(alias, e.type(), e);
            }
        }
        this.index = builder.build();
        this.linkThreshold = Math.max(matcher.threshold(), LINK_THRESHOLD);
    }

    /** The bundled knowledge base and name rules, loaded once per JVM. */
    public static KbLinker shared() {
        KbLinker l = shared;
        if (l == null) {
            synchronized (KbLinker.class) {
                l = shared;
                if (l == null) {
                    l = new KbLinker(KnowledgeBase.load(), NameMatcher.bundled());
                    shared = l;
                }
            }
        }
        return l;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    public NameMatcher matcher() {
        return matcher;
    }

    public Extraction link(Extraction x) {
        Map<String, Entity> linked = new LinkedHashMap<>();
        for (Entity e : x.entities()) {
            linked.put(e.id(), linkByIdOrName(e));
        }
        String date = x.document().metadata() == null ? null : x.document().metadata().published();
        Map<String, String> identifiedBy = new HashMap<>();
        for (Claim c : x.claims()) {
            if (c.type() == ClaimType.LEADS) {
                Entity leader = linked.get(c.subject());
                Entity org = linked.get(c.object());
                if (leader != null && org != null && leader.kbId() == null && leader.type() == EntityType.PERSON
                        && org.kbId() != null && UNNAMED_LEADER.matcher(leader.name()).matches()) {
                    List<KbEntity> leaders = kb.leadersOf(org.kbId(), date);
                    if (leaders.size() == 1) {
                        // A description is not a name: "head of Badr Organization" is not kept as an alias of the man.
                        KbEntity who = leaders.get(0);
                        linked.put(leader.id(), new Entity(leader.id(), who.name(), who.type(), List.of(), who.id()));
                        identifiedBy.put(leader.id(), identification(who, org, date));
                    }
                }
            }
        }
        return joinSameKb(x, new ArrayList<>(linked.values()), identifiedBy);
    }

    private Entity linkByIdOrName(Entity e) {
        if (e.kbId() != null) {
            if (kb.entity(e.kbId()).isPresent()) {
                return e;
            }
            Matcher sdn = SDN_ID.matcher(e.kbId());
            if (sdn.matches()) {
                Optional<KbEntity> known = kb.byExternalId("ofac_sdn", sdn.group(1));
                return known.map(k -> renamed(e, k)).orElse(e);
            }
            return e;
        }
        if (UNNAMED_LEADER.matcher(e.name()).matches()) {
            return e;
        }
        return best(e).map(k -> renamed(e, k)).orElse(e);
    }

    /** The KB entry that the entity's names match best, if it clears the threshold and no other entry comes close. */
    private Optional<KbEntity> best(Entity e) {
        Map<String, Double> scoreById = new HashMap<>();
        Map<String, KbEntity> byId = new HashMap<>();
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        for (String name : names) {
            if (BARE_KUNYA.matcher(name.strip()).matches()) {
                continue;
            }
            for (Candidate<KbEntity> c : index.search(name, e.type(), 5)) {
                boolean acronymOnly = ACRONYM.matcher(c.matchedName()).matches()
                        && !Names.key(c.matchedName()).equals(Names.key(name));
                boolean personOk = c.payload().type() != EntityType.PERSON || everyPartFound(name, c.matchedName());
                if (!acronymOnly && personOk && compatible(e.type(), c.payload().type())) {
                    scoreById.merge(c.payload().id(), c.result().score(), Math::max);
                    byId.put(c.payload().id(), c.payload());
                }
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scoreById.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.get(0).getValue() < linkThreshold) {
            return Optional.empty();
        }
        if (ranked.size() > 1 && ranked.get(0).getValue() - ranked.get(1).getValue() < MARGIN) {
            return Optional.empty();
        }
        return Optional.of(byId.get(ranked.get(0).getKey()));
    }

    /**
     * A person's name links only when it has two parts or more (besides particles and titles) and
     * each of them is found in the KB's name: "Akram Abas" is Akram Abbas al-Kabi, but "Ibrahim"
     * alone is too common, and in "Abu Muhammad al-Adnani" or "Hassan al-Baghdadi" the text names a
     * part that the KB's "Abu-Muhammad" or "Abu Bakr al-Baghdadi" does not have.
     */
    private boolean everyPartFound(String name, String kbName) {
        List<String> parts = significantParts(name);
        List<String> known = significantParts(kbName);
        if (parts.size() < 2) {
            return false;
        }
        for (String part : parts) {
            boolean found = false;
            for (String k : known) {
                if (part.equals(k) || matcher.match(part, k, EntityType.PERSON).score() >= PART_THRESHOLD) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<String> significantParts(String name) {
        List<String> parts = new ArrayList<>();
        for (String p : Names.key(name).split("[ ']+")) {
            if (!p.isEmpty() && !PARTICLES.contains(p)) {
                parts.add(p);
            }
        }
        return parts;
    }

    /**
     * Persons link only to persons, states to states, places to places, programmes to programmes;
     * organisations, armed groups, units and government bodies to one another, because the
     * extractor's type for an unfamiliar organisation is a guess and the KB's is not.
     */
    static boolean compatible(EntityType extracted, EntityType known) {
        if (extracted == known) {
            return true;
        }
        Set<EntityType> organisations = Set.of(EntityType.ORGANIZATION, EntityType.ARMED_GROUP, EntityType.SECURITY_UNIT,
                EntityType.GOVERNMENT_BODY);
        return organisations.contains(extracted) && organisations.contains(known);
    }

    /**
     * The document did not name him: which KB fact did, so that nobody credits the outlet with
     * the name ("the knowledge base: Hadi al-Amiri LEADS Badr Organization from 2003 (source, date)").
     */
    private String identification(KbEntity who, Entity org, String date) {
        for (org.sightline.resolve.kb.KbFact f : kb.factsAbout(who.id())) {
            if (f.type() == ClaimType.LEADS && f.object().equals(org.kbId())) {
                StringBuilder s = new StringBuilder("knowledge base: ").append(who.name()).append(" LEADS ").append(org.name());
                if (f.from() != null) {
                    s.append(" from ").append(f.from());
                }
                if (f.until() != null) {
                    s.append(" until ").append(f.until());
                }
                if (!f.citations().isEmpty()) {
                    s.append(" (").append(f.citations().get(0).source()).append(", ").append(f.citations().get(0).date()).append(')');
                }
                return s.append("; the document says only \"its head\"").toString();
            }
        }
        return "knowledge base: " + who.name() + " led " + org.name() + (date == null ? "" : " at " + date);
    }

    /** The KB's name and type; what the document called it stays as an alias. */
    private static Entity renamed(Entity e, KbEntity k) {
        Set<String> aliases = new LinkedHashSet<>();
        if (!e.name().equals(k.name())) {
            aliases.add(e.name());
        }
        aliases.addAll(e.aliases());
        aliases.remove(k.name());
        EntityType type = compatible(e.type(), k.type()) ? k.type() : e.type();
        return new Entity(e.id(), k.name(), type, new ArrayList<>(aliases), k.id());
    }

    /** "Hadi al-Amiri" named in the text and "its head" linked to him are one entity of the extraction. */
    private static Extraction joinSameKb(Extraction x, List<Entity> entities, Map<String, String> identifiedBy) {
        Map<String, String> firstByKb = new HashMap<>();
        Map<String, String> replace = new HashMap<>();
        Map<String, Entity> kept = new LinkedHashMap<>();
        for (Entity e : entities) {
            String first = e.kbId() == null ? null : firstByKb.putIfAbsent(e.kbId(), e.id());
            if (first == null) {
                kept.put(e.id(), e);
            } else {
                replace.put(e.id(), first);
                Entity into = kept.get(first);
                Set<String> aliases = new LinkedHashSet<>(into.aliases());
                aliases.add(e.name());
                aliases.addAll(e.aliases());
                aliases.remove(into.name());
                kept.put(first, new Entity(into.id(), into.name(), into.type(), new ArrayList<>(aliases), into.kbId()));
            }
        }
        if (replace.isEmpty() && identifiedBy.isEmpty()) {
            return new Extraction(x.document(), new ArrayList<>(kept.values()), x.mentions(), x.claims());
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : x.mentions()) {
            mentions.add(new Mention(replace.getOrDefault(m.entityId(), m.entityId()), m.span(), m.text()));
        }
        List<Claim> claims = new ArrayList<>();
        for (Claim c : x.claims()) {
            String s = replace.getOrDefault(c.subject(), c.subject());
            String o = replace.getOrDefault(c.object(), c.object());
            if (s.equals(o)) {
                continue;
            }
            List<String> chain = c.attributedTo().stream().map(a -> replace.getOrDefault(a, a)).toList();
            Map<String, String> attributes = c.attributes();
            String how = identifiedBy.getOrDefault(c.subject(), identifiedBy.get(c.object()));
            if (how != null) {
                attributes = new java.util.TreeMap<>(attributes);
                attributes.put("identified_by", how);
            }
            claims.add(new Claim(c.id(), c.type(), s, o, c.stance(), chain, c.time(), c.confidence(), attributes,
                    c.evidence()));
        }
        return new Extraction(x.document(), new ArrayList<>(kept.values()), mentions, claims);
    }
}
