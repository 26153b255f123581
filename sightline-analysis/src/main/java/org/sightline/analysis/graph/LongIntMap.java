package org.sightline.analysis.graph;

import java.util.Arrays;

/**
 * Open-addressing map from long keys to non-negative int values; -1 means absent. Not thread-safe
 * to write. Used for the graph's entity index and for a query's visited nodes (int keys widened).
 */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    public int get(long key) {
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Stores {@code value} unless the key is present; returns the value now stored. */
    public int putIfAbsent(long key, int value) {
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    public int size() {
        return size;
    }

    int capacity() {
        return keys.length;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, -1);
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] >= 0) {
                int i = slot(oldKeys[j]);
                while (values[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
