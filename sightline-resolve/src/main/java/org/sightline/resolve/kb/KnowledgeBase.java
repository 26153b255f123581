package org.sightline.resolve.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Names;

/**
 * The reference knowledge base: entities of Iraq's security sector, the armed groups around it,
 * their leaders and sponsors, the US bodies and programmes that fund or sanction them, and facts
 * of public record between them, each with citations. The format is described in docs/KB.md.
 * Loading validates everything and reports every problem at once ({@link KbValidationException}).
 */
public final class KnowledgeBase {
    /** Classpath folder of the bundled knowledge base. */
    public static final String RESOURCE_DIR = "kb/";
    /** Lists the bundled files (`files:`), so that loading works from a jar, where folders cannot be listed. */
    public static final String INDEX = RESOURCE_DIR + "index.yaml";

    private static volatile KnowledgeBase bundled;

    private final List<KbEntity> entities;
    private final Map<String, KbEntity> byId;
    private final Map<String, Map<String, KbEntity>> byExternalId;
    private final Map<String, Set<String>> ambiguous;
    private final List<KbFact> facts;
    private final Map<String, List<KbFact>> factsByEntity;

    private KnowledgeBase(List<KbReader.EntityEntry> entityEntries, List<KbReader.FactEntry> factEntries) {
        Map<String, KbEntity> ids = new LinkedHashMap<>();
        Map<String, Set<String>> amb = new HashMap<>();
        Map<String, Map<String, KbEntity>> ext = new HashMap<>();
        for (var e : entityEntries) {
            ids.put(e.entity().id(), e.entity());
            if (!e.ambiguous().isEmpty()) {
                amb.put(e.entity().id(), Set.copyOf(e.ambiguous()));
            }
            e.entity().externalIds().forEach((scheme, values) -> values.forEach(
                    v -> ext.computeIfAbsent(scheme, s -> new HashMap<>()).put(v, e.entity())));
        }
        this.entities = List.copyOf(ids.values());
        this.byId = Collections.unmodifiableMap(ids);
        this.ambiguous = Map.copyOf(amb);
        this.byExternalId = Map.copyOf(ext);
        this.facts = factEntries.stream().map(KbReader.FactEntry::fact).toList();
        Map<String, List<KbFact>> about = new HashMap<>();
        for (KbFact f : facts) {
            about.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            if (!f.object().equals(f.subject())) {
                about.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f);
            }
        }
        about.replaceAll((k, v) -> List.copyOf(v));
        this.factsByEntity = Map.copyOf(about);
    }

    /** The bundled knowledge base: every file listed in {@code kb/index.yaml} on the classpath, validated. */
    public static KnowledgeBase load() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null) {
                    bundled = kb = loadBundled();
                }
            }
        }
        return kb;
    }

    private static KnowledgeBase loadBundled() {
        List<String> problems = new ArrayList<>();
        List<String> files = KbIndex.files(INDEX, resource(INDEX), problems);
        Map<String, String> sources = new LinkedHashMap<>();
        for (String f : files) {
            String text = resourceOrNull(RESOURCE_DIR + f);
            if (text == null) {
                problems.add(INDEX + ": lists `" + f + "`, which is not on the classpath under " + RESOURCE_DIR);
            } else {
                sources.put(f, text);
            }
        }
        return build(sources, problems);
    }

    /** A knowledge base made of exactly these YAML files (tests, user-supplied knowledge bases), validated. */
    public static KnowledgeBase load(List<Path> files) {
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path p : files) {
            try {
                sources.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(p + ": cannot be read: " + e.getMessage());
            }
        }
        return build(sources, problems);
    }

    private static KnowledgeBase build(Map<String, String> sources, List<String> problems) {
        List<KbReader.EntityEntry> entityEntries = new ArrayList<>();
        List<KbReader.FactEntry> factEntries = new ArrayList<>();
        sources.forEach((name, text) -> {
            KbReader r = KbReader.read(name, text, problems);
            entityEntries.addAll(r.entities);
            factEntries.addAll(r.facts);
        });
        validate(entityEntries, factEntries, problems);
        if (!problems.isEmpty()) {
            throw new KbValidationException(problems);
        }
        return new KnowledgeBase(entityEntries, factEntries);
    }

    private static void validate(List<KbReader.EntityEntry> entityEntries, List<KbReader.FactEntry> factEntries,
                                 List<String> problems) {
        Map<String, KbReader.EntityEntry> ids = new HashMap<>();
        for (var e : entityEntries) {
            var previous = ids.putIfAbsent(e.entity().id(), e);
            if (previous != null) {
                problems.add(e.where() + ": duplicate id `" + e.entity().id() + "`, first defined at " + previous.where());
            }
        }
        Map<String, KbReader.EntityEntry> externalIds = new HashMap<>();
        // alias key -> entries of one type that carry it
        Map<EntityType, Map<String, Set<KbReader.EntityEntry>>> names = new HashMap<>();
        for (var e : entityEntries) {
            KbEntity entity = e.entity();
            if (entity.country() != null) {
                var country = ids.get(entity.country());
                if (country == null) {
                    problems.add(e.where() + ": country `" + entity.country() + "` is not an entity id");
                } else if (country.entity().type() != EntityType.STATE) {
                    problems.add(e.where() + ": country `" + entity.country() + "` is a "
                            + country.entity().type() + ", not a STATE");
                }
            }
            for (String other : entity.notSameAs()) {
                if (other.equals(entity.id())) {
                    problems.add(e.where() + ": not_same_as lists the entity itself");
                } else if (!ids.containsKey(other)) {
                    problems.add(e.where() + ": not_same_as `" + other + "` is not an entity id");
                }
            }
            entity.externalIds().forEach((scheme, values) -> values.forEach(v -> {
                var previous = externalIds.putIfAbsent(scheme + "\u0000" + v, e);
                if (previous != null && previous != e) {
                    problems.add(e.where() + ": external id " + scheme + " `" + v + "` is also given to "
                            + previous.where());
                }
            }));
            for (String n : entity.names()) {
                names.computeIfAbsent(entity.type(), t -> new HashMap<>())
                        .computeIfAbsent(Names.key(n), k -> new LinkedHashSet<>()).add(e);
            }
        }
        names.values().forEach(byKey -> byKey.forEach((key, holders) -> {
            if (holders.size() < 2) {
                return;
            }
            List<KbReader.EntityEntry> undeclared = holders.stream()
                    .filter(h -> h.ambiguous().stream().noneMatch(a -> Names.key(a).equals(key))).toList();
            if (!undeclared.isEmpty()) {
                problems.add(undeclared.get(0).where() + ": alias `" + key + "` is shared with "
                        + holders.stream().filter(h -> h != undeclared.get(0)).map(KbReader.EntityEntry::where).toList()
                        + " (same type); list it under `ambiguous:` in every entity that has it, or remove it");
            }
        }));
        for (var f : factEntries) {
            KbFact fact = f.fact();
            if (!ids.containsKey(fact.subject())) {
                problems.add(f.where() + ": subject `" + fact.subject() + "` is not an entity id");
            }
            if (!ids.containsKey(fact.object())) {
                problems.add(f.where() + ": object `" + fact.object() + "` is not an entity id");
            }
        }
    }

    public List<KbEntity> entities() {
        return entities;
    }

    public Optional<KbEntity> entity(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity that carries this external id, e.g. {@code ("ofac_sdn", "11461")}. */
    public Optional<KbEntity> byExternalId(String scheme, String value) {
        return Optional.ofNullable(byExternalId.getOrDefault(scheme, Map.of()).get(value));
    }

    /**
     * The names (preferred name or aliases) of this entity that it knowingly shares with another
     * entity of the same type (`ambiguous:` in the YAML): a mention with one of them alone does not
     * identify the entity.
     */
    public Set<String> ambiguousNames(String entityId) {
        return ambiguous.getOrDefault(entityId, Set.of());
    }

    public List<KbFact> facts() {
        return facts;
    }

    /** Facts with the entity as subject or object, in file order. */
    public List<KbFact> factsAbout(String entityId) {
        return factsByEntity.getOrDefault(entityId, List.of());
    }

    /**
     * Who led {@code orgId} on {@code asOf} (ISO date of any precision), from its LEADS facts; with a
     * null {@code asOf}, the current leaders (facts without {@code until}), or when there are none the
     * last known ones. Certain facts come first, then by confidence, then the most recent start. This
     * is what resolves "its head".
     */
    public List<KbEntity> leadersOf(String orgId, String asOf) {
        if (asOf != null && !IsoDates.isValid(asOf)) {
            throw new IllegalArgumentException("not an ISO date: " + asOf);
        }
        List<KbFact> leads = factsAbout(orgId).stream()
                .filter(f -> f.type() == ClaimType.LEADS && f.object().equals(orgId)).toList();
        List<KbFact> valid;
        if (asOf != null) {
            valid = leads.stream().filter(f -> f.holdsOn(asOf)).toList();
        } else {
            valid = leads.stream().filter(f -> f.until() == null).toList();
            if (valid.isEmpty()) {
                var lastEnd = leads.stream().map(f -> IsoDates.end(f.until())).max(Comparator.naturalOrder());
                valid = lastEnd.map(end -> leads.stream().filter(f -> IsoDates.end(f.until()).equals(end)).toList())
                        .orElse(List.of());
            }
        }
        Comparator<KbFact> order = Comparator.comparing(KbFact::uncertain)
                .thenComparing(Comparator.comparingDouble(KbFact::confidence).reversed())
                .thenComparing(f -> f.from() == null ? "" : f.from(), Comparator.reverseOrder());
        Set<String> seen = new HashSet<>();
        return valid.stream().sorted(order).map(KbFact::subject).filter(seen::add).map(byId::get).toList();
    }

    private static String resource(String name) {
        String text = resourceOrNull(name);
        if (text == null) {
            throw new KbValidationException(List.of(name + ": not found on the classpath"));
        }
        return text;
    }

    private static String resourceOrNull(String name) {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }
}
