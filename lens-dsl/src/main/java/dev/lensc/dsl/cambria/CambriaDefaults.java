package dev.lensc.dsl.cambria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.Iterator;
import java.util.Map;

/** Default values the way Cambria fills them in, with falsy defaults kept as written. */
final class CambriaDefaults {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CambriaDefaults() {}

    /** Cambria's value for a type without a declared default: null if nullable, else the type's zero. */
    static JsonNode ofTypeName(Type type) {
        if (type.isNullable()) {
            return NODES.nullNode();
        }
        if (type instanceof Type.StringType) {
            return NODES.textNode("");
        } else if (type instanceof Type.DoubleType || type instanceof Type.LongType || type instanceof Type.IntType) {
            return NODES.numberNode(0);
        } else if (type instanceof Type.BooleanType) {
            return NODES.booleanNode(false);
        } else if (type instanceof Type.ArrayType) {
            return NODES.arrayNode();
        }
        return NODES.objectNode();
    }

    /**
     * Fills the fields a document lacks, at every depth (inside objects, array items and map values):
     * a declared default (0, false and "" included), else null for a nullable field, else an empty
     * array or map, or an object filled the same way. A required scalar without a default stays
     * absent: nothing is invented for it.
     */
    static JsonNode fill(JsonNode value, Type type) {
        Type t = Type.nonNull(type);
        if (value == null || value.isNull()) {
            return value;
        }
        if (t instanceof Type.ObjectType o && value.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), o.field(e.getKey()).map(f -> fill(e.getValue(), f.type())).orElse(e.getValue()));
            }
            for (Field f : o.fields()) {
                if (!value.has(f.name())) {
                    JsonNode d = missing(f);
                    if (d != null) {
                        out.set(f.name(), d);
                    }
                }
            }
            return out;
        }
        if (t instanceof Type.ArrayType a && value.isArray()) {
            ArrayNode out = NODES.arrayNode(value.size());
            value.forEach(item -> out.add(fill(item, a.items())));
            return out;
        }
        if (t instanceof Type.MapType m && value.isObject()) {
            ObjectNode out = NODES.objectNode();
            value.fields().forEachRemaining(e -> out.set(e.getKey(), fill(e.getValue(), m.values())));
            return out;
        }
        return value;
    }

    private static JsonNode missing(Field f) {
        if (f.defaultValue() != null) {
            return fill(f.defaultValue().deepCopy(), f.type());
        }
        if (f.type().isNullable()) {
            return NODES.nullNode();
        }
        Type t = f.type();
        if (t instanceof Type.ObjectType) {
            return fill(NODES.objectNode(), t);
        } else if (t instanceof Type.ArrayType) {
            return NODES.arrayNode();
        } else if (t instanceof Type.MapType) {
            return NODES.objectNode();
        }
        return null;
    }
}
