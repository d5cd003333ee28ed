package dev.lensc.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a tree from parser tokens without recursion (any depth up to the limit fits), refusing
 * what Jackson would let through: duplicate keys, lone surrogates, nesting past the limit. Numbers
 * keep their text ({@link ExactNumberNode}) where a standard node would print them otherwise.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonParser parser;
    private final String source;
    private final int maxDepth;
    /** The open containers, outermost first. */
    private final List<ContainerNode<?>> open = new ArrayList<>();
    /** Per open object, the key whose value comes next (for messages: the JSON pointer). */
    private final List<String> keys = new ArrayList<>();

    /** The JSON pointer of the value read, in the whole document (empty for the root). */
    private final String at;

    TreeReader(JsonParser parser, String source, int maxDepth) {
        this(parser, source, maxDepth, "");
    }

    /**
     * A reader of one value inside a document that a {@link StrictJsonStream} walks: messages name
     * pointers from {@code at}, and the depth counts from there.
     */
    TreeReader(JsonParser parser, String source, int maxDepth, String at) {
        this.parser = parser;
        this.source = source;
        this.maxDepth = maxDepth;
        this.at = at;
    }

    /** The one document of the input; nothing but whitespace may follow it. */
    JsonNode read() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonReadException(source + ": no JSON document (the input is empty)", 0, 0);
        }
        JsonNode root = value(first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw error(parser.currentTokenLocation(), "invalid JSON: more after the end of the document");
        }
        return root;
    }

    /** The value that starts with the token {@code first} (the parser's current token), read to its end. */
    JsonNode value(JsonToken first) throws IOException {
        JsonNode root = null;
        for (JsonToken t = first; t != null; t = open.isEmpty() ? null : parser.nextToken()) {
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= maxDepth) {
                        throw error(parser.currentTokenLocation(), "the document nests deeper than " + maxDepth
                                + " levels, Lensc's limit");
                    }
                    ContainerNode<?> c = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    root = attach(c, root);
                    open.add(c);
                    keys.add(null);
                }
                case END_OBJECT, END_ARRAY -> {
                    open.remove(open.size() - 1);
                    keys.remove(keys.size() - 1);
                }
                case FIELD_NAME -> {
                    String key = parser.currentName();
                    checkUnicode(key, "key");
                    ObjectNode o = (ObjectNode) open.get(open.size() - 1);
                    if (o.has(key)) {
                        throw error(parser.currentTokenLocation(), "duplicate key \"" + key + "\" at " + pointer(key)
                                + " (each key may appear once in an object)");
                    }
                    keys.set(keys.size() - 1, key);
                }
                default -> root = attach(scalar(t), root);
            }
        }
        return root;
    }

    /** Adds a value to the innermost open container; the first value is the root. */
    private JsonNode attach(JsonNode value, JsonNode root) {
        if (open.isEmpty()) {
            return value;
        }
        ContainerNode<?> parent = open.get(open.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set(keys.get(keys.size() - 1), value);
        } else {
            ((ArrayNode) parent).add(value);
        }
        return root;
    }

    private JsonNode scalar(JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> {
                String s = parser.getText();
                checkUnicode(s, "string");
                yield TextNode.valueOf(s);
            }
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> decimal();
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.instance;
            default -> throw error(parser.currentTokenLocation(), "invalid JSON: unexpected " + t);
        };
    }

    private JsonNode integer() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> {
                int v = parser.getIntValue();
                // "-0" is the one integer text whose standard node prints otherwise
                yield v == 0 && parser.getText().startsWith("-") ? new ExactNumberNode("-0", IntNode.valueOf(0))
                        : IntNode.valueOf(v);
            }
            case LONG -> LongNode.valueOf(parser.getLongValue());
            default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
    }

    private JsonNode decimal() throws IOException {
        String text = parser.getText();
        BigDecimal value = new BigDecimal(text);
        NumericNode node = DecimalNode.valueOf(value);
        return value.toString().equals(text) ? node : new ExactNumberNode(text, node);
    }

    /** A string or key with half of a surrogate pair (from a {@code \}u escape) is not Unicode text. */
    private void checkUnicode(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                String at = what.equals("key") ? pointer(null) : pointer(keys.isEmpty() ? null : currentKey());
                throw error(parser.currentTokenLocation(), String.format("a %s with a lone surrogate \\u%04x at %s"
                        + " (half of a UTF-16 pair is not a Unicode character)", what, (int) c, at));
            }
        }
    }

    private String currentKey() {
        return open.get(open.size() - 1) instanceof ObjectNode ? keys.get(keys.size() - 1) : null;
    }

    /** The JSON pointer of the open containers, and of {@code key} in the innermost when not null. */
    private String pointer(String key) {
        StringBuilder sb = new StringBuilder(at);
        for (int i = 0; i < open.size(); i++) {
            boolean innermost = i == open.size() - 1;
            ContainerNode<?> c = open.get(i);
            if (innermost) {
                if (key != null) {
                    sb.append('/').append(JsonPointers.escape(key));
                } else if (c instanceof ArrayNode a) {
                    sb.append('/').append(a.size());
                }
            } else if (c instanceof ObjectNode) {
                sb.append('/').append(JsonPointers.escape(keys.get(i)));
            } else {
                sb.append('/').append(c.size() - 1);
            }
        }
        return sb.isEmpty() ? "the root" : sb.toString();
    }

    private JsonReadException error(JsonLocation at, String message) {
        return new JsonReadException(source + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + message,
                at.getLineNr(), at.getColumnNr());
    }
}
