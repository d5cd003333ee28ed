package dev.lensc.runtime.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StableIdsTest {

    @Test
    void sameFact_sameId_versionAndVariantSet() {
        UUID a = StableIds.uuid("project-7", "tags", "urgent", "tags-v2");
        assertEquals(a, StableIds.uuid("project-7", "tags", "urgent", "tags-v2"));
        assertEquals(8, a.version());
        assertEquals(2, a.variant());
        assertEquals("migration:tags-v2:urgent", StableIds.dot("tags-v2", "urgent"));
    }

    @Test
    void partsAreLengthPrefixed_soSeparatorsInValuesCannotCollide() {
        assertNotEquals(StableIds.uuid("a:b", "c", "d", "m"), StableIds.uuid("a", "b:c", "d", "m"));
        assertNotEquals(StableIds.uuid("ab", "", "d", "m"), StableIds.uuid("a", "b", "d", "m"));
    }

    @Test
    void differentFacts_differentIds_onSeededValues() {
        SplittableRandom random = new SplittableRandom(14);
        Set<UUID> ids = new HashSet<>();
        Set<String> facts = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String doc = "d" + random.nextInt(100);
            String value = Integer.toString(random.nextInt(1000), 36);
            if (facts.add(doc + "\0" + value)) {
                ids.add(StableIds.uuid(doc, "tags", value, "tags-v2"));
            }
        }
        assertEquals(facts.size(), ids.size());
    }
}
