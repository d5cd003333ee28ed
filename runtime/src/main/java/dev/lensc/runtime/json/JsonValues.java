package dev.lensc.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/** JSON value semantics on Jackson nodes: 1, 1L and 1.0 are the same JSON number. */
public final class JsonValues {
    private JsonValues() {}

    /**
     * Deep equality as JSON defines it: key order does not matter, numbers compare by value. Walks
     * without recursion, so values of any depth compare on any thread.
     */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a != null && b != null && !a.isContainerNode() && !b.isContainerNode()) {
            return shallowEqual(a, b, null); // two scalars: nothing pending, nothing to allocate
        }
        int flat = a == null || b == null ? -1 : flatEqual(a, b);
        if (flat >= 0) {
            return flat == 1;
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        JsonNode x = a;
        JsonNode y = b;
        while (true) {
            if (x != y && !shallowEqual(x, y, pending)) {
                return false;
            }
            if (pending.isEmpty()) {
                return true;
            }
            x = pending.pop();
            y = pending.pop();
        }
    }

    /**
     * Whether two values are written alike (key order and the text of numbers included), so that
     * one may stand for the other in output; false also where it cannot tell cheaply (containers
     * within containers, numbers other than int and long).
     */
    public static boolean sameText(JsonNode a, JsonNode b) {
        if (a.isObject()) {
            if (!b.isObject() || a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> other = b.fields();
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> x = it.next();
                Map.Entry<String, JsonNode> y = other.next();
                if (!x.getKey().equals(y.getKey()) || !sameScalar(x.getValue(), y.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            if (!b.isArray() || a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameScalar(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return sameScalar(a, b);
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a.isTextual()) {
            return b.isTextual() && a.textValue().equals(b.textValue());
        }
        if (a.isInt() || a.isLong()) {
            return (b.isInt() || b.isLong()) && a.longValue() == b.longValue();
        }
        if (a.isBoolean() || a.isNull()) {
            return a.getNodeType() == b.getNodeType() && a.asBoolean() == b.asBoolean();
        }
        return false;
    }

    /**
     * Two containers compared without a stack while their items are scalars (an address, a list of
     * texts): 1 equal, 0 not, -1 when an item is a container (the walk with a stack decides).
     */
    private static int flatEqual(JsonNode x, JsonNode y) {
        if (x.isObject()) {
            if (!y.isObject() || x.size() != y.size()) {
                return 0;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                int same = flatItemEqual(field.getValue(), y.get(field.getKey()));
                if (same != 1) {
                    return same;
                }
            }
            return 1;
        }
        if (!x.isArray()) {
            return -1;
        }
        if (!y.isArray() || x.size() != y.size()) {
            return 0;
        }
        for (int i = 0; i < x.size(); i++) {
            int same = flatItemEqual(x.get(i), y.get(i));
            if (same != 1) {
                return same;
            }
        }
        return 1;
    }

    private static int flatItemEqual(JsonNode x, JsonNode y) {
        if (y == null) {
            return 0;
        }
        if (x.isContainerNode() || y.isContainerNode()) {
            return -1;
        }
        return shallowEqual(x, y, null) ? 1 : 0;
    }

    /** Whether two values can be equal, with the pairs of their children still to compare pushed. */
    private static boolean shallowEqual(JsonNode x, JsonNode y, Deque<JsonNode> pending) {
        if (x == null || y == null) {
            return false;
        }
        if (x.isObject()) {
            if (!y.isObject() || x.size() != y.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = y.get(field.getKey());
                if (other == null) {
                    return false;
                }
                pending.push(other);
                pending.push(field.getValue());
            }
            return true;
        }
        if (x.isArray()) {
            if (!y.isArray() || x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                pending.push(y.get(i));
                pending.push(x.get(i));
            }
            return true;
        }
        if (x.isNumber() && y.isNumber()) {
            if (x.isIntegralNumber() && y.isIntegralNumber() && x.canConvertToLong() && y.canConvertToLong()) {
                return x.longValue() == y.longValue(); // no BigDecimal for two integers
            }
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
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
