package org.sightline.resolve.names;

/** One analysed part of a name, with every key the comparisons need precomputed. Immutable. */
final class Token {
    final TokenKind kind;
    /** as written (lower case), for explanations: "al-muhandis", "abu mahdi", "المهندس" */
    final String surface;
    /** cleaned ASCII form without article; for KUNYA and ABD the part after the head */
    final String folded;
    /** KUNYA: "abu" or "umm"; ABD: "abd"; else null */
    final String head;
    final String phonetic;
    final String skeleton;
    final int family;
    /** read from Arabic or Persian script: vowels were not written */
    final boolean abjad;
    /** had the Arabic article al- (or an assimilated form) */
    final boolean article;
    /** phonetic key with a glued article cut off ("almuhandis" -> "muhandis"), or null */
    final String attachedPhonetic;
    final double weight;
    final boolean parenthetical;
    /** the word after bin/ibn: the father's name */
    final boolean father;
    /** NUMBER: its value; IMO numbers are negative */
    final long number;
    /** LEGAL: the legal-form family */
    final String legalFamily;
    /** could be an acronym: written in capitals, dotted, or without vowels */
    final boolean acronymLike;

    Token(TokenKind kind, String surface, String folded, String head, String phonetic, String skeleton, int family,
          boolean abjad, boolean article, String attachedPhonetic, double weight, boolean parenthetical,
          boolean father, long number, String legalFamily, boolean acronymLike) {
        this.kind = kind;
        this.surface = surface;
        this.folded = folded;
        this.head = head;
        this.phonetic = phonetic;
        this.skeleton = skeleton;
        this.family = family;
        this.abjad = abjad;
        this.article = article;
        this.attachedPhonetic = attachedPhonetic;
        this.weight = weight;
        this.parenthetical = parenthetical;
        this.father = father;
        this.number = number;
        this.legalFamily = legalFamily;
        this.acronymLike = acronymLike;
    }

    /** Takes part in the token alignment (numbers, legal forms, titles and stop words are compared apart). */
    boolean content() {
        return kind != TokenKind.TITLE && kind != TokenKind.STOP && kind != TokenKind.LEGAL
                && kind != TokenKind.NUMBER;
    }

    /** A part whose absence on one side while the other side has an unmatched part means a different name. */
    boolean identifying() {
        return kind == TokenKind.NAME || kind == TokenKind.KUNYA || kind == TokenKind.ABD || kind == TokenKind.NISBA
                || kind == TokenKind.INITIAL;
    }

    boolean compound() {
        return kind == TokenKind.KUNYA || kind == TokenKind.ABD;
    }

    @Override
    public String toString() {
        return kind + ":" + surface;
    }
}
