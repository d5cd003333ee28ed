package dev.lensc.runtime.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
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
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random documents of a type. The same seed gives the same documents. Values lean towards the
 * edges that break lenses: absent optional fields, empty strings and arrays, zero, false, null,
 * one-item arrays, keys and text with separators ({@code " ,/~."}) and JSON Pointer escapes,
 * non-ASCII text (non-BMP characters, combining marks, right-to-left), quotes, backslashes and
 * control characters.
 */
public final class DocumentGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] INTERESTING_STRINGS = {
        "", "a", "null", "true", "0", "done", "a/b", "~1", "~0/", "a.b", "a,b", " ", "  a ", "/",
        "ünïcödé", "e\u0301", "\uD83D\uDE00", "\uD834\uDD1E x", "\u05E9\u05DC\u05D5\u05DD", "\u202Eabc",
        "x\"y", "\\", "a\\\"b", "\n", "\t\r", "\u0000", "\u001F", "\u2028"
    };
    /** Characters of random strings, each a code point: separators, escapes, non-BMP, combining. */
    private static final String[] ALPHABET = {
        "a", "b", "c", "x", "y", "z", "0", "1", "9", " ", "_", "-", "/", "~", ".", ",", "é", "\u0301",
        "\uD83D\uDE00", "\u05D0", "\"", "\\", "\n", "\u0001"
    };

    /** How many key values the items of keyed arrays draw from: few, so two documents share keys. */
    private static final int KEY_POOL = 6;

    private final Random random;
    private final GeneratorSettings settings;
    private final Set<String> keyFields;
    private final List<TextTemplate> templates;

    public DocumentGenerator(long seed, GeneratorSettings settings) {
        this(new Random(seed), settings);
    }

    public DocumentGenerator(Random random, GeneratorSettings settings) {
        this(random, settings, Set.of(), List.of());
    }

    /** Keyed arrays' keys from a shared pool; see the four-argument constructor. */
    public DocumentGenerator(Random random, GeneratorSettings settings, Set<String> keyFields) {
        this(random, settings, keyFields, List.of());
    }

    /** Strings after the lens's templates; see the four-argument constructor. */
    public DocumentGenerator(Random random, GeneratorSettings settings, List<TextTemplate> templates) {
        this(random, settings, Set.of(), templates);
    }

    /**
     * @param keyFields the key fields of keyed maps ({@code map f by id}): in an array of objects
     *     with such a field, the items' keys are drawn from a small pool shared by every document, so
     *     that a document and a base have items in common; the keys of an array are distinct two
     *     times in four, repeat one another (duplicates) or, where the key is nullable, are missing
     *     (null) otherwise
     * @param templates texts the lens under test reads specially (a split's separator, a pattern's
     *     format): a third of the strings are one of them with random holes, so law checks meet them
     */
    public DocumentGenerator(Random random, GeneratorSettings settings, Set<String> keyFields,
            List<TextTemplate> templates) {
        this.random = random;
        this.settings = settings;
        this.keyFields = Set.copyOf(keyFields);
        this.templates = List.copyOf(templates);
    }

    public JsonNode generate(Type type) {
        return generate(type, 0);
    }

    private JsonNode generate(Type type, int depth) {
        return type.accept(new Type.Visitor<JsonNode>() {
            public JsonNode stringType(StringType t) { return NODES.textNode(string()); }
            public JsonNode intType(IntType t) { return NODES.numberNode(integer()); }
            public JsonNode longType(LongType t) {
                return NODES.numberNode(random.nextInt(10) == 0 ? random.nextLong() : (long) integer());
            }
            public JsonNode doubleType(DoubleType t) {
                return switch (random.nextInt(4)) {
                    case 0 -> NODES.numberNode(0.0);
                    case 1 -> NODES.numberNode(integer() + 0.5);
                    default -> NODES.numberNode(random.nextDouble() * 1000 - 500);
                };
            }
            public JsonNode booleanType(BooleanType t) { return NODES.booleanNode(random.nextBoolean()); }
            public JsonNode anyType(AnyType t) { return anyValue(depth); }
            public JsonNode enumType(EnumType t) {
                return t.values().isEmpty() ? NODES.nullNode()
                        : NODES.textNode(t.values().get(random.nextInt(t.values().size())));
            }
            public JsonNode arrayType(ArrayType t) {
                ArrayNode a = NODES.arrayNode();
                int n = size();
                for (int i = 0; i < n; i++) {
                    a.add(generate(t.items(), depth + 1));
                }
                if (!keyFields.isEmpty() && Type.nonNull(t.items()) instanceof ObjectType item) {
                    for (Field f : item.fields()) {
                        if (keyFields.contains(f.name()) && Types.isScalar(Type.nonNull(f.type()))) {
                            keyItems(a, f);
                        }
                    }
                }
                return a;
            }
            public JsonNode mapType(MapType t) {
                ObjectNode o = NODES.objectNode();
                int n = size();
                for (int i = 0; i < n; i++) {
                    o.set(key(), generate(t.values(), depth + 1));
                }
                return o;
            }
            public JsonNode nullableType(NullableType t) {
                return random.nextInt(100) < settings.nullPercent() ? NODES.nullNode() : generate(t.inner(), depth);
            }
            public JsonNode objectType(ObjectType t) {
                ObjectNode o = NODES.objectNode();
                for (Field f : t.fields()) {
                    if (f.optional() && random.nextInt(100) < settings.absentPercent()) {
                        continue;
                    }
                    o.set(f.name(), generate(f.type(), depth + 1));
                }
                return o;
            }
        });
    }

    /** Sets the key field of the array's (object) items: distinct, duplicated or missing keys. */
    private void keyItems(ArrayNode items, Field key) {
        List<Integer> pool = new ArrayList<>();
        for (int k = 0; k < KEY_POOL; k++) {
            pool.add(k);
        }
        Collections.shuffle(pool, random);
        int mode = random.nextInt(4);
        boolean nullable = key.type().isNullable();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof ObjectNode item)) {
                continue;
            }
            if (mode == 3 && nullable && random.nextBoolean()) {
                item.putNull(key.name());
                continue;
            }
            int k = mode < 2 ? pool.get(i % KEY_POOL) : pool.get(random.nextInt(2));
            item.set(key.name(), keyValue(Type.nonNull(key.type()), k));
        }
    }

    private static JsonNode keyValue(Type type, int k) {
        if (type instanceof StringType) {
            return NODES.textNode("k" + k);
        } else if (type instanceof IntType) {
            return NODES.numberNode(k);
        } else if (type instanceof LongType) {
            return NODES.numberNode((long) k);
        } else if (type instanceof DoubleType) {
            return NODES.numberNode(k + 0.5);
        } else if (type instanceof BooleanType) {
            return NODES.booleanNode(k % 2 == 0);
        }
        List<String> values = ((EnumType) type).values();
        return values.isEmpty() ? NODES.nullNode() : NODES.textNode(values.get(k % values.size()));
    }

    private int size() {
        // one item in three: the boundary cases 0 and 1 are where head and wrap go wrong
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> settings.maxArrayItems() == 0 ? 0 : random.nextInt(settings.maxArrayItems() + 1);
        };
    }

    private int integer() {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            default -> random.nextInt(200) - 100;
        };
    }

    private String string() {
        if (!templates.isEmpty() && random.nextInt(3) == 0) {
            return filled(templates.get(random.nextInt(templates.size())));
        }
        if (random.nextInt(3) == 0) {
            return INTERESTING_STRINGS[random.nextInt(INTERESTING_STRINGS.length)];
        }
        return randomString();
    }

    private String randomString() {
        int n = settings.maxStringLength() == 0 ? 0 : random.nextInt(settings.maxStringLength() + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private String filled(TextTemplate template) {
        StringBuilder sb = new StringBuilder(template.literals().get(0));
        for (String literal : template.literals().subList(1, template.literals().size())) {
            sb.append(hole()).append(literal);
        }
        return sb.toString();
    }

    /** A hole of a template: empty, digits (what patterns often want) or any string. */
    private String hole() {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> String.valueOf(random.nextInt(random.nextBoolean() ? 10 : 10_000));
            default -> randomString();
        };
    }

    private String key() {
        String s = string();
        return s.isEmpty() ? "k" : s;
    }

    private JsonNode anyValue(int depth) {
        int kind = random.nextInt(depth >= settings.maxDepth() ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(integer());
            case 3, 4 -> NODES.textNode(string());
            case 5 -> generate(new ArrayType(new AnyType()), depth + 1);
            default -> generate(new MapType(new AnyType()), depth + 1);
        };
    }
}
