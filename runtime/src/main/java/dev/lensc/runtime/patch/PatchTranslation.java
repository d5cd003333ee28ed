package dev.lensc.runtime.patch;

import dev.lensc.runtime.lens.LensException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A patch translated to another version: the ops to apply there, and a note for every source op
 * that did not translate plainly.
 *
 * <ul>
 *   <li>{@link Dropped}: the op has no counterpart in the target version (an edit of a field the
 *       target does not have); it is left out. Not an error, unless the caller is {@link #strict()}.</li>
 *   <li>{@link Rejected}: the edit is invalid (a value the lens cannot map, a path the source version
 *       does not have, a value of the wrong type) or cannot be translated at all (its value comes from
 *       the document, which the path-level mode does not have). The op is left out, and the
 *       translation as a whole has failed: {@link #isRejected()}, {@link #orThrow()}.</li>
 *   <li>{@link Warning}: the op was translated on a reading of data the patch does not carry (the
 *       path-level mode takes Cambria's reading); the translation is right where the reading holds.</li>
 * </ul>
 */
public record PatchTranslation(JsonPatch patch, List<Dropped> dropped, List<Rejected> rejected,
        List<Warning> warnings) {

    public PatchTranslation {
        Objects.requireNonNull(patch, "patch");
        dropped = List.copyOf(dropped);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public PatchTranslation(JsonPatch patch, List<Dropped> dropped) {
        this(patch, dropped, List.of(), List.of());
    }

    /** What is said about one source op: its index in the patch, the pointer it is about, and why. */
    public sealed interface Note permits Dropped, Rejected, Warning {
        int index();

        String pointer();

        String reason();

        /** {@code op 2 at /status: reason}. */
        default String describe() {
            return "op " + index() + " at " + (pointer().isEmpty() ? "/" : pointer()) + ": " + reason();
        }
    }

    /** A source op whose effect does not reach the target version. */
    public record Dropped(int index, String pointer, PatchOp op, String reason) implements Note {
        public Dropped {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(reason, "reason");
        }

        public Dropped(int index, PatchOp op, String reason) {
            this(index, op.path(), op, reason);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** Why an op is rejected. */
    public enum Cause {
        /** a path the source version does not have */
        NO_SUCH_PATH,
        /** a value that does not fit the type at its path */
        WRONG_TYPE,
        /** the removal of a field the source version requires */
        REQUIRED_FIELD,
        /** a value the lens cannot map (a convert table without it, a custom lens that refuses it) */
        UNMAPPABLE_VALUE,
        /** the op's effect in the target depends on data only the document has */
        NEEDS_DOCUMENT,
        /** a dropped op, under {@link PatchTranslation#strict()} */
        DROPPED
    }

    /** A source op that is not a valid edit of the source version, or cannot be translated. */
    public record Rejected(int index, String pointer, PatchOp op, Cause cause, String reason) implements Note {
        public Rejected {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** A source op translated on a reading of data the patch does not carry. */
    public record Warning(int index, String pointer, String reason) implements Note {
        public Warning {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    public List<PatchOp> ops() {
        return patch.ops();
    }

    public boolean isLossless() {
        return dropped.isEmpty();
    }

    public boolean isRejected() {
        return !rejected.isEmpty();
    }

    /** Every dropped op made a rejection: for callers to whom a lost edit is a failed edit. */
    public PatchTranslation strict() {
        if (dropped.isEmpty()) {
            return this;
        }
        List<Rejected> all = new ArrayList<>(rejected);
        for (Dropped d : dropped) {
            all.add(new Rejected(d.index(), d.pointer(), d.op(), Cause.DROPPED, "no counterpart in the target version: " + d.reason()));
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new PatchTranslation(patch, List.of(), all, warnings);
    }

    /** This translation, or a {@link LensException} naming the first rejected op's index and pointer. */
    public PatchTranslation orThrow() {
        if (rejected.isEmpty()) {
            return this;
        }
        Rejected first = rejected.get(0);
        String more = rejected.size() > 1 ? " (and " + (rejected.size() - 1) + " more rejected op(s))" : "";
        throw new LensException("patch op " + first.index() + " is rejected: " + first.reason() + more,
                first.pointer(), null);
    }
}
