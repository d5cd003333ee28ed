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
