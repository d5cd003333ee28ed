package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A value streamed through another {@link ValueStream} whose output is checked against a type as
 * it is written, token by token, holding nothing but the path to the token: a translation whose
 * ops may yield more than the target version declares (going back, a field added with a default
 * is optional where the older version requires it; a head of an empty array is null). The first
 * misfit is the one {@code SchemaValidator} would name first on the written tree (declared fields
 * in declared order, then undeclared ones), held when the value ends ({@link HeldFailure}): an input
 * that does not fit, or an op that fails, fails first, as the tree translator checks its input
 * before the ops run and its output after. Immutable and
 * thread-safe.
 */
public final class CheckedStream implements ValueStream {
    private final ValueStream inner;
    private final Shape shape;
    private final String outputContext;
    private final String culprit;

    private CheckedStream(ValueStream inner, Type output, String outputContext, String culprit) {
        this.inner = inner;
        this.shape = Shape.of(output);
        this.outputContext = outputContext;
        this.culprit = culprit;
    }

    /**
     * {@code inner}'s output checked against {@code output}: a misfit's message starts with
     * {@code outputContext} and names {@code culprit} as the op (none when null).
     */
    public static CheckedStream of(ValueStream inner, Type output, String outputContext, String culprit) {
        return new CheckedStream(inner, output, outputContext, culprit);
    }

    @Override
    public void stream(JsonParser p, JsonGenerator g) throws IOException {
        String at = StreamChecks.pointer(p);
        Checker checker = new Checker(g, shape);
        inner.stream(p, checker);
        Misfit first = checker.first();
        if (first != null) {
            HeldFailure.misfit(new LensException(outputContext + ": " + first.message, at + first.pointer(), culprit));
        }
    }

    /** A type compiled for checking: an object's fields by name. */
    private record Shape(Type type, Type inner, Map<String, Integer> indexes, List<Shape> fields, Shape items) {
        static Shape of(Type type) {
            Type inner = Type.nonNull(type);
            if (inner instanceof Type.ObjectType o) {
                Map<String, Integer> indexes = new HashMap<>();
                List<Shape> fields = new ArrayList<>();
                for (int i = 0; i < o.fields().size(); i++) {
                    indexes.put(o.fields().get(i).name(), i);
                    fields.add(of(o.fields().get(i).type()));
                }
                return new Shape(type, inner, indexes, fields, null);
            }
            Shape items = inner instanceof Type.ArrayType a ? of(a.items())
                    : inner instanceof Type.MapType m ? of(m.values()) : null;
            return new Shape(type, inner, null, null, items);
        }

        String expected() {
            return inner instanceof Type.StringType ? "a string" : inner instanceof Type.IntType ? "an int"
                    : inner instanceof Type.LongType ? "a long" : inner instanceof Type.DoubleType ? "a number"
                    : inner instanceof Type.BooleanType ? "a boolean"
                    : inner instanceof Type.EnumType e ? "one of " + e.values()
                    : inner instanceof Type.ArrayType ? "an array" : inner instanceof Type.MapType ? "an object (map)"
                    : "an object";
        }
    }

    /** A misfit: its pointer relative to its parent's value, built up as containers end. */
    private static final class Misfit {
        final String message;
        final List<String> tokens = new ArrayList<>();

        Misfit(String message) {
            this.message = message;
        }

        Misfit under(String token) {
            tokens.add(token);
            return this;
        }

        String pointer() {
            StringBuilder b = new StringBuilder();
            for (int i = tokens.size() - 1; i >= 0; i--) {
                b.append('/').append(JsonPointers.escape(tokens.get(i)));
            }
            return b.toString();
        }
    }

    /** A container being written: its shape (null: not checked) and the first misfit in it so far. */
    private static final class Frame {
        final Shape shape;
        final boolean object;
        /** A value of the wrong kind, recorded whole for the message. */
        final TokenBuffer wrong;
        String key;
        int index = -1;
        int fieldIndex = -1;
        long[] seen;
        Misfit first;
        int firstField = Integer.MAX_VALUE;
        Misfit firstUndeclared;

        Frame(Shape shape, boolean object, TokenBuffer wrong) {
            this.shape = shape;
            this.object = object;
            this.wrong = wrong;
            if (shape != null && shape.indexes != null) {
                seen = new long[(shape.fields.size() + 63) >>> 6];
            }
        }

        /** The shape of the value written next in this container (null: not checked). */
        Shape next() {
            if (shape == null) {
                return null;
            }
            if (shape.indexes == null) {
                return shape.items;
            }
            return fieldIndex < 0 ? null : shape.fields.get(fieldIndex);
        }

        String token() {
            return object ? key : Integer.toString(index);
        }

        void add(Misfit m) {
            if (shape != null && shape.indexes != null) {
                if (fieldIndex >= 0 && fieldIndex < firstField) {
                    firstField = fieldIndex;
                    first = m;
                }
            } else if (first == null) {
                first = m;
            }
        }

        /** The first misfit in declared order, missing fields included, then undeclared ones. */
        Misfit end() {
            if (shape != null && shape.indexes != null) {
                List<Field> fields = ((Type.ObjectType) shape.inner).fields();
                for (int i = 0; i < Math.min(firstField, fields.size()); i++) {
                    Field f = fields.get(i);
                    if (f.required() && (seen[i >>> 6] & (1L << i)) == 0) {
                        return new Misfit("missing field '" + f.name() + "' of type " + Types.display(f.type()))
                                .under(f.name());
                    }
                }
                return first != null ? first : firstUndeclared;
            }
            return first;
        }
    }

    /** The generator that checks what passes through it. */
    private static final class Checker extends JsonGeneratorDelegate {
        private final Shape root;
        private final List<Frame> open = new ArrayList<>();
        private Misfit first;

        Checker(JsonGenerator out, Shape root) {
            super(out, false);
            this.root = root;
        }

        Misfit first() {
            return first;
        }

        private Frame top() {
            return open.isEmpty() ? null : open.get(open.size() - 1);
        }

        /** The shape the next value must have; moves an array to its next index. */
        private Shape nextShape() {
            Frame f = top();
            if (f == null) {
                return root;
            }
            if (f.wrong != null) {
                return null;
            }
            if (!f.object) {
                f.index++;
            }
            return f.next();
        }

        private void misfit(Misfit m) {
            Frame f = top();
            if (f == null) {
                if (first == null) {
                    first = m;
                }
                return;
            }
            f.add(m.under(f.token()));
        }

        /** A scalar written: checked when its shape is known. */
        private void scalar(Shape s, boolean fits, JsonNode value) {
            if (s == null || fits) {
                return;
            }
            misfit(new Misfit("expected " + s.expected() + ", found " + JsonValues.kind(value)
                    + (value.isNull() ? "" : " " + JsonValues.brief(value))));
        }

        private void beforeScalar(JsonNode value, Kind kind) {
            Frame f = top();
            if (f != null && f.wrong != null) {
                return;
            }
            Shape s = nextShape();
            if (s == null || s.inner instanceof Type.AnyType) {
                return;
            }
            if (kind == Kind.NULL) {
                scalar(s, s.type.isNullable(), value);
                return;
            }
            Type t = s.inner;
            boolean fits = switch (kind) {
                case TEXT -> t instanceof Type.StringType
                        || t instanceof Type.EnumType e && e.values().contains(value.textValue());
                case BOOLEAN -> t instanceof Type.BooleanType;
                case NUMBER -> t instanceof Type.DoubleType
                        || t instanceof Type.IntType && value.isIntegralNumber() && value.canConvertToInt()
                        || t instanceof Type.LongType && value.isIntegralNumber() && value.canConvertToLong();
                default -> false;
            };
            scalar(s, fits, value);
        }

        private enum Kind { TEXT, BOOLEAN, NUMBER, NULL }

        private void start(boolean object) throws IOException {
            Frame f = top();
            if (f != null && f.wrong != null) {
                if (object) {
                    f.wrong.writeStartObject();
                } else {
                    f.wrong.writeStartArray();
                }
                open.add(new Frame(null, object, f.wrong));
                return;
            }
            Shape s = nextShape();
            if (s == null || s.inner instanceof Type.AnyType) {
                open.add(new Frame(null, object, null));
            } else if (object ? s.inner instanceof Type.ObjectType || s.inner instanceof Type.MapType
                    : s.inner instanceof Type.ArrayType) {
                open.add(new Frame(s, object, null));
            } else {
                TokenBuffer wrong = new TokenBuffer(null, false);
                if (object) {
                    wrong.writeStartObject();
                } else {
                    wrong.writeStartArray();
                }
                Frame w = new Frame(s, object, wrong);
                open.add(w);
            }
        }

        private void end() throws IOException {
            Frame f = open.remove(open.size() - 1);
            if (f.wrong != null) {
                if (f.object) {
                    f.wrong.writeEndObject();
                } else {
                    f.wrong.writeEndArray();
                }
                Frame outer = top();
                if (outer != null && outer.wrong == f.wrong) {
                    return; // inside the wrong value
                }
                JsonNode value;
                try (JsonParser p = f.wrong.asParser()) {
                    p.nextToken();
                    value = StrictJson.readValue(p, "the output");
                }
                scalar(f.shape, false, value);
                return;
            }
            Misfit m = f.end();
            if (m != null) {
                misfit(m);
            }
        }

        private void name(String name) throws IOException {
            Frame f = top();
            if (f.wrong != null) {
                f.wrong.writeFieldName(name);
                return;
            }
            f.key = name;
            if (f.shape == null || f.shape.indexes == null) {
                return;
            }
            Integer i = f.shape.indexes.get(name);
            f.fieldIndex = i == null ? -1 : i;
            if (i == null) {
                if (f.firstUndeclared == null) {
                    String hint = Hints.didYouMean(name, ((Type.ObjectType) f.shape.inner).fieldNames());
                    f.firstUndeclared = new Misfit("field '" + name + "' is not declared in this version"
                            + (hint == null ? "" : " (" + hint + ")")).under(name);
                }
            } else {
                f.seen[i >>> 6] |= 1L << i;
            }
        }

        /** Records a scalar inside a value of the wrong kind, for its message. */
        private boolean inWrong(JsonNode value) throws IOException {
            Frame f = top();
            if (f == null || f.wrong == null) {
                return false;
            }
            StrictJson.write(value, f.wrong);
            return true;
        }

        private void text(String text) throws IOException {
            JsonNode v = TextNode.valueOf(text);
            if (!inWrong(v)) {
                beforeScalar(v, Kind.TEXT);
            }
        }

        private void number(JsonNode v) throws IOException {
            if (!inWrong(v)) {
                beforeScalar(v, Kind.NUMBER);
            }
        }

        @Override public void writeStartObject() throws IOException { start(true); super.writeStartObject(); }
        @Override public void writeStartObject(Object forValue) throws IOException { start(true); super.writeStartObject(forValue); }
        @Override public void writeStartObject(Object forValue, int size) throws IOException { start(true); super.writeStartObject(forValue, size); }
        @Override public void writeEndObject() throws IOException { end(); super.writeEndObject(); }
        @Override public void writeStartArray() throws IOException { start(false); super.writeStartArray(); }
        @Override public void writeStartArray(int size) throws IOException { start(false); super.writeStartArray(size); }
        @Override public void writeStartArray(Object forValue) throws IOException { start(false); super.writeStartArray(forValue); }
        @Override public void writeStartArray(Object forValue, int size) throws IOException { start(false); super.writeStartArray(forValue, size); }
        @Override public void writeEndArray() throws IOException { end(); super.writeEndArray(); }
        @Override public void writeFieldName(String name) throws IOException { name(name); super.writeFieldName(name); }
        @Override public void writeFieldName(SerializableString name) throws IOException { name(name.getValue()); super.writeFieldName(name); }
        @Override public void writeString(String text) throws IOException { text(text); super.writeString(text); }
        @Override public void writeString(char[] text, int offset, int len) throws IOException { text(new String(text, offset, len)); super.writeString(text, offset, len); }
        @Override public void writeString(SerializableString text) throws IOException { text(text.getValue()); super.writeString(text); }
        @Override public void writeBoolean(boolean state) throws IOException {
            if (!inWrong(BooleanNode.valueOf(state))) {
                beforeScalar(BooleanNode.valueOf(state), Kind.BOOLEAN);
            }
            super.writeBoolean(state);
        }
        @Override public void writeNull() throws IOException {
            if (!inWrong(NullNode.getInstance())) {
                beforeScalar(NullNode.getInstance(), Kind.NULL);
            }
            super.writeNull();
        }
        @Override public void writeNumber(short v) throws IOException { number(com.fasterxml.jackson.databind.node.IntNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(int v) throws IOException { number(com.fasterxml.jackson.databind.node.IntNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(long v) throws IOException { number(com.fasterxml.jackson.databind.node.LongNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(BigInteger v) throws IOException { number(com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(double v) throws IOException { number(DoubleNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(float v) throws IOException { number(DoubleNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(BigDecimal v) throws IOException { number(DecimalNode.valueOf(v)); super.writeNumber(v); }
        @Override public void writeNumber(String text) throws IOException { numberText(text); super.writeNumber(text); }
        @Override public void writeNumber(char[] text, int offset, int len) throws IOException {
            numberText(new String(text, offset, len));
            super.writeNumber(text, offset, len);
        }

        /** A number written as the text it was read as: read as a tree only where it may not fit. */
        private void numberText(String text) throws IOException {
            Frame f = top();
            Shape s = f == null ? root : f.wrong != null ? null : f.shape == null ? null
                    : f.object && f.shape.indexes != null ? f.next() : f.shape.items;
            boolean shortIntegral = text.length() <= 9 && text.chars().allMatch(c -> c == '-' || c >= '0' && c <= '9');
            if (s != null && (s.inner instanceof Type.DoubleType || s.inner instanceof Type.AnyType
                    || shortIntegral && (s.inner instanceof Type.IntType || s.inner instanceof Type.LongType))) {
                nextShape();
                return;
            }
            number(StrictJson.read(text, "the output"));
        }
        @Override public void writeTree(com.fasterxml.jackson.core.TreeNode tree) throws IOException {
            StrictJson.write((JsonNode) tree, this);
        }
    }
}
