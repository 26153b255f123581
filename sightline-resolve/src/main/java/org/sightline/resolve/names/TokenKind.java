package org.sightline.resolve.names;

/** What part a token plays in a name; decides its weight and how it may match. */
enum TokenKind {
    /** a given name, family name or content word */
    NAME,
    /** Abu X / Umm X: the kunya, one identifying token */
    KUNYA,
    /** Abd al-X, one token */
    ABD,
    /** al-Iraqi: origin or tribe, weaker evidence */
    NISBA,
    /** "A." */
    INITIAL,
    /** Shaikh, Dr, Haji: not identity */
    TITLE,
    /** de, van, le */
    PARTICLE,
    /** company, bank, brigade */
    GENERIC,
    /** LLC, AG, JSC */
    LEGAL,
    /** 8th, 5, III, three */
    NUMBER,
    /** the, of, and */
    STOP
}
