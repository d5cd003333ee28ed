package dev.lensc.runtime.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.ItemAlignment;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@code map f by key} on random item types and ops, both directions, 10,000 tries per
 * law and direction, on documents whose keys are distinct, duplicated and missing and shared with
 * the base (so that items line up with base items other than the one at their index).
 */
class KeyedMapLawTest {
    private static final long SEED = 20261202L;
    private static final int TRIES_PER_LENS = 200;

    @Test
    void lawsHold_bothWays_10000TriesPerLawAndDirection() {
        RandomLenses lenses = new RandomLenses(new Random(SEED));
        // documents tried per law and direction (a try that found an explained loss counts; the search stops there)
        java.util.Map<String, Integer> tried = new java.util.TreeMap<>();
        int i = 0;
        for (; i < 500 && (tried.size() < 8 || tried.values().stream().anyMatch(n -> n < 10_000)); i++) {
            RandomLenses.KeyedLens keyed = lenses.keyedMap("items", "id");
            Lens lens = keyed.lens();
            LensLaws laws = new LensLaws(LawSettings.of(SEED + i, TRIES_PER_LENS));
            List<LawResult> results = new ArrayList<>(laws.check("keyed #" + i, lens, keyed.source()));
            results.addAll(laws.check("keyed #" + i + " reversed", lens.reverse(), lens.targetType(keyed.source())));
            for (LawResult r : results) {
                if (r.failed() && !r.explained()) {
                    fail("a law of a keyed map broke where static analysis finds no loss: " + r.lens() + " "
                            + r.law().title() + "\n  ops: " + lens.ops() + "\n  " + r.counterexample());
                }
                String direction = r.lens().endsWith("reversed") ? "backward" : "forward";
                tried.merge(r.law().title() + " " + direction, r.tries(), Integer::sum);
            }
        }
        int lensesChecked = i;
        assertTrue(tried.values().stream().allMatch(n -> n >= 10_000), () -> "after " + lensesChecked + " lenses: " + tried);
    }

    @Test
    void generator_keyedArrays_haveDistinctDuplicateAndMissingKeys_sharedBetweenDocuments() {
        Type.ObjectType item = new Type.ObjectType(List.of(
                new dev.lensc.runtime.schema.Field("id", Type.nullable(new Type.StringType())),
                new dev.lensc.runtime.schema.Field("text", new Type.StringType())));
        Type doc = new Type.ObjectType(List.of(new dev.lensc.runtime.schema.Field("items", new Type.ArrayType(item))));
        int distinct = 0;
        int duplicates = 0;
        int missing = 0;
        int notByIndex = 0;
        for (int i = 0; i < 2_000; i++) {
            DocumentGenerator gen = new DocumentGenerator(new Random(i), GeneratorSettings.defaults(), Set.of("id"));
            JsonNode a = gen.generate(doc).get("items");
            JsonNode b = gen.generate(doc).get("items");
            List<JsonNode> items = new ArrayList<>();
            a.forEach(items::add);
            if (items.size() < 2) {
                continue;
            }
            boolean anyMissing = items.stream().anyMatch(x -> ItemAlignment.keyOf(x, "id") == null);
            missing += anyMissing ? 1 : 0;
            if (ItemAlignment.distinctKeys(items, "id")) {
                distinct += anyMissing ? 0 : 1;
            } else {
                duplicates++;
            }
            JsonNode[] bases = ItemAlignment.bases(b, a, "id");
            for (int k = 0; k < bases.length; k++) {
                if (bases[k] != null && (k >= b.size() || bases[k] != b.get(k))) {
                    notByIndex++;
                    break;
                }
            }
        }
        assertTrue(distinct > 100, "distinct " + distinct);
        assertTrue(duplicates > 50, "duplicates " + duplicates);
        assertTrue(missing > 50, "missing " + missing);
        assertTrue(notByIndex > 40, "documents whose items line up off their index " + notByIndex);
    }

    @Test
    void withoutKeys_theGeneratorIsUnchanged() {
        Type doc = new RandomLenses(new Random(7)).schema(2);
        for (int i = 0; i < 200; i++) {
            JsonNode plain = new DocumentGenerator(new Random(i), GeneratorSettings.defaults()).generate(doc);
            JsonNode none = new DocumentGenerator(new Random(i), GeneratorSettings.defaults(), Set.of()).generate(doc);
            assertEquals(true, JsonValues.equal(plain, none));
        }
    }
}
