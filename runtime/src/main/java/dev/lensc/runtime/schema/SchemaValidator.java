package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a document against a type. Object types are closed (a field the version does not declare
 * is a violation: it would be carried by no lens); a field may be absent exactly when it is
 * optional ({@link Field#optional()}), whatever its nullability.
 */
public final class SchemaValidator {
    private SchemaValidator() {}

    public static List<Violation> validate(JsonNode value, Type type) {
        List<Violation> out = new ArrayList<>();
        check(value, type, "", out);
        return out;
    }

    public static boolean fits(JsonNode value, Type type) {
        return validate(value, type).isEmpty();
    }

    private static void check(JsonNode v, Type type, String at, List<Violation> out) {
        type.accept(new Type.Visitor<Void>() {
            public Void stringType(StringType t) { expect(v.isTextual(), v, t, at, out); return null; }
            public Void intType(IntType t) {
                expect(v.isIntegralNumber() && v.canConvertToInt(), v, t, at, out);
                return null;
            }
            public Void longType(LongType t) {
                expect(v.isIntegralNumber() && v.canConvertToLong(), v, t, at, out);
                return null;
            }
            public Void doubleType(DoubleType t) { expect(v.isNumber(), v, t, at, out); return null; }
            public Void booleanType(BooleanType t) { expect(v.isBoolean(), v, t, at, out); return null; }
            public Void anyType(AnyType t) { return null; }
            public Void enumType(EnumType t) {
                expect(v.isTextual() && t.values().contains(v.textValue()), v, t, at, out);
                return null;
            }
            public Void arrayType(ArrayType t) {
                if (expect(v.isArray(), v, t, at, out)) {
                    for (int i = 0; i < v.size(); i++) {
                        check(v.get(i), t.items(), JsonPointers.child(at, i), out);
                    }
                }
                return null;
            }
            public Void mapType(MapType t) {
                if (expect(v.isObject(), v, t, at, out)) {
                    for (Iterator<java.util.Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
                        java.util.Map.Entry<String, JsonNode> e = it.next();
                        check(e.getValue(), t.values(), JsonPointers.child(at, e.getKey()), out);
                    }
                }
                return null;
            }
            public Void nullableType(NullableType t) {
                if (!v.isNull()) {
                    check(v, t.inner(), at, out);
                }
                return null;
            }
            public Void objectType(ObjectType o) {
                if (expect(v.isObject(), v, o, at, out)) {
                    checkObject(v, o, at, out);
                }
                return null;
            }
        });
    }

    private static void checkObject(JsonNode v, ObjectType o, String at, List<Violation> out) {
        for (Field f : o.fields()) {
            JsonNode fv = v.get(f.name());
            if (fv == null) {
                if (f.required()) {
                    out.add(new Violation(JsonPointers.child(at, f.name()),
                            "missing field '" + f.name() + "' of type " + Types.display(f.type())));
                }
            } else {
                check(fv, f.type(), JsonPointers.child(at, f.name()), out);
            }
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!o.has(name)) {
                String hint = Hints.didYouMean(name, o.fieldNames());
                out.add(new Violation(JsonPointers.child(at, name), "field '" + name
                        + "' is not declared in this version" + (hint == null ? "" : " (" + hint + ")")));
            }
        }
    }

    /**
     * A value of {@code type} as messages say what they expected ({@code expected a string, found
     * null}): {@code a string}, {@code an int}, {@code one of [open, closed]}, {@code an array},
     * {@code an object (map)}, {@code an object}. One wording for the validator, records'
     * {@code fromJson} and their constructors ({@link RecordChecks}).
     */
    public static String expected(Type type) {
        return type.accept(new Type.Visitor<String>() {
            public String stringType(StringType t) { return "a string"; }
            public String intType(IntType t) { return "an int"; }
            public String longType(LongType t) { return "a long"; }
            public String doubleType(DoubleType t) { return "a number"; }
            public String booleanType(BooleanType t) { return "a boolean"; }
            public String anyType(AnyType t) { return "any value"; }
            public String enumType(EnumType t) { return "one of " + t.values(); }
            public String arrayType(ArrayType t) { return "an array"; }
            public String mapType(MapType t) { return "an object (map)"; }
            public String nullableType(NullableType t) { return expected(t.inner()) + " or null"; }
            public String objectType(ObjectType t) { return "an object"; }
        });
    }

    private static boolean expect(boolean ok, JsonNode v, Type type, String at, List<Violation> out) {
        if (!ok) {
            out.add(new Violation(at, "expected " + expected(type) + ", found " + JsonValues.kind(v)
                    + (v.isNull() ? "" : " " + JsonValues.brief(v))));
        }
        return ok;
    }
}
