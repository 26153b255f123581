package org.sightline.extract;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.EntityType;

/**
 * A mention found in the text, before mentions are grouped into entities. Token indices are
 * document-wide, end exclusive. A pronoun or a definite description ("the police") has an
 * antecedent and names nothing itself.
 */
final class MentionCandidate {
    final int begin;
    final int end;
    final EntityType type;
    final String name;
    final String groupKey;
    final String kbId;
    final String origin;
    private MentionCandidate antecedent;
    final List<String> aliases = new ArrayList<>();

    MentionCandidate(int begin, int end, EntityType type, String name, String groupKey, String kbId,
                     String origin, MentionCandidate antecedent) {
        this.begin = begin;
        this.end = end;
        this.type = type;
        this.name = name;
        this.groupKey = groupKey;
        this.kbId = kbId;
        this.origin = origin;
        this.antecedent = antecedent;
    }

    static MentionCandidate referring(int begin, int end, MentionCandidate antecedent, String origin) {
        MentionCandidate target = antecedent.resolved();
        return new MentionCandidate(begin, end, target.type, target.name, target.groupKey, target.kbId, origin, target);
    }

    MentionCandidate antecedent() {
        return antecedent;
    }

    /** This description is a name's: "Kata'ib Hizballah, an Iran-backed militia". */
    void describe(MentionCandidate name) {
        if (name.resolved() != this) {
            antecedent = name.resolved();
        }
    }

    /** The mention that actually names the entity (follows pronoun and anaphor links). */
    MentionCandidate resolved() {
        return antecedent == null ? this : antecedent.resolved();
    }

    boolean isReferring() {
        return antecedent != null;
    }

    boolean contains(MentionCandidate o) {
        return begin <= o.begin && o.end <= end;
    }

    boolean strictlyContains(MentionCandidate o) {
        return contains(o) && (begin != o.begin || end != o.end);
    }

    boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }

    int length() {
        return end - begin;
    }

    @Override
    public String toString() {
        return name + "[" + begin + "," + end + ")" + type + "/" + origin;
    }
}
