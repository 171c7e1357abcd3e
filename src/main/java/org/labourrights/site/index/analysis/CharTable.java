package org.labourrights.site.index.analysis;

import java.util.Arrays;

/**
 * A hash table from character sequences to ints, for the analysis' hot loop: looked up straight
 * from a token's char buffer (no String, no boxing), keys kept in one char array. Entries are
 * never removed. Not thread-safe.
 */
public final class CharTable {

    /** What {@link #get} answers for a key that is not in the table. */
    static final int MISSING = Integer.MIN_VALUE;

    private char[] pool = new char[1 << 12];
    private int poolSize;
    private int[] keyStart = new int[256];
    private int[] keyLength = new int[256];
    private int[] hashes = new int[256];
    private int[] values = new int[256];
    private int size;
    /** Entry number + 1 at each slot, 0 where empty; the length is a power of two, at most half full. */
    private int[] slots = new int[512];

    int size() {
        return size;
    }

    int get(char[] buffer, int offset, int length) {
        int hash = hash(buffer, offset, length);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return MISSING;
            }
            if (hashes[entry] == hash && matches(entry, buffer, offset, length)) {
                return values[entry];
            }
        }
    }

    int get(String key) {
        return get(key.toCharArray(), 0, key.length());
    }

    /** Adds a key that is not in the table yet. */
    void put(char[] buffer, int offset, int length, int value) {
        if (size == keyStart.length) {
            int capacity = size * 2;
            keyStart = Arrays.copyOf(keyStart, capacity);
            keyLength = Arrays.copyOf(keyLength, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(buffer, offset, pool, poolSize, length);
        int entry = size++;
        keyStart[entry] = poolSize;
        keyLength[entry] = length;
        hashes[entry] = hash(buffer, offset, length);
        values[entry] = value;
        poolSize += length;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int e = 0; e < size; e++) {
                place(e);
            }
        } else {
            place(entry);
        }
    }

    void put(String key, int value) {
        put(key.toCharArray(), 0, key.length(), value);
    }

    private void place(int entry) {
        int mask = slots.length - 1;
        int slot = hashes[entry] & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry + 1;
    }

    private boolean matches(int entry, char[] buffer, int offset, int length) {
        int start = keyStart[entry];
        return keyLength[entry] == length && Arrays.equals(pool, start, start + length, buffer, offset, offset + length);
    }

    /** A polynomial hash, two characters a step (two multiplications that do not wait for each other). */
    private static int hash(char[] buffer, int offset, int length) {
        int hash = length;
        int i = 0;
        for (; i + 1 < length; i += 2) {
            hash = 961 * hash + 31 * buffer[offset + i] + buffer[offset + i + 1];
        }
        if (i < length) {
            hash = 31 * hash + buffer[offset + i];
        }
        hash *= 0x9E3779B9;
        return hash ^ (hash >>> 15);
    }
}
