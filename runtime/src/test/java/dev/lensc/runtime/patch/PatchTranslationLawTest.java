package dev.lensc.runtime.patch;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.patch.PatchGen.Kind;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commutation laws, on random documents and patches from seeded generators: every try names its
 * seed, and a failure prints the shrunk counterexample.
 */
class PatchTranslationLawTest {
    /** Raise with -Dlensc.patch.tries=20000 for a deeper run. */
    private static final int TRIES = Integer.getInteger("lensc.patch.tries", 1_000);
    private static final long SEED = 0x1e45c0deL;

    private static final List<String> NAMES = new ArrayList<>(Fixtures.singleOps().keySet());
    private static final List<Lens> LENSES = new ArrayList<>(Fixtures.singleOps().values());

    static {
        NAMES.add("chain of all ops");
        LENSES.add(Fixtures.chain());
    }

    @Test
    void forward_commutes_forAdd() {
        forward(List.of(Kind.ADD), 1);
    }

    @Test
    void forward_commutes_forRemove() {
        forward(List.of(Kind.REMOVE), 1);
    }

    @Test
    void forward_commutes_forReplace() {
        forward(List.of(Kind.REPLACE), 1);
    }

    @Test
    void forward_commutes_forMove() {
        forward(List.of(Kind.MOVE), 1);
    }

    @Test
    void forward_commutes_forCopy() {
        forward(List.of(Kind.COPY), 1);
    }

    @Test
    void forward_commutes_forTest() {
        forward(List.of(Kind.TEST), 1);
    }

    @Test
    void forward_commutes_forRandomChainsOfOps() {
        forward(List.of(Kind.values()), 8);
    }

    @Test
    void backward_commutes_forAdd() {
        backward(List.of(Kind.ADD), 1);
    }

    @Test
    void backward_commutes_forRemove() {
        backward(List.of(Kind.REMOVE), 1);
    }

    @Test
    void backward_commutes_forReplace() {
        backward(List.of(Kind.REPLACE), 1);
    }

    @Test
    void backward_commutes_forMove() {
        backward(List.of(Kind.MOVE), 1);
    }

    @Test
    void backward_commutes_forCopy() {
        backward(List.of(Kind.COPY), 1);
    }

    @Test
    void backward_commutes_forTest() {
        backward(List.of(Kind.TEST), 1);
    }

    @Test
    void backward_commutes_forRandomChainsOfOps() {
        backward(List.of(Kind.values()), 8);
    }

    private static void forward(List<Kind> kinds, int maxOps) {
        run(kinds, maxOps, false);
    }

    private static void backward(List<Kind> kinds, int maxOps) {
        run(kinds, maxOps, true);
    }

    private static void run(List<Kind> kinds, int maxOps, boolean backward) {
        int checked = 0;
        int[] perLens = new int[LENSES.size()];
        for (int i = 0; i < TRIES; i++) {
            // the kinds' names, not their hash codes: an enum's hash code differs from one JVM to the next
            long seed = SEED + kinds.toString().hashCode() * 31L + i;
            int which = i % LENSES.size();
            Lens lens = LENSES.get(which);
            PatchGen gen = new PatchGen(seed, true);
            JsonNode doc = gen.value(Fixtures.V1);
            JsonNode patchedDoc = backward ? lens.forward(doc) : doc;
            Type patchedType = backward ? lens.targetType(Fixtures.V1) : Fixtures.V1;
            JsonPatch patch = gen.patch(patchedDoc, patchedType, maxOps, kinds);
            if (patch.ops().isEmpty()) {
                continue;
            }
            checked++;
            perLens[which]++;
            java.util.function.BiFunction<JsonNode, JsonPatch, String> law = backward
                    ? (d, p) -> PatchLaws.backward(lens, d, p)
                    : (d, p) -> PatchLaws.forward(lens, d, p);
            String violation = law.apply(doc, patch);
            if (violation != null) {
                PatchLaws.Case small = PatchLaws.shrink(new PatchLaws.Case(doc, patch), law);
                fail((backward ? "backward" : "forward") + " law fails for lens '" + NAMES.get(which) + "' (seed "
                        + seed + ", try " + i + ")\n  shrunk document: " + small.doc() + "\n  shrunk patch: "
                        + small.patch() + "\n  " + law.apply(small.doc(), small.patch())
                        + "\n  original document: " + doc + "\n  original patch: " + patch);
            }
        }
        if (checked < TRIES * 9 / 10) {
            fail("only " + checked + " of " + TRIES + " tries produced a patch");
        }
        // every lens op meets every patch op kind: the matrix is covered, not just the total
        for (int l = 0; l < perLens.length; l++) {
            if (perLens[l] < TRIES / LENSES.size() * 8 / 10) {
                fail("lens '" + NAMES.get(l) + "' got only " + perLens[l] + " tries of " + kinds);
            }
        }
    }

    /** Equal kinds, except that a move or copy out of a field the target lacks arrives as an add. */
    private static boolean sameKinds(List<String> source, List<String> translated) {
        if (source.size() != translated.size()) {
            return false;
        }
        for (int i = 0; i < source.size(); i++) {
            String s = source.get(i);
            String t = translated.get(i);
            if (!s.equals(t) && !((s.equals("move") || s.equals("copy")) && t.equals("add"))
                    && !(s.equals("move") && t.equals("remove"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Through lenses that only move fields around, every op keeps its kind: a rename never turns a
     * move into a remove and an add, nor a write into a diff of the whole document. (Hoist and
     * plunge are not here: a whole write of the host there rightly becomes two writes.)
     */
    @Test
    void structuralLenses_translateOpForOp_keepingEachOpsKind() {
        for (String name : List.of("rename", "rename escaped", "in", "map")) {
            Lens lens = Fixtures.singleOps().get(name);
            for (int i = 0; i < TRIES / 2; i++) {
                long seed = SEED * 7 + i;
                boolean backward = i % 2 == 1;
                PatchGen gen = new PatchGen(seed, false);
                JsonNode doc = gen.value(Fixtures.V1);
                JsonNode patched = backward ? lens.forward(doc) : doc;
                Type type = backward ? lens.targetType(Fixtures.V1) : Fixtures.V1;
                JsonPatch patch = gen.patch(patched, type, 4, List.of(Kind.values()));
                PatchTranslation tr = backward ? PatchTranslator.backward(lens, patch, doc)
                        : PatchTranslator.forward(lens, patch, doc);
                java.util.Set<Integer> dropped = new java.util.HashSet<>();
                // a move out to a field the target lacks is reported, yet still translated (as a remove)
                tr.dropped().stream().filter(d -> !d.reason().startsWith("the value leaves"))
                        .forEach(d -> dropped.add(d.index()));
                List<String> kinds = new ArrayList<>();
                for (int k = 0; k < patch.ops().size(); k++) {
                    if (!dropped.contains(k)) {
                        kinds.add(patch.ops().get(k).name());
                    }
                }
                List<String> translatedKinds = tr.ops().stream().map(PatchOp::name).toList();
                if (!sameKinds(kinds, translatedKinds)) {
                    fail("lens '" + name + "' " + (backward ? "backward" : "forward") + " (seed " + seed + ")\n  doc "
                            + doc + "\n  patch " + patch + "\n  translated " + tr.patch() + "\n  dropped "
                            + tr.dropped());
                }
            }
        }
    }
}
