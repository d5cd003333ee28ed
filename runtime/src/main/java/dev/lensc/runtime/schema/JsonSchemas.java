package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types as JSON Schema (draft 2020-12) and back.
 *
 * <p>Writing: objects are closed ({@code additionalProperties: false}); {@code required} lists the
 * fields a document must hold (non-nullable, no default); nullable types are {@code type: [t, "null"]};
 * int and long are {@code integer} with {@code format} int32 / int64; maps are objects whose
 * {@code additionalProperties} is the value schema.
 *
 * <p>Reading accepts the subset that Cambria produces and consumes, plus what {@link #toJsonSchema}
 * writes: {@code type} (one name or a list), {@code properties}, {@code required}, {@code items},
 * {@code additionalProperties}, {@code enum}, {@code default}, {@code anyOf} of a type and null.
 * A property that is not required is an optional field (with its {@code default}, if any); its
 * type stays as written: absence does not make it nullable.
 */
public final class JsonSchemas {
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {}

    /** A JSON Schema document for a type: {@code $schema} first, then the type's schema. */
    public static ObjectNode toJsonSchema(Type type) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DRAFT_2020_12);
        root.setAll(schemaOf(type));
        return root;
    }

    private static ObjectNode schemaOf(Type type) {
        return type.accept(new Type.Visitor<ObjectNode>() {
            public ObjectNode stringType(StringType t) { return typed("string"); }
            public ObjectNode intType(IntType t) { return typed("integer").put("format", "int32"); }
            public ObjectNode longType(LongType t) { return typed("integer").put("format", "int64"); }
            public ObjectNode doubleType(DoubleType t) { return typed("number"); }
            public ObjectNode booleanType(BooleanType t) { return typed("boolean"); }
            public ObjectNode anyType(AnyType t) { return NODES.objectNode(); }
            public ObjectNode enumType(EnumType t) {
                ObjectNode s = typed("string");
                ArrayNode values = s.putArray("enum");
                t.values().forEach(values::add);
                return s;
            }
            public ObjectNode arrayType(ArrayType t) {
                ObjectNode s = typed("array");
                s.set("items", schemaOf(t.items()));
                return s;
            }
            public ObjectNode mapType(MapType t) {
                ObjectNode s = typed("object");
                s.set("additionalProperties", schemaOf(t.values()));
                return s;
            }
            public ObjectNode nullableType(NullableType t) {
                ObjectNode s = schemaOf(t.inner());
                JsonNode inner = s.get("type");
                if (inner == null) {
                    return s; // any: null is already allowed
                }
                ArrayNode types = NODES.arrayNode().add(inner.textValue()).add("null");
                ObjectNode out = NODES.objectNode();
                out.set("type", types);
                s.remove("type");
                out.setAll(s);
                if (out.get("enum") instanceof ArrayNode values) {
                    values.addNull();
                }
                return out;
            }
            public ObjectNode objectType(ObjectType t) {
                ObjectNode s = typed("object");
                ObjectNode properties = s.putObject("properties");
                ArrayNode required = NODES.arrayNode();
                for (Field f : t.fields()) {
                    ObjectNode p = schemaOf(f.type());
                    if (f.defaultValue() != null) {
                        p.set("default", f.defaultValue().deepCopy());
                    }
                    properties.set(f.name(), p);
                    if (f.required()) {
                        required.add(f.name());
                    }
                }
                s.set("required", required);
                s.put("additionalProperties", false);
                return s;
            }
        });
    }

    private static ObjectNode typed(String name) {
        return NODES.objectNode().put("type", name);
    }

    /**
     * The type a JSON Schema describes.
     *
     * @throws IllegalArgumentException naming the JSON pointer (in the schema) of a construct outside
     *     the supported subset
     */
    public static Type fromJsonSchema(JsonNode schema) {
        return read(schema, "");
    }

    private static Type read(JsonNode s, String at) {
        if (s.isBoolean()) {
            return new AnyType(); // true: anything; false cannot be a document's type, but Cambria writes {not: {}} for "never"
        }
        if (!s.isObject()) {
            throw unsupported(at, "a schema must be an object or a boolean, found " + s);
        }
        for (String keyword : List.of("$ref", "oneOf", "allOf", "if", "patternProperties", "prefixItems")) {
            if (s.has(keyword)) {
                throw unsupported(JsonPointers.child(at, keyword), "the keyword '" + keyword + "' is not supported");
            }
        }
        if (s.has("anyOf")) {
            return readAnyOf(s.get("anyOf"), JsonPointers.child(at, "anyOf"));
        }
        JsonNode typeNode = s.get("type");
        Set<String> names = new LinkedHashSet<>();
        if (typeNode == null) {
            if (s.has("enum")) {
                return readEnum(s, at, false);
            }
            if (s.has("properties")) {
                names.add("object");
            } else if (s.has("items")) {
                names.add("array");
            } else {
                return new AnyType();
            }
        } else if (typeNode.isTextual()) {
            names.add(typeNode.textValue());
        } else if (typeNode.isArray()) {
            for (JsonNode n : typeNode) {
                // Cambria writes JavaScript null for "null" in some type lists
                names.add(n.isNull() ? "null" : n.asText());
            }
        } else {
            throw unsupported(JsonPointers.child(at, "type"), "'type' must be a string or a list, found " + typeNode);
        }
        boolean nullable = names.remove("null");
        if (names.isEmpty()) {
            return new AnyType(); // only null
        }
        if (names.size() > 1) {
            if (names.equals(Set.of("integer", "number"))) {
                names = Set.of("number");
            } else {
                return new AnyType(); // mixed scalar types: the subset has no union
            }
        }
        String name = names.iterator().next();
        Type inner;
        if (s.has("enum") && name.equals("string")) {
            return readEnum(s, at, nullable);
        }
        switch (name) {
            case "string" -> inner = new StringType();
            case "integer" -> inner = s.path("format").asText().equals("int32") ? new IntType() : new LongType();
            case "number" -> inner = new DoubleType();
            case "boolean" -> inner = new BooleanType();
            case "array" -> inner = new ArrayType(s.has("items") ? readItems(s.get("items"), JsonPointers.child(at, "items"))
                    : new AnyType());
            case "object" -> inner = readObject(s, at);
            default -> throw unsupported(JsonPointers.child(at, "type"), "unknown type name '" + name + "'");
        }
        return nullable ? Type.nullable(inner) : inner;
    }

    private static Type readItems(JsonNode items, String at) {
        if (items.isArray()) {
            throw unsupported(at, "tuple arrays (a list of item schemas) are not supported; give one item schema");
        }
        return read(items, at);
    }

    private static Type readAnyOf(JsonNode anyOf, String at) {
        if (!anyOf.isArray()) {
            throw unsupported(at, "'anyOf' must be a list");
        }
        List<Type> options = new ArrayList<>();
        boolean nullable = false;
        for (int i = 0; i < anyOf.size(); i++) {
            JsonNode option = anyOf.get(i);
            if (option.isObject() && option.path("type").asText().equals("null") && option.size() == 1) {
                nullable = true;
            } else {
                options.add(read(option, JsonPointers.child(at, i)));
            }
        }
        if (options.size() != 1 || options.get(0) instanceof AnyType) {
            return new AnyType();
        }
        return nullable ? Type.nullable(options.get(0)) : options.get(0);
    }

    private static Type readEnum(JsonNode s, String at, boolean nullable) {
        JsonNode values = s.get("enum");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (v.isNull()) {
                nullable = true;
            } else if (v.isTextual()) {
                strings.add(v.textValue());
            } else {
                throw unsupported(JsonPointers.child(JsonPointers.child(at, "enum"), i),
                        "only string enums are supported, found " + v);
            }
        }
        Type t = new EnumType(strings);
        return nullable ? Type.nullable(t) : t;
    }

    private static Type readObject(JsonNode s, String at) {
        JsonNode additional = s.get("additionalProperties");
        JsonNode properties = s.get("properties");
        if ((properties == null || properties.isEmpty()) && additional != null && additional.isObject()) {
            return new MapType(read(additional, JsonPointers.child(at, "additionalProperties")));
        }
        Set<String> required = new HashSet<>();
        for (JsonNode r : s.path("required")) {
            required.add(r.asText());
        }
        List<Field> fields = new ArrayList<>();
        if (properties != null) {
            String propertiesAt = JsonPointers.child(at, "properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Type t = read(e.getValue(), JsonPointers.child(propertiesAt, e.getKey()));
                JsonNode def = e.getValue().isObject() ? e.getValue().get("default") : null;
                // absence and null are apart: a property not listed in required may be absent,
                // and only its type says whether it may be null
                fields.add(new Field(e.getKey(), t, def == null ? null : def.deepCopy(),
                        !required.contains(e.getKey())));
            }
        }
        return new ObjectType(fields);
    }

    private static IllegalArgumentException unsupported(String pointer, String message) {
        return new IllegalArgumentException("at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
    }
}
