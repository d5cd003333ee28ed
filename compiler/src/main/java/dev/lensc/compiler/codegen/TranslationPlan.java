package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a translator does for one list of ops, decided at compile time and immutable, so that every
 * back end (the JavaPoet emitter today, a streaming translator later) consumes the same plan.
 * Without a base (get, create) the ops are fused ({@link Fusion}) and split into {@link Step}s:
 * single passes over an object's fields and ops on their own. With a base (put) the ops run as
 * written, never fused.
 *
 * @param ops the ops as written: what a run onto a base does
 * @param fused the ops after fusion: what a run without a base does
 * @param get the fused ops as steps
 */
record TranslationPlan(List<LensOp> ops, List<LensOp> fused, List<Step> get) {
    TranslationPlan {
        ops = List.copyOf(ops);
        fused = List.copyOf(fused);
        get = List.copyOf(get);
    }

    static TranslationPlan of(List<LensOp> ops) {
        List<LensOp> fused = Fusion.fuse(ops);
        return new TranslationPlan(ops, fused, steps(gathered(fused)));
    }

    /**
     * The ops with each flat op that adds no field moved back to join the nearest run of flat ops
     * before it, over ops (hoists, plunges, other flat ops) that touch none of its fields: such ops
     * commute, and one that adds nothing moves no key, so the result and its key order stay. Two
     * ops that may fail keep their order, so a failure stays the interpreter's. Fewer, longer
     * passes: a chain that hoists and plunges between its renames and converts runs fewer loops.
     */
    static List<LensOp> gathered(List<LensOp> ops) {
        List<LensOp> out = new ArrayList<>(ops.size());
        for (LensOp op : ops) {
            int at = out.size();
            if (OpTraits.flat(op) && !(op instanceof LensOp.Add) && at > 0 && !OpTraits.flat(out.get(at - 1))) {
                int k = at;
                while (k > 0 && commutes(out.get(k - 1), op)) {
                    k--;
                }
                // right after the nearest flat op it may pass, or after the flat op that stops it
                int p = at - 1;
                while (p >= k && !OpTraits.flat(out.get(p))) {
                    p--;
                }
                if (p >= k || (k > 0 && OpTraits.flat(out.get(k - 1)))) {
                    at = p + 1;
                }
            }
            out.add(at, op);
        }
        return out;
    }

    private static boolean commutes(LensOp earlier, LensOp flat) {
        Set<String> a = OpTraits.fields(earlier);
        Set<String> b = OpTraits.fields(flat);
        return a != null && b != null && a.stream().noneMatch(b::contains)
                && !(mayFail(earlier) && mayFail(flat));
    }

    /**
     * Whether an op may fail on the document it is given: {@link OpTraits#mayFail} (on one that fits
     * its version), or a {@code head} of a value that is neither an array nor null (one that does
     * not). Fused code keeps such failures, and their order, as the interpreter's.
     */
    static boolean mayFail(LensOp op) {
        return OpTraits.mayFail(op) || op instanceof LensOp.Head;
    }

    /** One step of a run without a base. */
    sealed interface Step permits Pass, Single {}

    /** An op done on its own, as the interpreter does it. */
    record Single(LensOp op) implements Step {}

    /**
     * A run of ops on one object level done in a single pass over its fields: renames, removes,
     * adds and value changes ({@code convert}, {@code wrap}, {@code head}, {@code in}). The pass keeps
     * input fields in place and appends added fields in the order the ops add them, as the
     * interpreter does. At most one change of each slot may fail on a valid document; a slot's
     * failure waits until the pass has seen every field and the one of the earliest op is thrown
     * ({@link Slot#failsAt}), so the pass fails where the interpreter would, with the same message.
     */
    record Pass(List<LensOp> ops, List<Slot> inputSlots, List<Slot> addedSlots) implements Step {
        Pass {
            ops = List.copyOf(ops);
            inputSlots = List.copyOf(inputSlots);
            addedSlots = List.copyOf(addedSlots);
        }
    }

    /**
     * A field of a pass's output: from the input (found under {@code origin}) or added
     * ({@code origin} null, value {@code added}), with its final name and the value changes to
     * apply, innermost first; {@code removed} when a later op removes it; {@code failsAt} the index
     * in the pass's ops of its change that may fail, -1 when none may.
     */
    record Slot(String origin, JsonNode added, String name, boolean removed, List<LensOp> changes, int failsAt) {
        Slot {
            changes = List.copyOf(changes);
        }

        /** Whether a change can fail on a valid value: a removed slot is still changed then, for the failure. */
        boolean changeMayFail() {
            return failsAt >= 0;
        }
    }

    /** The slots of a pass whose changes may fail. */
    static int failingSlots(Pass pass) {
        int n = 0;
        for (List<Slot> slots : List.of(pass.inputSlots(), pass.addedSlots())) {
            for (Slot s : slots) {
                n += s.changeMayFail() ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * Splits a fused list into steps: a {@link Pass} for every stretch of two or more flat ops (or
     * any at the start) in which no slot has two changes that may fail, the op itself otherwise.
     */
    static List<Step> steps(List<LensOp> fused) {
        List<Step> out = new ArrayList<>();
        List<LensOp> run = new ArrayList<>();
        for (LensOp op : fused) {
            if (!OpTraits.flat(op)) {
                flush(run, out);
                out.add(new Single(op));
                continue;
            }
            run.add(op);
            if (mayFail(op) && PassPlanner.plan(run) == null) {
                run.remove(run.size() - 1);
                flush(run, out);
                run.add(op);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<LensOp> run, List<Step> out) {
        // first in its list, even one op is worth a pass: the pass replaces copying the input
        if (run.size() >= 2 || (!run.isEmpty() && out.isEmpty())) {
            out.add(PassPlanner.plan(run));
        } else {
            run.forEach(op -> out.add(new Single(op)));
        }
        run.clear();
    }
}
