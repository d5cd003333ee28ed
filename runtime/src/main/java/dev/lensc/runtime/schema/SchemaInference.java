package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.schema.Type.AnyType;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.BooleanType;
import dev.lensc.runtime.schema.Type.DoubleType;
import dev.lensc.runtime.schema.Type.IntType;
import dev.lensc.runtime.schema.Type.LongType;
import dev.lensc.runtime.schema.Type.NullableType;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Type.StringType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of a JSON document, inferred from the document alone (what Cambria does when a lens is
 * applied without an input schema).
 *
 * <ul>
 *   <li>objects are records of their fields; arrays have one item type that every item fits;</li>
 *   <li>items of an array are unified: objects merge their fields (a field missing from some items
 *       is optional: it may be absent, and is nullable only where some item holds null), int widens to long and double, null makes a type nullable, and values of
 *       unrelated kinds give {@code any};</li>
 *   <li>null alone, and the items of an empty array, are {@code any}.</li>
 * </ul>
 */
public final class SchemaInference {
    // Markers compared by identity while unifying; both are ordinary "any" once inference is done.
    private static final AnyType ONLY_NULL = new AnyType();
    private static final AnyType NOTHING = new AnyType();

    private SchemaInference() {}

    public static Type infer(JsonNode value) {
        return of(value);
    }

    private static Type of(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return ONLY_NULL;
        }
        if (v.isTextual()) {
            return new StringType();
        }
        if (v.isBoolean()) {
            return new BooleanType();
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? new IntType() : v.canConvertToLong() ? new LongType() : new DoubleType();
        }
        if (v.isNumber()) {
            return new DoubleType();
        }
        if (v.isArray()) {
            Type items = NOTHING;
            for (JsonNode item : v) {
                items = unify(items, of(item));
            }
            return new ArrayType(items);
        }
        if (v.isObject()) {
            List<Field> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.add(new Field(e.getKey(), of(e.getValue())));
            }
            return new ObjectType(fields);
        }
        return new AnyType();
    }

    /** The narrowest type both values fit. */
    static Type unify(Type a, Type b) {
        if (a == NOTHING) {
            return b;
        }
        if (b == NOTHING) {
            return a;
        }
        if (a == ONLY_NULL) {
            return b == ONLY_NULL ? a : nullable(b);
        }
        if (b == ONLY_NULL) {
            return nullable(a);
        }
        if (a instanceof AnyType || b instanceof AnyType) {
            return new AnyType();
        }
        boolean nullable = a instanceof NullableType || b instanceof NullableType;
        Type x = Type.nonNull(a);
        Type y = Type.nonNull(b);
        Type u = unifyNonNull(x, y);
        return nullable ? nullable(u) : u;
    }

    private static Type unifyNonNull(Type x, Type y) {
        if (x.equals(y)) {
            return x;
        }
        if (isNumber(x) && isNumber(y)) {
            if (x instanceof DoubleType || y instanceof DoubleType) {
                return new DoubleType();
            }
            return new LongType();
        }
        if (x instanceof ArrayType ax && y instanceof ArrayType ay) {
            return new ArrayType(unify(ax.items(), ay.items()));
        }
        if (x instanceof ObjectType ox && y instanceof ObjectType oy) {
            Map<String, Field> merged = new LinkedHashMap<>();
            for (Field f : ox.fields()) {
                merged.put(f.name(), oy.field(f.name())
                        .map(g -> new Field(f.name(), unify(f.type(), g.type()), null, f.optional() || g.optional()))
                        .orElse(Field.optional(f.name(), f.type())));
            }
            for (Field f : oy.fields()) {
                if (!ox.has(f.name())) {
                    merged.put(f.name(), Field.optional(f.name(), f.type()));
                }
            }
            return new ObjectType(List.copyOf(merged.values()));
        }
        return new AnyType();
    }

    private static boolean isNumber(Type t) {
        return t instanceof IntType || t instanceof LongType || t instanceof DoubleType;
    }

    private static Type nullable(Type t) {
        return t instanceof AnyType ? t : Type.nullable(t);
    }
}
