package org.sightline.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Set;
import org.sightline.core.EntityType;

/**
 * A description set beside a name is that name's: "Kata'ib Hizballah, an Iran-backed militia," and
 * "Kata'ib Hizballah is an Iran-backed militia" say what Kata'ib Hizballah is, so the description
 * (and the sponsor it carries) is a mention of it, not an entity of its own.
 */
final class Appositions {
    /** The mention rules that describe groups rather than name them (mentions.yaml). */
    private static final Set<String> DESCRIPTIONS = Set.of("sponsored-description", "partisan-description",
            "national-description", "sponsor-backed-groups", "group-part-description");
    private static final Set<EntityType> GROUPS = Set.of(EntityType.ARMED_GROUP, EntityType.ORGANIZATION,
            EntityType.SECURITY_UNIT);

    private Appositions() {
    }

    static void link(Mentions mentions, NodeMentions nodes, ParsedSentence parsed) {
        for (SemanticGraphEdge e : parsed.graph().edgeIterable()) {
            String r = e.getRelation().toString();
            boolean copula = r.equals("nsubj") && parsed.graph().getChildrenWithReln(e.getGovernor(),
                    edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.COPULA).size() > 0;
            if (r.equals("appos") || copula) {
                pair(nodes, e.getGovernor(), e.getDependent());
            }
        }
    }

    private static void pair(NodeMentions nodes, IndexedWord a, IndexedWord b) {
        MentionCandidate ma = nodes.headed(a);
        MentionCandidate mb = nodes.headed(b);
        if (ma == null || mb == null || ma.resolved() == mb.resolved()) {
            return;
        }
        if (description(ma) && name(mb)) {
            ma.describe(mb);
        } else if (description(mb) && name(ma)) {
            mb.describe(ma);
        }
    }

    private static boolean description(MentionCandidate m) {
        return !m.isReferring() && DESCRIPTIONS.contains(m.origin) && GROUPS.contains(m.type);
    }

    private static boolean name(MentionCandidate m) {
        MentionCandidate r = m.resolved();
        return !DESCRIPTIONS.contains(r.origin) && !r.origin.equals("demonym") && GROUPS.contains(r.type)
                && Character.isUpperCase(r.name.charAt(0));
    }
}
