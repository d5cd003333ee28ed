package dev.lensc.runtime.lens;

import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chain of ops run on a schema, derived once ({@link SchemaTransform#derive}): the type each op
 * runs on and the type it yields, with the derivations of the ops nested in {@code in} and
 * {@code map}. Loss analysis, law checks and the document graph read it instead of deriving again.
 *
 * @param source the type the first op runs on
 * @param steps one step per op, in order
 * @param target the type after the last op ({@code source} when there are none)
 */
public record Derivation(Type source, List<Step> steps, Type target) {
    public Derivation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        steps = List.copyOf(steps);
    }

    /**
     * One op on the type before it.
     *
     * @param nested the derivation of an {@code in}'s ops on its field's type or a {@code map}'s ops
     *     on the item type; null for other ops and where the op did not apply (an unknown field)
     */
    public record Step(LensOp op, Type before, Type after, Derivation nested) {
        public Step {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        public Optional<Derivation> inner() {
            return Optional.ofNullable(nested);
        }
    }

    public List<LensOp> ops() {
        return steps.stream().map(Step::op).toList();
    }
}
