package dev.lensc.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree to a generator without recursion, so any depth prints; numbers as they were read
 * ({@link ExactNumberNode}) or as their standard node prints them.
 */
final class TreeWriter {
    private TreeWriter() {}

    /** An open object (its fields) or array (its items). */
    private record Open(boolean object, Iterator<?> rest) {}

    static void write(JsonNode root, JsonGenerator g) throws IOException {
        if (!root.isContainerNode()) {
            scalar(root, g);
            return;
        }
        List<Open> open = new ArrayList<>();
        JsonNode next = root;
        while (true) {
            if (next != null) {
                if (next.isObject()) {
                    g.writeStartObject();
                    open.add(new Open(true, next.fields()));
                } else if (next.isArray()) {
                    g.writeStartArray();
                    open.add(new Open(false, next.elements()));
                } else {
                    scalar(next, g);
                }
                next = null;
            }
            if (open.isEmpty()) {
                return;
            }
            Open innermost = open.get(open.size() - 1);
            if (!innermost.rest().hasNext()) {
                open.remove(open.size() - 1);
                if (innermost.object()) {
                    g.writeEndObject();
                } else {
                    g.writeEndArray();
                }
            } else if (innermost.object()) {
                Map.Entry<?, ?> field = (Map.Entry<?, ?>) innermost.rest().next();
                g.writeFieldName((String) field.getKey());
                next = (JsonNode) field.getValue();
            } else {
                next = (JsonNode) innermost.rest().next();
            }
        }
    }

    private static void scalar(JsonNode v, JsonGenerator g) throws IOException {
        if (v instanceof ExactNumberNode exact) {
            g.writeNumber(exact.asText());
            return;
        }
        switch (v.getNodeType()) {
            case STRING -> g.writeString(v.textValue());
            case BOOLEAN -> g.writeBoolean(v.booleanValue());
            case NULL, MISSING -> g.writeNull();
            case NUMBER -> {
                switch (v.numberType()) {
                    case INT -> g.writeNumber(v.intValue());
                    case LONG -> g.writeNumber(v.longValue());
                    case BIG_INTEGER -> g.writeNumber(v.bigIntegerValue());
                    case FLOAT -> g.writeNumber(v.floatValue());
                    case DOUBLE -> g.writeNumber(v.doubleValue());
                    default -> g.writeNumber(v.decimalValue());
                }
            }
            // binary and POJO nodes do not come from JSON text; their own serializers know them
            default -> g.writeTree(v);
        }
    }
}
