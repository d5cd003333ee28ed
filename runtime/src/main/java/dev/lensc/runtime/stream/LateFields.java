package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.LensException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields a streamed object appends, gathered when its keys have been read, for the ops that do
 * not stream in one pass over them (a plunge into an added field, a change of a hoisted one): the
 * added constants, the hoisted values and the inputs those ops consume are put into a small object
 * in op order, the ops run on it as tree code, and its fields are written after the object's own,
 * in its order, as the tree translator appends them. Only these values are held, not the object.
 */
public final class LateFields {
    private LateFields() {}

    /** An empty object to gather the late fields in. */
    public static ObjectNode begin() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Puts {@code value} (a value read or hoisted; null: absent) as {@code name}. */
    public static void put(ObjectNode late, String name, JsonNode value) {
        if (value != null) {
            late.set(name, value);
        }
    }

    /** Puts a copy of constant {@code value} as {@code name} (the ops may change it). */
    public static void constant(ObjectNode late, String name, JsonNode value) {
        late.set(name, value.deepCopy());
    }

    /**
     * Runs {@code ops} on the late fields; a failure is named by the pointer of the object being
     * read (the parser is at its end) plus the one the failure gives inside it.
     */
    public static ObjectNode run(ObjectNode late, UnaryOperator<JsonNode> ops, JsonParser p) {
        try {
            return (ObjectNode) ops.apply(late);
        } catch (LensException e) {
            throw StreamChecks.at(e, StreamChecks.pointer(p));
        }
    }

    /** Takes field {@code name} out, for the level holding this object (null when absent). */
    public static JsonNode take(ObjectNode late, String name) {
        return late.remove(name);
    }

    /** Writes the late fields, in their order. */
    public static void write(ObjectNode late, JsonGenerator g) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = late.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            g.writeFieldName(field.getKey());
            StreamChecks.write(field.getValue(), g);
        }
    }
}
