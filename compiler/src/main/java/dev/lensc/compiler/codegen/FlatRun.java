package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run of ops on one object level that generated code does in a single pass over the fields
 * (get mode): renames, removes, adds and value changes ({@code convert}, {@code wrap},
 * {@code head}, {@code in}). The ops are played at compile time on <em>slots</em>: a slot is a field
 * of the input (found under its original key) or an added field, with its final name and the
 * value changes to apply. The pass keeps input fields in place and appends added fields in the
 * order the ops add them, as the interpreter does.
 *
 * <p>At most one op of a run may fail on a valid document, so the pass fails where the
 * interpreter would, with the same message.
 */
final class FlatRun {

    /** A field of the output: from the input (origin != null) or added (origin == null). */
    static final class Slot {
        final String origin;
        final JsonNode added;
        String name;
        boolean removed;
        final List<LensOp> changes = new ArrayList<>();

        Slot(String origin, JsonNode added, String name) {
            this.origin = origin;
            this.added = added;
            this.name = name;
        }
    }

    final List<LensOp> ops;
    final List<Slot> inputSlots = new ArrayList<>();
    final List<Slot> addedSlots = new ArrayList<>();

    private FlatRun(List<LensOp> ops) {
        this.ops = List.copyOf(ops);
        Map<String, Slot> current = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        for (LensOp op : ops) {
            if (op instanceof LensOp.Rename r) {
                Slot s = slot(r.from(), current, claimed);
                if (s != null) {
                    current.remove(r.from());
                    s.name = r.to();
                    current.put(r.to(), s);
                    claimed.add(r.to());
                }
            } else if (op instanceof LensOp.Remove r) {
                Slot s = slot(r.name(), current, claimed);
                if (s != null) {
                    current.remove(r.name());
                    s.removed = true;
                }
            } else if (op instanceof LensOp.Add a) {
                Slot s = new Slot(null, a.defaultValue(), a.name());
                addedSlots.add(s);
                current.put(a.name(), s);
                claimed.add(a.name());
            } else {
                Slot s = slot(changedField(op), current, claimed);
                if (s != null) {
                    s.changes.add(op);
                }
            }
        }
    }

    private Slot slot(String name, Map<String, Slot> current, Set<String> claimed) {
        Slot s = current.get(name);
        if (s != null || claimed.contains(name)) {
            return s; // null: the field was renamed away or removed, so the op finds nothing
        }
        s = new Slot(name, null, name);
        claimed.add(name);
        current.put(name, s);
        inputSlots.add(s);
        return s;
    }

    private static String changedField(LensOp op) {
        if (op instanceof LensOp.Convert c) {
            return c.name();
        } else if (op instanceof LensOp.Wrap w) {
            return w.name();
        } else if (op instanceof LensOp.Head h) {
            return h.name();
        } else if (op instanceof LensOp.In in) {
            return in.name();
        }
        throw new IllegalArgumentException("not a flat op: " + op);
    }

    /**
     * Splits a fused get-mode list into items: a {@link FlatRun} for every stretch of two or more
     * flat ops (or any at the start) with at most one that may fail, the op itself otherwise.
     */
    static List<Object> split(List<LensOp> ops) {
        List<Object> out = new ArrayList<>();
        List<LensOp> run = new ArrayList<>();
        boolean runMayFail = false;
        for (LensOp op : ops) {
            boolean flat = isFlat(op);
            if (flat && !(runMayFail && mayFail(op))) {
                run.add(op);
                runMayFail |= mayFail(op);
                continue;
            }
            flush(run, out);
            runMayFail = false;
            if (flat) {
                run.add(op);
                runMayFail = mayFail(op);
            } else {
                out.add(op);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<LensOp> run, List<Object> out) {
        // first in its list, even one op is worth a pass: the pass replaces copying the input
        if (run.size() >= 2 || (!run.isEmpty() && out.isEmpty())) {
            out.add(new FlatRun(run));
        } else {
            out.addAll(run);
        }
        run.clear();
    }

    private static boolean isFlat(LensOp op) {
        return op instanceof LensOp.Rename || op instanceof LensOp.Remove || op instanceof LensOp.Add
                || op instanceof LensOp.Convert || op instanceof LensOp.Wrap || op instanceof LensOp.Head
                || op instanceof LensOp.In;
    }

    /** Whether the op can fail on a document valid in its version. */
    private static boolean mayFail(LensOp op) {
        return (op instanceof LensOp.Convert c && c.forwardFallback() == null) || op instanceof LensOp.In;
    }
}
