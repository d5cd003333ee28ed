package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import java.util.ArrayList;
import java.util.List;

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
        return new TranslationPlan(ops, fused, steps(fused));
    }

    /** One step of a run without a base. */
    sealed interface Step permits Pass, Single {}

    /** An op done on its own, as the interpreter does it. */
    record Single(LensOp op) implements Step {}

    /**
     * A run of ops on one object level done in a single pass over its fields: renames, removes,
     * adds and value changes ({@code convert}, {@code wrap}, {@code head}, {@code in}). The pass keeps
     * input fields in place and appends added fields in the order the ops add them, as the
     * interpreter does. At most one of its ops may fail on a valid document, so the pass fails where
     * the interpreter would, with the same message.
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
     * apply, innermost first; {@code removed} when a later op removes it.
     */
    record Slot(String origin, JsonNode added, String name, boolean removed, List<LensOp> changes) {
        Slot {
            changes = List.copyOf(changes);
        }

        /** Whether a change can fail on a valid value: a removed slot is still changed then, for the failure. */
        boolean changeMayFail() {
            for (LensOp op : changes) {
                if (OpTraits.mayFail(op)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Splits a fused list into steps: a {@link Pass} for every stretch of two or more flat ops (or
     * any at the start) with at most one that may fail, the op itself otherwise.
     */
    static List<Step> steps(List<LensOp> fused) {
        List<Step> out = new ArrayList<>();
        List<LensOp> run = new ArrayList<>();
        boolean runMayFail = false;
        for (LensOp op : fused) {
            boolean flat = OpTraits.flat(op);
            if (flat && !(runMayFail && OpTraits.mayFail(op))) {
                run.add(op);
                runMayFail |= OpTraits.mayFail(op);
                continue;
            }
            flush(run, out);
            runMayFail = false;
            if (flat) {
                run.add(op);
                runMayFail = OpTraits.mayFail(op);
            } else {
                out.add(new Single(op));
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
