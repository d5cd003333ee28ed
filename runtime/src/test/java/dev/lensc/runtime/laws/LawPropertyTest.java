package dev.lensc.runtime.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Type.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The round-trip laws over generated documents, per op kind and for random chains, in both
 * directions (every lens is also checked reversed). GetPut holds everywhere; the view-side laws
 * may fail only where {@link LossAnalysis} names a loss that explains it.
 */
class LawPropertyTest {
    private static final long SEED = 20261123L;
    private static final int LENSES = 50;
    private static final int TRIES_PER_LENS = 25; // 50 lenses x 25 documents = 1,250 tries per law and kind

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Rename", "Add", "Remove", "Hoist", "Plunge", "Wrap", "Head", "In", "Map", "Convert", "Split", "Merge"})
    void lawsHold_forEveryOpKind_bothWays(String kind) {
        Random random = new Random(SEED + kind.hashCode());
        RandomLenses lenses = new RandomLenses(random, kind.equals("Split") || kind.equals("Merge"));
        int checked = 0;
        for (int attempts = 0; checked < LENSES && attempts < LENSES * 200; attempts++) {
            ObjectType schema = lenses.schema(2);
            LensOp op = lenses.op(schema, 2);
            if (!kindOf(op).equals(kind)) {
                continue;
            }
            checkBothWays(Lens.of(op), schema, kind + " #" + checked);
            checked++;
        }
        assertEquals(LENSES, checked, "could not generate enough " + kind + " lenses");
    }

    @Test
    void lawsHold_forRandomChains_bothWays() {
        Random random = new Random(SEED);
        RandomLenses lenses = new RandomLenses(random);
        for (int i = 0; i < LENSES; i++) {
            ObjectType schema = lenses.schema(2);
            List<LensOp> chain = lenses.chain(schema, 2 + random.nextInt(6));
            checkBothWays(new Lens(chain), schema, "chain #" + i);
        }
    }

    @Test
    void lawsHold_forRandomChainsWithSplitsAndMerges_bothWays() {
        Random random = new Random(SEED + 2);
        RandomLenses lenses = new RandomLenses(random, true);
        int checked = 0;
        for (int i = 0; checked < LENSES && i < LENSES * 20; i++) {
            ObjectType schema = lenses.schema(2);
            List<LensOp> chain = lenses.chain(schema, 2 + random.nextInt(6));
            if (reversible(chain, schema)) {
                checkBothWays(new Lens(chain), schema, "chain with splits #" + i);
                checked++;
            }
        }
        assertEquals(LENSES, checked);
    }

    @Test
    void losslessOps_keepEveryLaw() {
        Random random = new Random(SEED + 1);
        RandomLenses lenses = new RandomLenses(random);
        int checked = 0;
        for (int i = 0; checked < LENSES && i < 10_000; i++) {
            ObjectType schema = lenses.schema(2);
            List<LensOp> chain = lenses.chain(schema, 1 + random.nextInt(4));
            Lens lens = new Lens(chain);
            if (!LossAnalysis.losses(chain, schema).isEmpty()) {
                continue;
            }
            for (LawResult r : new LensLaws(LawSettings.of(SEED + i, TRIES_PER_LENS)).check("lossless #" + checked, lens, schema)) {
                assertEquals(LawResult.Status.PASSED, r.status(), () -> describe(r, chain));
            }
            checked++;
        }
        assertEquals(LENSES, checked);
    }

    /**
     * Whether the chain's reverse derives on its target: a merge needs strings that cannot be null,
     * and going back a hoist out of a host that may be null makes its field nullable.
     */
    private static boolean reversible(List<LensOp> chain, ObjectType schema) {
        try {
            Lens lens = new Lens(chain);
            lens.reverse().targetType(lens.targetType(schema));
            return true;
        } catch (dev.lensc.runtime.lens.LensException e) {
            return false;
        }
    }

    private static void checkBothWays(Lens lens, ObjectType schema, String name) {
        LensLaws laws = new LensLaws(LawSettings.of(SEED, TRIES_PER_LENS));
        List<LawResult> results = new ArrayList<>(laws.check(name, lens, schema));
        results.addAll(laws.check(name + " reversed", lens.reverse(), lens.targetType(schema)));
        for (LawResult r : results) {
            if (r.failed() && !r.explained()) {
                fail("a law broke where static analysis finds no loss:\n" + describe(r, lens.ops()));
            }
        }
    }

    private static String describe(LawResult r, List<LensOp> ops) {
        Counterexample c = r.counterexample();
        return r.lens() + ": " + r.law().title() + " " + r.status() + " (seed " + r.seed() + ", try " + r.tries() + ")\n"
                + "  ops: " + ops + "\n"
                + (c == null ? "" : "  input: " + c.input() + "\n  original: " + c.original() + "\n  translated: "
                        + c.translated() + "\n  round trip: " + c.roundTripped() + "\n  at: " + c.pointer() + "\n  "
                        + c.problem());
    }

    private static String kindOf(LensOp op) {
        if (op instanceof LensOp.In in && in.ops().size() == 1 && in.ops().get(0) instanceof LensOp.Map) {
            return "Map";
        }
        return op.getClass().getSimpleName();
    }

}
