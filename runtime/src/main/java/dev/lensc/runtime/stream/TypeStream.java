package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A type compiled for streaming: copies one value from a parser to a generator token by token (or
 * only reads it, with no generator), checking it against the type as {@code SchemaValidator} checks
 * a tree: the same rules (closed objects, required fields, nulls only where nullable, int and long
 * ranges) and the same messages, named by the JSON pointer in the input. Numbers are written as
 * their text was read, so a copied value prints exactly as its tree would.
 *
 * <p>Keys appear once per object: a duplicate is a failure, as {@code StrictJson} reads. Values of
 * any depth copy without recursion only inside {@code any}; typed values nest as deep as the
 * type does. Immutable and thread-safe.
 */
public abstract class TypeStream {
    /** What a misfit's message starts with: {@code the document does not fit TodoItem version 1}. */
    final String context;
    private final Type type;
    /** The scalar kind that {@link #copyDirect} copies inline ({@code TEXT} ... {@code NUMBER}), else {@code OTHER}. */
    private final int kind;
    /** Whether {@link #copyDirect} takes null before the kind. */
    private final boolean nullable;

    private static final int OTHER = 0;
    private static final int TEXT = 1;
    private static final int BOOLEAN = 2;
    private static final int INT = 3;
    private static final int LONG = 4;
    private static final int NUMBER = 5;

    private TypeStream(String context, Type type) {
        this.context = context;
        this.type = type;
        Type inner = Type.nonNull(type);
        this.kind = inner instanceof Type.StringType ? TEXT : inner instanceof Type.BooleanType ? BOOLEAN
                : inner instanceof Type.IntType ? INT : inner instanceof Type.LongType ? LONG
                : inner instanceof Type.DoubleType ? NUMBER : OTHER;
        this.nullable = type.isNullable();
    }

    /** The type compiled; {@code context} opens the message of every misfit. */
    public static TypeStream of(Type type, String context) {
        return type.accept(new Type.Visitor<TypeStream>() {
            public TypeStream stringType(Type.StringType t) { return new Text(context, t); }
            public TypeStream intType(Type.IntType t) { return new Numeric(context, t); }
            public TypeStream longType(Type.LongType t) { return new Numeric(context, t); }
            public TypeStream doubleType(Type.DoubleType t) { return new Numeric(context, t); }
            public TypeStream booleanType(Type.BooleanType t) { return new Bool(context, t); }
            public TypeStream anyType(Type.AnyType t) { return new Any(context, t); }
            public TypeStream enumType(Type.EnumType t) { return new OneOf(context, t); }
            public TypeStream arrayType(Type.ArrayType t) { return new Array(context, t, of(t.items(), context)); }
            public TypeStream mapType(Type.MapType t) { return new MapOf(context, t, of(t.values(), context)); }
            public TypeStream nullableType(Type.NullableType t) {
                return new Nullable(context, t, of(t.inner(), context));
            }
            public TypeStream objectType(Type.ObjectType t) { return new Obj(context, t); }
        });
    }

    /**
     * Reads the value at the parser's current token into a tree, checked, for the few values a
     * streaming translator holds (a value to convert, a hoisted field's value); the parser is left
     * at the value's last token.
     */
    public JsonNode read(JsonParser p) throws IOException {
        return StreamChecks.read(p, type, context);
    }

    /**
     * Copies the value at the parser's current token to {@code g} (null: only reads and checks it)
     * and leaves the parser at the value's last token.
     *
     * @throws dev.lensc.runtime.lens.LensException where the value does not fit the type
     */
    public abstract void copy(JsonParser p, JsonGenerator g) throws IOException;

    /**
     * {@link #copy} of an object with field {@code name} (one the type does not declare) appended:
     * {@code plunge} into an object that is there.
     *
     * @throws UnsupportedOperationException for a type other than an object
     */
    public void copyWith(JsonParser p, JsonGenerator g, SerializableString name, JsonNode value) throws IOException {
        throw new UnsupportedOperationException("only an object takes a field: " + type);
    }

    /**
     * Writes the field name {@code name}, then {@link #copy copies} the value at the parser's
     * current token: an object's field kept as it is, in one call.
     */
    public final void copyAs(JsonParser p, JsonGenerator g, SerializableString name) throws IOException {
        g.writeFieldName(name);
        copy(p, g);
    }

    /** Reads and checks the value at the parser's current token without writing it. */
    public final void skip(JsonParser p) throws IOException {
        copy(p, null);
    }

    /**
     * {@link #copy}, with strings, booleans and numbers (nullable or not) copied here rather than
     * through a virtual call: for a caller that copies values of many types at one call site (a
     * {@link LevelStream}), where the call would not inline.
     */
    final void copyDirect(JsonParser p, JsonGenerator g) throws IOException {
        if (nullable && p.currentToken() == JsonToken.VALUE_NULL) {
            if (g != null) {
                g.writeNull();
            }
            return;
        }
        switch (kind) {
            case TEXT -> copyText(p, g, context);
            case BOOLEAN -> copyBoolean(p, g, context);
            case INT, LONG, NUMBER -> copyNumber(p, g, context, kind);
            default -> copy(p, g);
        }
    }

    private static void copyText(JsonParser p, JsonGenerator g, String context) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw StreamChecks.misfit(p, context, "a string");
        }
        StreamChecks.requireWholeText(p);
        if (g != null) {
            writeString(p, g);
        }
    }

    private static void copyBoolean(JsonParser p, JsonGenerator g, String context) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw StreamChecks.misfit(p, context, "a boolean");
        }
        if (g != null) {
            g.writeBoolean(t == JsonToken.VALUE_TRUE);
        }
    }

    /** int, long or double, written as its text was read. */
    private static void copyNumber(JsonParser p, JsonGenerator g, String context, int kind) throws IOException {
        JsonToken t = p.currentToken();
        boolean fits = switch (kind) {
            case INT -> t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
            case LONG -> t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
            default -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
        };
        if (!fits) {
            throw StreamChecks.misfit(p, context, kind == INT ? "an int" : kind == LONG ? "a long" : "a number");
        }
        if (g != null) {
            writeNumber(p, g);
        }
    }

    /** The number at the current token, as its text was read. */
    static void writeNumber(JsonParser p, JsonGenerator g) throws IOException {
        g.writeNumber(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    static void writeString(JsonParser p, JsonGenerator g) throws IOException {
        g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    // Scalars: one class per kind, each with its whole copy, so that a call site's copy inlines
    // to a token check and a write (a shared template would make its inner calls polymorphic).

    private static final class Text extends TypeStream {
        Text(String context, Type type) {
            super(context, type);
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            copyText(p, g, context);
        }

        @Override
        public JsonNode read(JsonParser p) throws IOException {
            copy(p, null);
            return TextNode.valueOf(p.getText());
        }
    }

    private static final class Bool extends TypeStream {
        Bool(String context, Type type) {
            super(context, type);
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            copyBoolean(p, g, context);
        }

        @Override
        public JsonNode read(JsonParser p) throws IOException {
            copy(p, null);
            return BooleanNode.valueOf(p.currentToken() == JsonToken.VALUE_TRUE);
        }
    }

    /** int, long or double, written as its text was read; read through the strict reader, which keeps the text. */
    private static final class Numeric extends TypeStream {
        Numeric(String context, Type type) {
            super(context, type);
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            copyDirect(p, g);
        }
    }

    private static final class OneOf extends TypeStream {
        private final Set<String> values;
        private final String expected;

        OneOf(String context, Type.EnumType type) {
            super(context, type);
            this.values = Set.copyOf(type.values());
            this.expected = "one of " + type.values();
        }

        @Override
        public JsonNode read(JsonParser p) throws IOException {
            copy(p, null);
            return TextNode.valueOf(p.getText());
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING || !values.contains(p.getText())) {
                throw StreamChecks.misfit(p, context, expected);
            }
            if (g != null) {
                writeString(p, g);
            }
        }
    }

    private static final class Nullable extends TypeStream {
        private final TypeStream inner;

        Nullable(String context, Type type, TypeStream inner) {
            super(context, type);
            this.inner = inner;
        }

        @Override
        public JsonNode read(JsonParser p) throws IOException {
            return p.currentToken() == JsonToken.VALUE_NULL ? NullNode.getInstance() : inner.read(p);
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                if (g != null) {
                    g.writeNull();
                }
                return;
            }
            inner.copy(p, g);
        }
    }

    private static final class Array extends TypeStream {
        private final TypeStream items;

        Array(String context, Type type, TypeStream items) {
            super(context, type);
            this.items = items;
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw StreamChecks.misfit(p, context, "an array");
            }
            if (g != null) {
                g.writeStartArray();
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.copy(p, g);
            }
            if (g != null) {
                g.writeEndArray();
            }
        }
    }

    private static final class MapOf extends TypeStream {
        private final TypeStream values;

        MapOf(String context, Type type, TypeStream values) {
            super(context, type);
            this.values = values;
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw StreamChecks.misfit(p, context, "an object (map)");
            }
            if (g != null) {
                g.writeStartObject();
            }
            KeySet keys = new KeySet();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                StreamChecks.requireWholeKey(p, key);
                if (!keys.add(key)) {
                    throw StreamChecks.duplicate(p, key);
                }
                if (g != null) {
                    g.writeFieldName(key);
                }
                p.nextToken();
                values.copy(p, g);
            }
            if (g != null) {
                g.writeEndObject();
            }
        }
    }

    private static final class Obj extends TypeStream {
        private record Slot(int index, TypeStream type) {}

        private final Type.ObjectType object;
        private final Map<String, Slot> fields = new HashMap<>();

        Obj(String context, Type.ObjectType type) {
            super(context, type);
            this.object = type;
            List<Field> declared = object.fields();
            for (int i = 0; i < declared.size(); i++) {
                fields.put(declared.get(i).name(), new Slot(i, of(declared.get(i).type(), context)));
            }
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            copyFields(p, g);
            if (g != null) {
                g.writeEndObject();
            }
        }

        @Override
        public void copyWith(JsonParser p, JsonGenerator g, SerializableString name, JsonNode value) throws IOException {
            copyFields(p, g);
            g.writeFieldName(name);
            StreamChecks.write(value, g);
            g.writeEndObject();
        }

        /** The object's start and fields, checked; the parser is left at its end. */
        private void copyFields(JsonParser p, JsonGenerator g) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw StreamChecks.misfit(p, context, "an object");
            }
            if (g != null) {
                g.writeStartObject();
            }
            long[] seen = new long[(object.fields().size() + 63) >>> 6];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Slot slot = fields.get(key);
                if (slot == null) {
                    throw StreamChecks.undeclared(p, context, key, object);
                }
                long bit = 1L << slot.index;
                if ((seen[slot.index >>> 6] & bit) != 0) {
                    throw StreamChecks.duplicate(p, key);
                }
                seen[slot.index >>> 6] |= bit;
                if (g != null) {
                    g.writeFieldName(key);
                }
                p.nextToken();
                slot.type.copy(p, g);
            }
            StreamChecks.requirePresent(p, context, object, seen);
        }
    }

    /** Any JSON value, copied exactly, without recursion (any depth), keys once per object. */
    private static final class Any extends TypeStream {
        Any(String context, Type type) {
            super(context, type);
        }

        @Override
        public void copy(JsonParser p, JsonGenerator g) throws IOException {
            List<KeySet> open = new ArrayList<>();
            JsonToken t = p.currentToken();
            while (true) {
                switch (t) {
                    case START_OBJECT -> {
                        StreamChecks.requireDepth(p);
                        open.add(new KeySet());
                        if (g != null) {
                            g.writeStartObject();
                        }
                    }
                    case START_ARRAY -> {
                        StreamChecks.requireDepth(p);
                        open.add(null);
                        if (g != null) {
                            g.writeStartArray();
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        open.remove(open.size() - 1);
                        if (g != null) {
                            if (t == JsonToken.END_OBJECT) {
                                g.writeEndObject();
                            } else {
                                g.writeEndArray();
                            }
                        }
                    }
                    case FIELD_NAME -> {
                        String key = p.currentName();
                        StreamChecks.requireWholeKey(p, key);
                        if (!open.get(open.size() - 1).add(key)) {
                            throw StreamChecks.duplicate(p, key);
                        }
                        if (g != null) {
                            g.writeFieldName(key);
                        }
                    }
                    case VALUE_STRING -> {
                        StreamChecks.requireWholeText(p);
                        if (g != null) {
                            writeString(p, g);
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (g != null) {
                            writeNumber(p, g);
                        }
                    }
                    case VALUE_TRUE, VALUE_FALSE -> {
                        if (g != null) {
                            g.writeBoolean(t == JsonToken.VALUE_TRUE);
                        }
                    }
                    case VALUE_NULL -> {
                        if (g != null) {
                            g.writeNull();
                        }
                    }
                    default -> throw StreamChecks.misfit(p, context, "a JSON value");
                }
                if (open.isEmpty()) {
                    return;
                }
                t = p.nextToken();
            }
        }
    }
}
