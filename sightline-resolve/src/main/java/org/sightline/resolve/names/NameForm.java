package org.sightline.resolve.names;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.core.EntityType;

/**
 * A name analysed once for matching: tokens with their roles and keys, the reading order, any
 * alternative names written with a slash. Immutable and safe to share between threads; build it
 * with {@link NameMatcher#analyse} and reuse it for many comparisons.
 */
public final class NameForm {
    final String original;
    final EntityType type;
    final List<Token> tokens;
    /** the name as read, when "LAST, First" was turned around; else null */
    final String reordered;
    /** other names written into the same string ("Al-Qa'ida/Islamic Army") */
    final List<NameForm> alternatives;
    /** index in tokens of the given name and of the father's name (after bin/ibn), or -1 */
    final int given;
    final int father;
    /** has a legal form or generic organisation word: looks like an organisation */
    final boolean organisationLike;
    final String clusterKey;
    /** numbers in the name, IMO numbers apart, and legal-form families: compared as sets */
    final Set<Long> numbers;
    final Set<Long> imo;
    final Set<String> legal;
    /** number of tokens that take part in the alignment */
    final int contentCount;
    /** the whole name read as an acronym ("IRGC-QF" -> "irgcqf") when every part could be one; else null */
    final String acronym;

    NameForm(String original, EntityType type, List<Token> tokens, String reordered, List<NameForm> alternatives,
             int given, int father, boolean organisationLike, String clusterKey) {
        this.original = original;
        this.type = type;
        this.tokens = tokens;
        this.reordered = reordered;
        this.alternatives = alternatives;
        this.given = given;
        this.father = father;
        this.organisationLike = organisationLike;
        this.clusterKey = clusterKey;
        Set<Long> nums = new TreeSet<>();
        Set<Long> imos = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        for (Token t : tokens) {
            if (t.kind == TokenKind.NUMBER) {
                (t.number < 0 ? imos : nums).add(Math.abs(t.number));
            } else if (t.kind == TokenKind.LEGAL) {
                forms.add(t.legalFamily);
            }
        }
        this.numbers = Collections.unmodifiableSet(nums);
        this.imo = Collections.unmodifiableSet(imos);
        this.legal = Collections.unmodifiableSet(forms);
        int content = 0;
        boolean allAcronyms = true;
        StringBuilder acr = new StringBuilder();
        for (Token t : tokens) {
            if (t.content()) {
                content++;
                allAcronyms &= t.acronymLike;
                acr.append(t.folded);
            }
        }
        this.contentCount = content;
        this.acronym = allAcronyms && content >= 1 && content <= 3 && acr.length() >= 2 ? acr.toString() : null;
    }

    public String original() {
        return original;
    }

    /** The entity type it was analysed for; null when unknown. */
    public EntityType type() {
        return type;
    }

    @Override
    public String toString() {
        return original + " " + tokens;
    }
}
