package dev.lensc.runtime.patch;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.PatchGen.Kind;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The commutation law in path-level mode, {@code apply(translate(p), get(d)) == get(apply(p, d))},
 * for every lens op and every patch op kind, both directions, and for random lens chains; on sparse
 * documents (optional fields left out) and wherever the translation's reading holds.
 */
class PathLevelLawTest {
    /** Raise with -Dlensc.patch.tries=20000 for a deeper run. */
    private static final int TRIES = Integer.getInteger("lensc.patch.tries", 1_000);
    private static final long SEED = 0x9a7e1e5L;

    private static final List<String> NAMES = new ArrayList<>(Fixtures.singleOps().keySet());
    private static final List<Lens> LENSES = new ArrayList<>(Fixtures.singleOps().values());

    static {
        NAMES.add("chain of all ops");
        LENSES.add(Fixtures.chain());
    }

    @Test
    void everyLensOp_everyPatchOpKind_forward() {
        for (Kind kind : Kind.values()) {
            run(List.of(kind), 1, false, TRIES / 3);
        }
    }

    @Test
    void everyLensOp_everyPatchOpKind_backward() {
        for (Kind kind : Kind.values()) {
            run(List.of(kind), 1, true, TRIES / 3);
        }
    }

    @Test
    void randomMultiOpPatches_forward() {
        run(List.of(Kind.values()), 8, false, TRIES);
    }

    @Test
    void randomMultiOpPatches_backward() {
        run(List.of(Kind.values()), 8, true, TRIES);
    }

    @Test
    void randomLensChains_bothDirections() {
        randomLensChains(false);
    }

    @Test
    void randomLensChainsWithSplitsAndMerges_bothDirections() {
        randomLensChains(true);
    }

    private static void randomLensChains(boolean splits) {
        int checked = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        for (long seed = 0; seed < TRIES; seed++) {
            boolean backward = seed % 2 == 1;
            RandomLenses lenses = new RandomLenses(new Random(seed), splits);
            Type.ObjectType schema = lenses.schema(2);
            Lens lens = new Lens(lenses.chain(schema, 1 + (int) (seed % 4)));
            PatchGen gen = new PatchGen(seed, true, true);
            JsonNode doc = gen.value(schema);
            JsonNode view;
            Type viewType;
            try {
                view = lens.forward(doc);
                viewType = lens.targetType(schema);
            } catch (LensException e) {
                continue; // a document the chain itself rejects says nothing about patches
            }
            JsonNode patched = backward ? view : doc;
            Type type = backward ? viewType : schema;
            JsonPatch patch = gen.patch(patched, type, 5, List.of(Kind.values()));
            if (patch.ops().isEmpty()) {
                continue;
            }
            Lens l = backward ? lens.reverse() : lens;
            JsonNode base = backward ? doc : null;
            BiFunction<JsonNode, JsonPatch, String> law = (d, p) -> PatchLaws.pathLevel(l, type, d, p, base).violation();
            PatchLaws.PathLevel result = PatchLaws.pathLevel(l, type, patched, patch, base);
            if (result.violation() != null) {
                PatchLaws.Case small = PatchLaws.shrink(new PatchLaws.Case(patched, patch), law);
                fail("path-level law fails (seed " + seed + ", " + (backward ? "backward" : "forward") + ")\n  lens "
                        + l.ops() + "\n  shrunk document: " + small.doc() + "\n  shrunk patch: " + small.patch()
                        + "\n  " + law.apply(small.doc(), small.patch()));
            }
            if (result.checked()) {
                checked++;
            } else {
                skipped.merge(result.skipped().replaceAll(":.*", ""), 1, Integer::sum);
            }
        }
        // an edit of one part of a merge needs the document (the other parts): more are rejected with splits
        if (checked < TRIES * (splits ? 4 : 6) / 10) {
            fail("only " + checked + " of " + TRIES + " tries checked; skipped: " + skipped);
        }
    }

    private static void run(List<Kind> kinds, int maxOps, boolean backward, int tries) {
        int[] perLens = new int[LENSES.size()];
        Map<String, Integer> skipped = new TreeMap<>();
        for (int i = 0; i < tries; i++) {
            // the kinds' names, not their hash codes: an enum's hash code differs from one JVM to the next
            long seed = SEED + kinds.toString().hashCode() * 31L + i;
            int which = i % LENSES.size();
            Lens lens = LENSES.get(which);
            PatchGen gen = new PatchGen(seed, true, true);
            JsonNode doc = gen.value(Fixtures.V1);
            JsonNode patched = backward ? lens.forward(doc) : doc;
            Type type = backward ? lens.targetType(Fixtures.V1) : Fixtures.V1;
            JsonPatch patch = gen.patch(patched, type, maxOps, kinds);
            if (patch.ops().isEmpty()) {
                continue;
            }
            Lens l = backward ? lens.reverse() : lens;
            JsonNode base = backward ? doc : null;
            BiFunction<JsonNode, JsonPatch, String> law = (d, p) -> PatchLaws.pathLevel(l, type, d, p, base).violation();
            PatchLaws.PathLevel result = PatchLaws.pathLevel(l, type, patched, patch, base);
            if (result.violation() != null) {
                PatchLaws.Case small = PatchLaws.shrink(new PatchLaws.Case(patched, patch), law);
                fail("path-level law fails for lens '" + NAMES.get(which) + "' " + (backward ? "backward" : "forward")
                        + " (seed " + seed + ", try " + i + ")\n  shrunk document: " + small.doc()
                        + "\n  shrunk patch: " + small.patch() + "\n  " + law.apply(small.doc(), small.patch())
                        + "\n  original document: " + patched + "\n  original patch: " + patch);
            }
            if (result.checked()) {
                perLens[which]++;
            } else {
                skipped.merge(NAMES.get(which) + ": " + result.skipped().replaceAll(":.*", ""), 1, Integer::sum);
            }
        }
        // every lens op meets the patch op kinds: the matrix is covered, not just the total
        for (int l = 0; l < perLens.length; l++) {
            if (perLens[l] < tries / LENSES.size() / 3) {
                fail("lens '" + NAMES.get(l) + "' " + (backward ? "backward" : "forward") + " was checked only "
                        + perLens[l] + " times for " + kinds + "; skipped: " + skipped);
            }
        }
    }
}
