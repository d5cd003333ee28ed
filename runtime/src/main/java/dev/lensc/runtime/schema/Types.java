package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.schema.Type.AnyType;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.BooleanType;
import dev.lensc.runtime.schema.Type.DoubleType;
import dev.lensc.runtime.schema.Type.EnumType;
import dev.lensc.runtime.schema.Type.IntType;
import dev.lensc.runtime.schema.Type.LongType;
import dev.lensc.runtime.schema.Type.MapType;
import dev.lensc.runtime.schema.Type.NullableType;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Type.StringType;

/** Operations on types: defaults, display names, value checks. */
public final class Types {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Types() {}

    /**
     * The value a field of this type takes when nobody wrote one: null for nullable types, the
     * "zero" of each scalar (never null for a falsy default: 0, false and "" stay what they are). An
     * object holds its required fields and its fields with a default; optional fields without one
     * are left out.
     */
    public static JsonNode defaultValue(Type type) {
        return type.accept(new Type.Visitor<JsonNode>() {
            public JsonNode stringType(StringType t) { return NODES.textNode(""); }
            public JsonNode intType(IntType t) { return NODES.numberNode(0); }
            public JsonNode longType(LongType t) { return NODES.numberNode(0L); }
            public JsonNode doubleType(DoubleType t) { return NODES.numberNode(0.0); }
            public JsonNode booleanType(BooleanType t) { return NODES.booleanNode(false); }
            public JsonNode anyType(AnyType t) { return NODES.nullNode(); }
            public JsonNode enumType(EnumType t) {
                return t.values().isEmpty() ? NODES.nullNode() : NODES.textNode(t.values().get(0));
            }
            public JsonNode arrayType(ArrayType t) { return NODES.arrayNode(); }
            public JsonNode mapType(MapType t) { return NODES.objectNode(); }
            public JsonNode nullableType(NullableType t) { return NODES.nullNode(); }
            public JsonNode objectType(ObjectType t) {
                ObjectNode obj = NODES.objectNode();
                for (Field f : t.fields()) {
                    if (f.required() || f.defaultValue() != null) {
                        obj.set(f.name(), f.effectiveDefault().deepCopy());
                    }
                }
                return obj;
            }
        });
    }

    /** The type as the DSL writes it: {@code string}, {@code int?}, {@code [string]}, {@code {string: int}}. */
    public static String display(Type type) {
        return type.accept(new Type.Visitor<String>() {
            public String stringType(StringType t) { return "string"; }
            public String intType(IntType t) { return "int"; }
            public String longType(LongType t) { return "long"; }
            public String doubleType(DoubleType t) { return "double"; }
            public String booleanType(BooleanType t) { return "boolean"; }
            public String anyType(AnyType t) { return "any"; }
            public String enumType(EnumType t) { return "enum(" + String.join(", ", t.values()) + ")"; }
            public String arrayType(ArrayType t) { return "[" + display(t.items()) + "]"; }
            public String mapType(MapType t) { return "map<" + display(t.values()) + ">"; }
            public String nullableType(NullableType t) { return display(t.inner()) + "?"; }
            public String objectType(ObjectType t) { return "object"; }
        });
    }

    /** Whether values of the type are strings, numbers, booleans or enum values (not null, not containers). */
    public static boolean isScalar(Type type) {
        return type instanceof StringType || type instanceof IntType || type instanceof LongType
                || type instanceof DoubleType || type instanceof BooleanType || type instanceof EnumType;
    }

    /** Whether a value of type {@code from} is always a valid value of type {@code to}. */
    public static boolean assignable(Type from, Type to) {
        if (to instanceof AnyType || from.equals(to)) {
            return true;
        }
        if (to instanceof NullableType nt) {
            return assignable(Type.nonNull(from), nt.inner());
        }
        if (from instanceof NullableType) {
            return false;
        }
        if (to instanceof LongType) {
            return from instanceof IntType;
        } else if (to instanceof DoubleType) {
            return from instanceof IntType || from instanceof LongType;
        } else if (to instanceof StringType) {
            return from instanceof EnumType;
        } else if (to instanceof EnumType e) {
            return from instanceof EnumType fe && e.values().containsAll(fe.values());
        } else if (to instanceof ArrayType a) {
            return from instanceof ArrayType fa && assignable(fa.items(), a.items());
        } else if (to instanceof MapType m) {
            return from instanceof MapType fm && assignable(fm.values(), m.values());
        }
        return false;
    }
}
