package dev.lensc.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** JSON value semantics on Jackson nodes: 1, 1L and 1.0 are the same JSON number. */
public final class JsonValues {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonValues() {}

    /** Deep equality as JSON defines it: key order does not matter, numbers compare by value. */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }

    /** The kind of a value for messages: object, array, string, number, boolean, null. */
    public static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case MISSING -> "nothing";
        };
    }

    /** A short rendering of a value for messages (only its start is written, whatever its size or depth). */
    public static String brief(JsonNode node) {
        String text = node == null ? "nothing" : StrictJson.compactPrefix(node, 61);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
