package dev.lensc.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one input document contributes to an assembled document: {@link #forward} gives the fields
 * it supplies, {@link #backward} turns an assembled document written by a client of that version
 * back into the input (onto the stored input, so what only the input knows survives). A part is a
 * lens (data: what a {@code .lens} file declares) or two functions (code).
 */
public sealed interface Part {

    /** The fields this input supplies, by their names in the assembled document. */
    List<String> fields();

    /** The supplied fields, from the input document; only {@link #fields()} are taken. */
    ObjectNode forward(JsonNode input);

    /** The input document that supplies {@code assembled}'s fields; {@code storedInput} may be null. */
    JsonNode backward(JsonNode assembled, JsonNode storedInput);

    /**
     * A lens from the input document to an object holding the supplied fields, e.g. for
     * {@code status@1 {todoId, done}}: {@code rename done -> isDone} supplies {@code isDone}. Going
     * back the lens runs reversed onto the stored input.
     */
    static Part lens(Lens lens, String... fields) {
        return new LensPart(lens, List.of(fields));
    }

    /** A part given as two functions; {@code forward}'s result is cut to {@code fields}, and so is what {@code backward} is given. */
    static Part of(List<String> fields, Function<JsonNode, JsonNode> forward,
            BiFunction<JsonNode, JsonNode, JsonNode> backward) {
        return new FunctionPart(fields, forward, backward);
    }

    /**
     * A part that is a lens from the input to (at least) the supplied fields. Going back, the lens's
     * view of the stored input takes the assembled document's values of the supplied fields and
     * runs back onto the stored input, so the input's other fields survive whether or not the ops
     * remove them.
     */
    record LensPart(Lens lens, List<String> fields) implements Part {
        public LensPart {
            fields = List.copyOf(fields);
        }

        @Override
        public ObjectNode forward(JsonNode input) {
            return pick(lens.forward(input), fields);
        }

        @Override
        public JsonNode backward(JsonNode assembled, JsonNode storedInput) {
            ObjectNode values = pick(assembled, fields);
            if (storedInput == null) {
                return lens.backward(values);
            }
            JsonNode view = lens.forward(storedInput);
            if (!view.isObject()) {
                return lens.backward(values, storedInput);
            }
            ObjectNode edited = (ObjectNode) view;
            for (String f : fields) {
                if (values.has(f)) {
                    edited.set(f, values.get(f));
                } else {
                    edited.remove(f);
                }
            }
            return lens.backward(edited, storedInput);
        }
    }

    /** A part given as code. */
    record FunctionPart(List<String> fields, Function<JsonNode, JsonNode> toFields,
            BiFunction<JsonNode, JsonNode, JsonNode> toInput) implements Part {
        public FunctionPart {
            fields = List.copyOf(fields);
        }

        @Override
        public ObjectNode forward(JsonNode input) {
            return pick(toFields.apply(input), fields);
        }

        @Override
        public JsonNode backward(JsonNode assembled, JsonNode storedInput) {
            return toInput.apply(pick(assembled, fields), storedInput);
        }
    }

    private static ObjectNode pick(JsonNode doc, List<String> fields) {
        if (!doc.isObject()) {
            throw new LensException("an assembled document and its parts must be objects, not " + doc.getNodeType(),
                    "", null);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String f : fields) {
            if (doc.has(f)) {
                out.set(f, doc.get(f).deepCopy());
            }
        }
        return out;
    }
}
