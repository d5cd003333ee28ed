package dev.lensc.runtime.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.EnumType;
import dev.lensc.runtime.schema.Type.MapType;
import dev.lensc.runtime.schema.Type.NullableType;
import dev.lensc.runtime.schema.Type.ObjectType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing document to a small one that still fails: optional fields left out, nulls for
 * nullable values, fewer array items and map entries, shorter strings (by code point, so no
 * surrogate pair is split), zero, false, the first enum value. Every
 * candidate still fits the type, so a shrunk counterexample is a valid document.
 */
public final class Shrinker {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_STEPS = 2_000;

    private Shrinker() {}

    /** The smallest document found that still satisfies {@code fails}; {@code doc} must satisfy it. */
    public static JsonNode shrink(JsonNode doc, Type type, Predicate<JsonNode> fails) {
        JsonNode current = doc;
        int steps = 0;
        boolean progress = true;
        while (progress && steps < MAX_STEPS) {
            progress = false;
            for (JsonNode candidate : candidates(current, type)) {
                steps++;
                if (safeFails(fails, candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
                if (steps >= MAX_STEPS) {
                    break;
                }
            }
        }
        return current;
    }

    private static boolean safeFails(Predicate<JsonNode> fails, JsonNode candidate) {
        try {
            return fails.test(candidate);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Simpler variants of {@code v}, simplest first. */
    static List<JsonNode> candidates(JsonNode v, Type type) {
        List<JsonNode> out = new ArrayList<>();
        if (type instanceof NullableType n) {
            if (!v.isNull()) {
                out.add(NODES.nullNode());
                out.addAll(candidates(v, n.inner()));
            }
            return out;
        }
        if (type instanceof ObjectType o && v.isObject()) {
            for (Field f : o.fields()) {
                if (f.optional() && v.has(f.name())) {
                    out.add(((ObjectNode) v).deepCopy().without(f.name()));
                }
            }
            for (Field f : o.fields()) {
                JsonNode fv = v.get(f.name());
                if (fv == null) {
                    continue;
                }
                for (JsonNode c : candidates(fv, f.type())) {
                    ObjectNode copy = ((ObjectNode) v).deepCopy();
                    copy.set(f.name(), c);
                    out.add(copy);
                }
            }
        } else if (type instanceof ArrayType a && v.isArray()) {
            if (v.size() > 0) {
                out.add(NODES.arrayNode());
            }
            for (int i = v.size() - 1; i >= 0 && v.size() > 1; i--) {
                ArrayNode copy = ((ArrayNode) v).deepCopy();
                copy.remove(i);
                out.add(copy);
            }
            for (int i = 0; i < v.size(); i++) {
                for (JsonNode c : candidates(v.get(i), a.items())) {
                    ArrayNode copy = ((ArrayNode) v).deepCopy();
                    copy.set(i, c);
                    out.add(copy);
                }
            }
        } else if (type instanceof MapType m && v.isObject()) {
            if (v.size() > 0) {
                out.add(NODES.objectNode());
            }
            for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
                String key = it.next();
                ObjectNode without = ((ObjectNode) v).deepCopy();
                without.remove(key);
                out.add(without);
                for (JsonNode c : candidates(v.get(key), m.values())) {
                    ObjectNode copy = ((ObjectNode) v).deepCopy();
                    copy.set(key, c);
                    out.add(copy);
                }
            }
        } else if (type instanceof EnumType e && v.isTextual() && !e.values().isEmpty()
                && !v.textValue().equals(e.values().get(0))) {
            out.add(NODES.textNode(e.values().get(0)));
        } else if (v.isTextual() && !v.textValue().isEmpty() && !(type instanceof EnumType)) {
            String s = v.textValue();
            out.add(NODES.textNode(""));
            int n = s.codePointCount(0, s.length());
            if (n > 1) {
                out.add(NODES.textNode(s.substring(0, s.offsetByCodePoints(0, n / 2))));
                out.add(NODES.textNode(s.substring(s.offsetByCodePoints(0, 1))));
            }
        } else if (v.isIntegralNumber() && !JsonValues.equal(v, NODES.numberNode(0))) {
            out.add(v.isInt() ? NODES.numberNode(0) : NODES.numberNode(0L));
            if (v.canConvertToLong() && Math.abs(v.longValue()) > 1) {
                long half = v.longValue() / 2;
                out.add(v.isInt() ? NODES.numberNode((int) half) : NODES.numberNode(half));
            }
        } else if (v.isFloatingPointNumber() && v.doubleValue() != 0.0) {
            out.add(NODES.numberNode(0.0));
            out.add(NODES.numberNode(Math.floor(v.doubleValue())));
        } else if (v.isBoolean() && v.booleanValue()) {
            out.add(NODES.booleanNode(false));
        } else if (type instanceof Type.AnyType && (v.isContainerNode()) && v.size() > 0) {
            out.add(v.isArray() ? NODES.arrayNode() : NODES.objectNode());
        }
        out.removeIf(c -> JsonValues.equal(c, v));
        return out;
    }
}
