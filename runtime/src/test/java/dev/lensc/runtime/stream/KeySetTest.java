package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
