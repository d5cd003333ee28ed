package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lensc.runtime.lens.LensException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What generated records call to read a JSON tree into themselves: each value checked once as it
 * binds, so a valid document costs one walk. A failed read throws a bare
 * {@link IllegalArgumentException}; the record's {@code fromJson} then asks {@link #invalid} for
 * the validator's account of it (message and JSON pointer). One copy here instead of one per
 * generated record.
 */
public final class RecordReads {
    private RecordReads() {}

    /**
     * What is wrong with a document a bind failed on, as the schema's validator says it;
     * {@code failure} itself when the document is valid.
     */
    public static RuntimeException invalid(JsonNode json, Type schema, String what, RuntimeException failure) {
        List<Violation> violations = SchemaValidator.validate(json, schema);
        if (violations.isEmpty()) {
            return failure;
        }
        return new LensException("not a valid " + what + ": " + violations.get(0).message(),
                violations.get(0).pointer(), null);
    }

    /** {@code json} is an object with the {@code required} fields and only declared optional ones. */
    public static void object(JsonNode json, int required, String... optional) {
        if (!json.isObject()) {
            throw expected("an object");
        }
        int declared = required;
        for (String name : optional) {
            if (json.has(name)) {
                declared++;
            }
        }
        if (json.size() != declared) {
            throw expected("only declared fields");
        }
    }

    public static JsonNode required(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            throw expected("a required field");
        }
        return value;
    }

    /** An optional field that may be null: absent reads as {@code absent} (its default, or JSON null). */
    public static JsonNode field(JsonNode object, String name, JsonNode absent) {
        JsonNode value = object.get(name);
        return value != null ? value : absent;
    }

    /** An optional field that may not be null: absent reads as null, a JSON null fails. */
    public static JsonNode optional(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value.isNull()) {
            throw expected("a value, not null");
        }
        return value;
    }

    public static String text(JsonNode v) {
        if (!v.isTextual()) {
            throw expected("a string");
        }
        return v.textValue();
    }

    public static int int32(JsonNode v) {
        if (!(v.isIntegralNumber() && v.canConvertToInt())) {
            throw expected("an int");
        }
        return v.intValue();
    }

    public static long int64(JsonNode v) {
        if (!(v.isIntegralNumber() && v.canConvertToLong())) {
            throw expected("a long");
        }
        return v.longValue();
    }

    public static double number(JsonNode v) {
        if (!v.isNumber()) {
            throw expected("a number");
        }
        return v.doubleValue();
    }

    public static boolean bool(JsonNode v) {
        if (!v.isBoolean()) {
            throw expected("a boolean");
        }
        return v.booleanValue();
    }

    public static <T> T nullable(JsonNode value, Function<JsonNode, T> read) {
        return value.isNull() ? null : read.apply(value);
    }

    public static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        if (!array.isArray()) {
            throw expected("an array");
        }
        ArrayList<T> out = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            out.add(read.apply(item));
        }
        return Frozen.adopt(out);
    }

    public static <T> Map<String, T> map(JsonNode object, Function<JsonNode, T> read) {
        if (!object.isObject()) {
            throw expected("an object");
        }
        LinkedHashMap<String, T> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            out.put(e.getKey(), read.apply(e.getValue()));
        }
        return Frozen.adopt(out);
    }

    private static IllegalArgumentException expected(String what) {
        return new IllegalArgumentException("expected " + what);
    }
}
