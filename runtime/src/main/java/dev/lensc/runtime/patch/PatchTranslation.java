package dev.lensc.runtime.patch;

import java.util.List;
import java.util.Objects;

/**
 * A patch translated to another version: the ops to apply there, and the source ops (or parts of
 * them) that have no counterpart there, each with the reason.
 */
public record PatchTranslation(JsonPatch patch, List<Dropped> dropped) {

    public PatchTranslation {
        Objects.requireNonNull(patch, "patch");
        dropped = List.copyOf(dropped);
    }

    /** A source op whose effect does not reach the target version. */
    public record Dropped(int index, PatchOp op, String reason) {
        public Dropped {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "op " + index + " " + op.toJson() + ": " + reason;
        }
    }

    public List<PatchOp> ops() {
        return patch.ops();
    }

    public boolean isLossless() {
        return dropped.isEmpty();
    }
}
