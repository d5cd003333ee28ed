package dev.lensc.runtime.stream;

import java.util.Arrays;

/**
 * The keys of one object being read, to find a duplicate: a map's keys are all held until it ends,
 * so they are kept compact (their characters in one array, an open-addressing table of indexes),
 * at about a third of a {@code HashSet<String>}'s memory. Not thread-safe; one per object.
 *
 * <p>Why not less: input is read strictly, and a key repeated anywhere in an object is an error
 * (the tree reader refuses it, so the streaming translators must). Telling in one pass whether n
 * keys are all different needs memory growing with n, whatever the method (element distinctness:
 * any one-pass algorithm that is always right must remember Ω(n) bits, as after the first half of
 * the keys each possible set of them must leave it in a different state); a hash of each key alone
 * would refuse two different keys that collide, silently wrong about a valid document. So a map
 * streams in memory linear in its keys' text ({@link #footprint}: two bytes a character plus about
 * 20 a key), never in its values, which stream.
 */
final class KeySet {
    private char[] chars = new char[32];
    private int used;
    private int[] starts = new int[4];
    private int[] hashes = new int[4];
    private int size;
    /** Key index + 1 per slot; 0 is empty. */
    private int[] slots = new int[8];

    /** Adds {@code key}; false when it was there already. */
    boolean add(String key) {
        int hash = key.hashCode();
        int mask = slots.length - 1;
        int i = mix(hash) & mask;
        for (int k = slots[i]; k != 0; k = slots[i]) {
            if (hashes[k - 1] == hash && same(k - 1, key)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        if (used + key.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + key.length()));
        }
        key.getChars(0, key.length(), chars, used);
        starts[size] = used;
        hashes[size] = hash;
        used += key.length();
        size++;
        slots[i] = size;
        if (size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    /** Key {@code k}'s characters run from its start to the next key's (or to the end of those used). */
    private boolean same(int k, String key) {
        int start = starts[k];
        int end = k + 1 < size ? starts[k + 1] : used;
        if (end - start != key.length()) {
            return false;
        }
        for (int j = 0; j < key.length(); j++) {
            if (chars[start + j] != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int k = 0; k < size; k++) {
            int i = mix(hashes[k]) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = k + 1;
        }
        slots = bigger;
    }

    /** The bytes its arrays take (the keys held: their characters, their starts and hashes, the table). */
    long footprint() {
        return 2L * chars.length + 4L * starts.length + 4L * hashes.length + 4L * slots.length;
    }

    /** Spreads the hash's high bits into the low ones the table uses. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
