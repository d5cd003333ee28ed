package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays a run of flat ops at compile time on slots, to plan a {@link TranslationPlan.Pass}: a slot
 * is a field of the input (found under its original key) or an added field, followed through
 * renames, removes and value changes. The slots are mutable only here, while the ops are played.
 */
final class PassPlanner {
    private static final class Slot {
        final String origin;
        final JsonNode added;
        String name;
        boolean removed;
        final List<LensOp> changes = new ArrayList<>();
        int failsAt = -1;

        Slot(String origin, JsonNode added, String name) {
            this.origin = origin;
            this.added = added;
            this.name = name;
        }

        TranslationPlan.Slot freeze() {
            return new TranslationPlan.Slot(origin, added, name, removed, changes, failsAt);
        }
    }

    private final List<Slot> inputSlots = new ArrayList<>();
    private final List<Slot> addedSlots = new ArrayList<>();
    private final Map<String, Slot> current = new LinkedHashMap<>();
    private final Set<String> claimed = new HashSet<>();

    private PassPlanner() {}

    /** The pass of {@code ops}, or null when a slot would have two changes that may fail. */
    static TranslationPlan.Pass plan(List<LensOp> ops) {
        PassPlanner p = new PassPlanner();
        for (int i = 0; i < ops.size(); i++) {
            if (!p.play(ops.get(i), i)) {
                return null;
            }
        }
        return new TranslationPlan.Pass(ops, p.inputSlots.stream().map(Slot::freeze).toList(),
                p.addedSlots.stream().map(Slot::freeze).toList());
    }

    /** Plays op {@code index}; false when it is a second change of one slot that may fail. */
    private boolean play(LensOp op, int index) {
        if (op instanceof LensOp.Rename r) {
            Slot s = slot(r.from());
            if (s != null) {
                current.remove(r.from());
                s.name = r.to();
                current.put(r.to(), s);
                claimed.add(r.to());
            }
        } else if (op instanceof LensOp.Remove r) {
            Slot s = slot(r.name());
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
            Slot s = slot(OpTraits.changedField(op));
            if (s != null) {
                s.changes.add(op);
                if (TranslationPlan.mayFail(op)) {
                    if (s.failsAt >= 0) {
                        return false;
                    }
                    s.failsAt = index;
                }
            }
        }
        return true;
    }

    private Slot slot(String name) {
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
}
