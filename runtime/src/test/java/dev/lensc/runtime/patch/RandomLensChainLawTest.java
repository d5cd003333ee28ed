package dev.lensc.runtime.patch;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.PatchGen.Kind;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The commutation laws on random schemas and random chains of lens ops (the runtime's
 * {@link RandomLenses}), with random multi-op patches, both directions.
 */
class RandomLensChainLawTest {
    /** Raise with -Dlensc.patch.tries=20000 for a deeper run. */
    private static final int TRIES = Integer.getInteger("lensc.patch.tries", 1_000);

    @Test
    void forward_commutes_onRandomLensChains() {
        run(false, false);
    }

    @Test
    void backward_commutes_onRandomLensChains() {
        run(true, false);
    }

    @Test
    void forward_commutes_onRandomLensChainsWithSplitsAndMerges() {
        run(false, true);
    }

    @Test
    void backward_commutes_onRandomLensChainsWithSplitsAndMerges() {
        run(true, true);
    }

    private static void run(boolean backward, boolean splits) {
        int checked = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            RandomLenses lenses = new RandomLenses(new Random(seed), splits);
            Type.ObjectType schema = lenses.schema(2);
            Lens lens = new Lens(lenses.chain(schema, 1 + (int) (seed % 4)));
            PatchGen gen = new PatchGen(seed, true);
            JsonNode doc = gen.value(schema);
            JsonNode view;
            Type viewType;
            try {
                view = lens.forward(doc);
                viewType = lens.targetType(schema);
            } catch (LensException e) {
                continue; // a document the chain itself rejects says nothing about patches
            }
            JsonPatch patch = backward ? gen.patch(view, viewType, 5, List.of(Kind.values()))
                    : gen.patch(doc, schema, 5, List.of(Kind.values()));
            if (patch.ops().isEmpty()) {
                continue;
            }
            checked++;
            BiFunction<JsonNode, JsonPatch, String> law = backward
                    ? (d, p) -> PatchLaws.backward(lens, d, p)
                    : (d, p) -> PatchLaws.forward(lens, d, p);
            String violation = law.apply(doc, patch);
            if (violation != null) {
                PatchLaws.Case small = PatchLaws.shrink(new PatchLaws.Case(doc, patch), law);
                fail((backward ? "backward" : "forward") + " law fails (seed " + seed + ")\n  lens " + lens.ops()
                        + "\n  shrunk document: " + small.doc() + "\n  shrunk patch: " + small.patch() + "\n  "
                        + law.apply(small.doc(), small.patch()));
            }
        }
        if (checked < TRIES * 8 / 10) {
            fail("only " + checked + " of " + TRIES + " tries checked");
        }
    }
}
