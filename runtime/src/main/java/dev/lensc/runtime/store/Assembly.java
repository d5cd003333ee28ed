package dev.lensc.runtime.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A target-oriented transformer: one version of a document type that is assembled from its own
 * type's other versions (through the lens graph, as every version is) and from documents of other
 * types that reference it. Chesterfield's split: a v2 app writes {@code todo-item@2} and
 * {@code status@1 {todoId, done}}; {@code todo-item@1} (which still has {@code isDone}) is
 * assembled from both:
 *
 * <pre>{@code
 * Assembly.of("todo-item", 1)
 *         .input("status", 1, "todoId", Part.lens(Lens.of(rename done -> isDone), "isDone"))
 * }</pre>
 *
 * In a {@code .lens} file the same is {@code assemble version 1 { isDone from Status version 1 by
 * todoId { rename done -> isDone } }} inside {@code schema TodoItem}; the DSL's checker builds this
 * record. A store (lens-store) keeps the target pending while an input is missing, writes it as
 * soon as the last input arrives (in any order), and rewrites it when any input changes; a client
 * that writes the target version writes every input through its part, backwards.
 *
 * <p>Type names are kept as ids spell them ({@link TypeNames#kebab}: {@code TodoItem} is
 * {@code todo-item}).
 */
public record Assembly(String type, int version, List<Input> inputs) {

    /** An input: documents of {@code type@version} whose field {@code reference} holds the target's key. */
    public record Input(String type, int version, String reference, Part part) {
        public Input {
            type = TypeNames.kebab(type);
        }
    }

    public Assembly {
        type = TypeNames.kebab(type);
        inputs = List.copyOf(inputs);
    }

    public static Assembly of(String type, int version) {
        return new Assembly(type, version, List.of());
    }

    public Assembly input(String inputType, int inputVersion, String reference, Part part) {
        List<Input> all = new ArrayList<>(inputs);
        all.add(new Input(inputType, inputVersion, reference, part));
        return new Assembly(type, version, all);
    }

    @Override
    public String toString() {
        return type + "@" + version;
    }
}
