package org.sightline.interop;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The distinct innermost speakers of each relation (claim type, subject, object), kept small: an
 * open-addressing table of primitive longs holds each relation's first speaker (24 bytes a
 * relation, where boxed keys and sets took about ten times that), and only the relations that a
 * second speaker states move to a set. Most relations are stated by one source.
 */
final class RelationSpeakers {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private long[] firsts;
    private int size;
    private final Map<Long, Set<Long>> several = new HashMap<>();

    RelationSpeakers() {
        keys = new long[1 << 12];
        firsts = new long[keys.length];
        java.util.Arrays.fill(keys, EMPTY);
    }

    /** One long per relation: 4 bits of type, 30 of each end (ids below 2^30, a billion entities). */
    static long relation(int type, long subject, long object) {
        if (subject < 0 || object < 0 || subject >= 1L << 30 || object >= 1L << 30) {
            throw new IllegalArgumentException("entity id out of range for a relation key: " + subject + ", " + object);
        }
        return ((long) type << 60) | (subject << 30) | object;
    }

    void add(long relation, long speaker) {
        int slot = slot(relation);
        if (keys[slot] == EMPTY) {
            keys[slot] = relation;
            firsts[slot] = speaker;
            if (++size * 2 > keys.length) {
                grow();
            }
        } else if (firsts[slot] != speaker) {
            Set<Long> set = several.computeIfAbsent(relation, k -> new HashSet<>());
            set.add(firsts[slot]);
            set.add(speaker);
        }
    }

    /** Distinct speakers of the relation; 1 for one not seen (a claim always has a speaker). */
    int count(long relation) {
        Set<Long> set = several.get(relation);
        return set != null ? set.size() : 1;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldFirsts = firsts;
        keys = new long[oldKeys.length * 2];
        firsts = new long[keys.length];
        java.util.Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                firsts[s] = oldFirsts[i];
            }
        }
    }
}
