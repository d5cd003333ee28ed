package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Random;

/** Seeded documents valid against a schema: fields that may be absent sometimes are, nullables sometimes null. */
final class DocGen {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // separators of splits at the ends and twice, texts that patterns read and do not
    private static final List<String> STRINGS = List.of("", "a", "done", "active", "inbox", "ünï", "7", "true", "x y",
            " x y ", "a, b, c", "(030) 1 2", "1-2", "-");

    private final Random random;
    private final boolean allFields;

    DocGen(long seed) {
        this(seed, false);
    }

    /** @param allFields write every field, even those that may be absent */
    DocGen(long seed, boolean allFields) {
        this.random = new Random(seed);
        this.allFields = allFields;
    }

    Random random() {
        return random;
    }

    JsonNode doc(Type type) {
        return type.accept(new Type.Visitor<JsonNode>() {
            public JsonNode stringType(Type.StringType t) { return NODES.textNode(STRINGS.get(random.nextInt(STRINGS.size()))); }
            public JsonNode intType(Type.IntType t) { return NODES.numberNode(random.nextInt(7) - 2); }
            public JsonNode longType(Type.LongType t) { return NODES.numberNode((long) random.nextInt(1000)); }
            public JsonNode doubleType(Type.DoubleType t) { return NODES.numberNode(random.nextInt(9) / 2.0); }
            public JsonNode booleanType(Type.BooleanType t) { return NODES.booleanNode(random.nextBoolean()); }
            public JsonNode anyType(Type.AnyType t) {
                return random.nextBoolean() ? NODES.textNode("any") : NODES.numberNode(random.nextInt(3));
            }
            public JsonNode enumType(Type.EnumType t) {
                return t.values().isEmpty() ? NODES.nullNode() : NODES.textNode(t.values().get(random.nextInt(t.values().size())));
            }
            public JsonNode arrayType(Type.ArrayType t) {
                ArrayNode a = NODES.arrayNode();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    a.add(doc(t.items()));
                }
                return a;
            }
            public JsonNode mapType(Type.MapType t) {
                ObjectNode o = NODES.objectNode();
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    o.set("k" + random.nextInt(5), doc(t.values()));
                }
                return o;
            }
            public JsonNode nullableType(Type.NullableType t) {
                return random.nextInt(4) == 0 ? NODES.nullNode() : doc(t.inner());
            }
            public JsonNode objectType(Type.ObjectType t) {
                ObjectNode o = NODES.objectNode();
                for (Field f : t.fields()) {
                    boolean mayBeAbsent = f.optional();
                    if (mayBeAbsent && !allFields && random.nextInt(5) == 0) {
                        continue;
                    }
                    o.set(f.name(), doc(f.type()));
                }
                return o;
            }
        });
    }
}
