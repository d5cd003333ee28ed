package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {
    @Test
    void addsEachKeyOnce_likeAHashSet_keysOfEqualHashesAndPrefixesIncluded() {
        Random random = new Random(5);
        String[] parts = {"Aa", "BB", "", "é", "\uD83D\uDE00", "k", "1"}; // "Aa" and "BB" have the same hash
        for (int round = 0; round < 50; round++) {
            KeySet keys = new KeySet();
            Set<String> reference = new HashSet<>();
            int n = random.nextInt(2_000);
            for (int i = 0; i < n; i++) {
                StringBuilder key = new StringBuilder();
                for (int j = random.nextInt(4); j > 0; j--) {
                    key.append(parts[random.nextInt(parts.length)]);
                }
                if (random.nextInt(3) == 0) {
                    key.append(random.nextInt(n + 1));
                }
                String k = key.toString();
                assertEquals(reference.add(k), keys.add(k), k);
            }
        }
    }

    @Test
    void aMillionKeys_areHeldInMemoryLinearInTheirText_andADuplicateAsFarApartAsCanBeIsFound() {
        KeySet keys = new KeySet();
        long chars = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            String key = "key" + i;
            chars += key.length();
            assertEquals(true, keys.add(key));
            if ((i + 1) % (n / 8) == 0) {
                // at every size: the keys' characters (2 bytes each, in an array that grows by doubling)
                // and at most 28 bytes a key for starts, hashes and the table
                long bound = 2 * 2 * chars + 28L * (i + 1);
                assertTrue(keys.footprint() <= bound, keys.footprint() + " bytes for " + (i + 1) + " keys");
                assertTrue(keys.footprint() >= 2 * chars, "the keys themselves are held");
            }
        }
        assertEquals(false, keys.add("key0"), "the first key again, after a million others");
    }
}
