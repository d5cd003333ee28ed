package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensOp.Convert;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.math.BigDecimal;

/** The value half of {@code convert}: table lookup, fallback, lossless type coercion. */
final class ValueConverter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueConverter() {}

    /** The converted value, or null when the value has no image. */
    static JsonNode tryConvert(Convert c, JsonNode value) {
        for (ValueMapping m : c.table()) {
            if (m.forwards() && JsonValues.equal(m.from(), value)) {
                return m.to();
            }
        }
        if (c.forwardFallback() != null) {
            return c.forwardFallback();
        }
        if (value.isNull()) {
            // null is a value of its own, never looked up as the text "null"; it stays null.
            return value;
        }
        if (!c.table().isEmpty()) {
            return null;
        }
        return coerce(value, c.toType());
    }

    static JsonNode convert(Convert c, JsonNode value, String pointer) {
        JsonNode out = tryConvert(c, value);
        if (out == null) {
            String reason = noImageReason(value, c.table().isEmpty(), c.toType());
            throw new LensException(reason, pointer, LensOps.describe(c));
        }
        return out.deepCopy();
    }

    /** Why a value has no image: shared by the interpreter and generated code ({@link Steps#noImage}). */
    static String noImageReason(JsonNode value, boolean tableEmpty, Type toType) {
        return tableEmpty
                ? JsonValues.brief(value) + " cannot become " + (toType == null ? "?" : Types.display(toType))
                        + " without losing data"
                : "no mapping for " + JsonValues.brief(value) + " and no fallback";
    }

    /** Lossless coercion to a type, or null when none exists; unknown types leave values alone. */
    private static JsonNode coerce(JsonNode value, Type target) {
        if (target == null) {
            return value;
        }
        Type t = Type.nonNull(target);
        if (t instanceof Type.StringType) {
            return value.isTextual() ? value
                    : value.isNumber() || value.isBoolean() ? NODES.textNode(value.asText()) : null;
        } else if (t instanceof Type.EnumType e) {
            return value.isTextual() && e.values().contains(value.textValue()) ? value : null;
        } else if (t instanceof Type.BooleanType) {
            return value.isBoolean() ? value
                    : value.isTextual() && (value.textValue().equals("true") || value.textValue().equals("false"))
                            ? NODES.booleanNode(Boolean.parseBoolean(value.textValue())) : null;
        } else if (t instanceof Type.IntType) {
            return integral(value, true);
        } else if (t instanceof Type.LongType) {
            return integral(value, false);
        } else if (t instanceof Type.DoubleType) {
            return value.isNumber() ? value : parseNumber(value);
        }
        return value;
    }

    private static JsonNode integral(JsonNode value, boolean isInt) {
        BigDecimal number = value.isNumber() ? value.decimalValue()
                : value.isTextual() && parseNumber(value) != null ? new BigDecimal(value.textValue()) : null;
        if (number == null) {
            return null;
        }
        try {
            long l = number.longValueExact();
            if (isInt && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
                return null;
            }
            return isInt ? NODES.numberNode((int) l) : NODES.numberNode(l);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static JsonNode parseNumber(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.textValue();
        try {
            BigDecimal d = new BigDecimal(text);
            // only text that round-trips: "1.50" or "01" would come back as "1.5" and "1"
            if (!d.toString().equals(text)) {
                return null;
            }
            return NODES.numberNode(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
