package dev.lensc.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number that prints exactly as it was written ({@code -0.0}, {@code 1e400}, {@code -0},
 * {@code 1E5}) where Jackson's own number nodes would print it differently ({@code 0.0},
 * {@code 1E+400}, {@code 0}, {@code 1E+5}). Its value is that of the standard node it wraps, so
 * reading it as an int, a long or a BigDecimal, and comparing it by value, work as usual.
 *
 * <p>{@link StrictJson} creates one only for number text whose standard node prints otherwise;
 * ops move it as any other value node, and it serializes through any Jackson generator.
 */
public final class ExactNumberNode extends NumericNode {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final NumericNode value;

    /**
     * @param text the number as written in the JSON text
     * @param value a standard node of the same value
     */
    public ExactNumberNode(String text, NumericNode value) {
        this.text = text;
        this.value = value;
    }

    /** The standard node of the same value. */
    public NumericNode value() {
        return value;
    }

    @Override
    public String asText() {
        return text;
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeNumber(text);
    }

    @Override
    public JsonToken asToken() {
        return value.asToken();
    }

    @Override
    public JsonParser.NumberType numberType() {
        return value.numberType();
    }

    @Override
    public Number numberValue() {
        return value.numberValue();
    }

    @Override
    public boolean isIntegralNumber() {
        return value.isIntegralNumber();
    }

    @Override
    public boolean isFloatingPointNumber() {
        return value.isFloatingPointNumber();
    }

    @Override
    public boolean isInt() {
        return value.isInt();
    }

    @Override
    public boolean isLong() {
        return value.isLong();
    }

    @Override
    public boolean isBigInteger() {
        return value.isBigInteger();
    }

    @Override
    public boolean isBigDecimal() {
        return value.isBigDecimal();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    /** The nearest double, negative zero and infinities included ({@code -0.0}, {@code 1e400}). */
    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public BigDecimal decimalValue() {
        return value.decimalValue();
    }

    @Override
    public BigInteger bigIntegerValue() {
        return value.bigIntegerValue();
    }

    @Override
    public boolean canConvertToInt() {
        return value.canConvertToInt();
    }

    @Override
    public boolean canConvertToLong() {
        return value.canConvertToLong();
    }

    @Override
    public boolean canConvertToExactIntegral() {
        return value.canConvertToExactIntegral();
    }

    /** Equal to the same text, as Jackson's number nodes are equal to their own representation. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExactNumberNode other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
