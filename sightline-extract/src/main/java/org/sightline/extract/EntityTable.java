package org.sightline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.Document;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Mention;
import org.sightline.core.Names;
import org.sightline.core.Span;

/**
 * Groups one document's mentions into entities: by gazetteer entry or name key; a person's
 * surname alone joins the full name seen earlier ("Wilson" → "Joe Wilson"); pronouns and
 * definite descriptions join their antecedent. Also makes the document's outlet an entity.
 */
final class EntityTable {
    private static final class Group {
        final String key;
        final EntityType type;
        String name;
        String kbId;
        final Set<String> aliases = new LinkedHashSet<>();
        int first = Integer.MAX_VALUE;
        String id;

        Group(String key, EntityType type) {
            this.key = key;
            this.type = type;
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<MentionCandidate, Group> groupOf = new IdentityHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final String outlet;

    EntityTable(Mentions found, Gazetteer gazetteer, Document document) {
        List<MentionCandidate> all = new ArrayList<>(found.all());
        all.sort(Comparator.comparingInt((MentionCandidate m) -> m.begin).thenComparingInt(m -> -m.length()));
        Map<String, Group> bySurname = new HashMap<>();
        for (MentionCandidate m : all) {
            MentionCandidate r = m.resolved();
            Group g = groups.get(r.groupKey);
            if (g == null && r.type == EntityType.PERSON && !r.name.contains(" ")) {
                g = bySurname.get(r.name.toLowerCase(Locale.ROOT));
            }
            if (g == null) {
                g = new Group(r.groupKey, r.type);
                g.name = r.name;
                g.kbId = r.kbId;
                groups.put(r.groupKey, g);
            }
            if (r.type == EntityType.PERSON && r.name.contains(" ") && r.kbId == null) {
                if (r.name.length() > g.name.length()) {
                    g.name = r.name;
                }
                String[] parts = r.name.split("\\s+");
                bySurname.putIfAbsent(parts[parts.length - 1].toLowerCase(Locale.ROOT), g);
            }
            g.first = Math.min(g.first, m.begin);
            // "its head" names no one: the entity's name ("head of X") is what identifies it.
            if (!m.isReferring() && !m.origin.equals("demonym") && !m.origin.equals("role")) {
                // a block's name token may run into its first label ("ZuraikAKA:"): its clean name stands
                g.aliases.add(r.groupKey.startsWith("unit:") || m.origin.equals("block") ? r.name : found.surface(m));
            }
            g.aliases.addAll(r.aliases);
            groupOf.put(m, g);
        }
        String outletKey = outletGroup(gazetteer, document);
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(g -> g.first));
        for (Group g : ordered) {
            g.id = "e" + (entities.size() + 1);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.key(g.name));
            List<String> aliases = new ArrayList<>();
            for (String a : g.aliases) {
                if (keys.add(Names.key(a))) {
                    aliases.add(a);
                }
            }
            entities.add(new Entity(g.id, g.name, g.type, aliases, g.kbId));
        }
        for (MentionCandidate m : all) {
            Span span = found.span(m);
            mentions.add(new Mention(groupOf.get(m).id, span, span.of(document.text())));
        }
        this.outlet = groups.get(outletKey).id;
    }

    /** The outlet that published the document: from its metadata, else a named placeholder. */
    private String outletGroup(Gazetteer gazetteer, Document document) {
        String source = document.metadata().source();
        if (source == null || source.isBlank()) {
            source = document.metadata().url() != null && document.metadata().url().matches("https?://.*")
                    ? java.net.URI.create(document.metadata().url()).getHost()
                    : "unattributed document " + document.id().substring(7, 19);
        }
        Gazetteer.Entry known = gazetteer.lookup(source);
        if (known == null && source.matches("[^,(]+[,(].*")) {
            // "US Department of Defense, DOD News": the body before its programme's name
            known = gazetteer.lookup(source.split("[,(]")[0].strip());
        }
        String key = known != null ? known.groupKey() : "outlet:" + Names.key(source);
        Group g = groups.get(key);
        if (g == null) {
            g = new Group(key, known != null ? known.type() : EntityType.ORGANIZATION);
            g.name = known != null ? known.name() : source;
            g.kbId = known != null ? known.kbId() : null;
            groups.put(key, g);
        }
        return key;
    }

    /** The id of the entity of a group key ("kb:us"), or null when the document does not name it. */
    String idOfKey(String key) {
        Group g = groups.get(key);
        return g == null ? null : g.id;
    }

    String outlet() {
        return outlet;
    }

    /** The entity of a mention: its own, or (for an antecedent a later step replaced) that of its name. */
    String idOf(MentionCandidate m) {
        Group g = groupOf.get(m);
        if (g == null) {
            g = groups.get(m.resolved().groupKey);
        }
        if (g == null) {
            throw new IllegalStateException("no entity for mention " + m);
        }
        return g.id;
    }

    EntityType typeOf(String id) {
        return entities.get(Integer.parseInt(id.substring(1)) - 1).type();
    }

    List<Entity> entities() {
        return entities;
    }

    List<Mention> mentions() {
        return mentions;
    }
}
