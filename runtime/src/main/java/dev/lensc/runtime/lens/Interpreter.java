package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensOp.Add;
import dev.lensc.runtime.lens.LensOp.Convert;
import dev.lensc.runtime.lens.LensOp.Custom;
import dev.lensc.runtime.lens.LensOp.Head;
import dev.lensc.runtime.lens.LensOp.Hoist;
import dev.lensc.runtime.lens.LensOp.In;
import dev.lensc.runtime.lens.LensOp.Map;
import dev.lensc.runtime.lens.LensOp.Plunge;
import dev.lensc.runtime.lens.LensOp.Remove;
import dev.lensc.runtime.lens.LensOp.Rename;
import dev.lensc.runtime.lens.LensOp.Wrap;
import java.util.Iterator;
import java.util.List;

/**
 * Runs ops on documents. Every op runs forward with an optional <em>base</em>: an existing
 * document of the version the op produces. Running backward is running the reversed op, so
 * {@code put(b, a)} is {@code reverse.run(b, a)} and the same code serves both directions.
 *
 * <p>Nodes are treated as immutable: an op builds new containers where it changes something and
 * shares untouched subtrees with its input. Callers that hand results to users detach them
 * ({@link Lens} does).
 */
public final class Interpreter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Interpreter() {}

    /** Runs {@code ops} in order on {@code doc}; {@code base} is a document of the last op's output. */
    public static JsonNode run(List<LensOp> ops, JsonNode doc, JsonNode base, String pointer) {
        int n = ops.size();
        if (base == null || n == 0) {
            JsonNode x = doc;
            for (LensOp op : ops) {
                x = apply(op, x, null, pointer);
            }
            return x;
        }
        // bases[i] is the base at the level after op i-1: walk the base back through the ops.
        JsonNode[] bases = new JsonNode[n + 1];
        bases[n] = base;
        for (int i = n - 1; i >= 1; i--) {
            try {
                bases[i] = apply(ops.get(i).reverse(), bases[i + 1], null, pointer);
            } catch (LensException e) {
                throw new LensException("the base document does not fit: " + e.reason(), e.pointer(), e.op());
            }
        }
        JsonNode x = doc;
        for (int i = 0; i < n; i++) {
            x = apply(ops.get(i), x, bases[i + 1], pointer);
        }
        return x;
    }

    /** Runs one op at the value {@code doc}, found at {@code pointer} in the whole input. */
    public static JsonNode apply(LensOp op, JsonNode doc, JsonNode base, String pointer) {
        return op.accept(new LensOp.Visitor<JsonNode>() {
            public JsonNode rename(Rename r) { return Interpreter.rename(r, object(doc, op, pointer), pointer); }
            public JsonNode add(Add a) { return Interpreter.add(a, object(doc, op, pointer), base, pointer); }
            public JsonNode remove(Remove r) { return Interpreter.remove(r, object(doc, op, pointer)); }
            public JsonNode hoist(Hoist h) { return Interpreter.hoist(h, object(doc, op, pointer), base, pointer); }
            public JsonNode plunge(Plunge p) { return Interpreter.plunge(p, object(doc, op, pointer), pointer); }
            public JsonNode wrap(Wrap w) { return Interpreter.wrap(w, object(doc, op, pointer), base); }
            public JsonNode head(Head h) { return Interpreter.head(h, object(doc, op, pointer), pointer); }
            public JsonNode in(In in) { return Interpreter.in(in, object(doc, op, pointer), base, pointer); }
            public JsonNode map(Map m) { return Interpreter.map(m, doc, base, pointer); }
            public JsonNode convert(Convert c) { return Interpreter.convert(c, object(doc, op, pointer), base, pointer); }
            public JsonNode custom(Custom c) { return Interpreter.custom(c, object(doc, op, pointer), base, pointer); }
        });
    }

    private static ObjectNode rename(Rename r, ObjectNode doc, String pointer) {
        if (!doc.has(r.from())) {
            return doc;
        }
        if (doc.has(r.to())) {
            throw conflict(r, r.to(), pointer);
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
            java.util.Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey().equals(r.from()) ? r.to() : e.getKey(), e.getValue());
        }
        return out;
    }

    private static ObjectNode add(Add a, ObjectNode doc, JsonNode base, String pointer) {
        if (doc.has(a.name())) {
            throw new LensException("the field '" + a.name() + "' is already present, but this version does not"
                    + " declare it; adding it would overwrite data", JsonPointers.child(pointer, a.name()),
                    LensOps.describe(a));
        }
        JsonNode kept = fieldOf(base, a.name());
        ObjectNode out = copy(doc);
        out.set(a.name(), kept != null ? kept : a.defaultValue().deepCopy());
        return out;
    }

    private static ObjectNode remove(Remove r, ObjectNode doc) {
        if (!doc.has(r.name())) {
            return doc;
        }
        return without(doc, r.name());
    }

    private static ObjectNode hoist(Hoist h, ObjectNode doc, JsonNode base, String pointer) {
        JsonNode host = doc.get(h.host());
        if (host == null) {
            return doc;
        }
        if (host.isNull()) {
            // the field lives in a host that may be null: with no host it is null too
            if (doc.has(h.name())) {
                throw conflict(h, h.name(), pointer);
            }
            ObjectNode out = copy(doc);
            out.set(h.name(), NullNode.getInstance());
            return out;
        }
        ObjectNode hostObject = object(host, h, JsonPointers.child(pointer, h.host()));
        if (!hostObject.has(h.name())) {
            return doc;
        }
        if (doc.has(h.name())) {
            throw conflict(h, h.name(), pointer);
        }
        ObjectNode newHost = without(hostObject, h.name());
        ObjectNode out = copy(doc);
        JsonNode baseHost = base != null && base.isObject() ? base.get(h.host()) : null;
        if (newHost.isEmpty() && base != null && (baseHost == null || baseHost.isNull())) {
            // The host existed only to hold the plunged field: restore the base's absent or null host.
            if (baseHost == null) {
                out.remove(h.host());
            } else {
                out.set(h.host(), NullNode.getInstance());
            }
        } else {
            out.set(h.host(), newHost);
        }
        out.set(h.name(), hostObject.get(h.name()));
        return out;
    }

    private static ObjectNode plunge(Plunge p, ObjectNode doc, String pointer) {
        if (!doc.has(p.name())) {
            return doc;
        }
        JsonNode host = doc.get(p.host());
        if (host != null && host.isNull() && doc.get(p.name()).isNull()) {
            return without(doc, p.name());
        }
        ObjectNode newHost = NODES.objectNode();
        if (host != null && !host.isNull()) {
            ObjectNode hostObject = object(host, p, JsonPointers.child(pointer, p.host()));
            if (hostObject.has(p.name())) {
                throw conflict(p, p.host() + "." + p.name(), pointer);
            }
            newHost.setAll(hostObject);
        }
        newHost.set(p.name(), doc.get(p.name()));
        ObjectNode out = NODES.objectNode();
        boolean placed = false;
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
            java.util.Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(p.host())) {
                out.set(p.host(), newHost);
                placed = true;
            } else if (!e.getKey().equals(p.name())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        if (!placed) {
            out.set(p.host(), newHost);
        }
        return out;
    }

    private static ObjectNode wrap(Wrap w, ObjectNode doc, JsonNode base) {
        if (!doc.has(w.name())) {
            return doc;
        }
        JsonNode value = doc.get(w.name());
        JsonNode baseValue = fieldOf(base, w.name());
        JsonNode result;
        if (baseValue != null && (baseValue.isArray() || baseValue.isNull())
                && JsonValues.equal(headOf(baseValue), value)) {
            result = baseValue;
        } else if (value.isNull()) {
            result = NODES.arrayNode();
        } else if (baseValue != null && baseValue.isArray() && !baseValue.isEmpty()) {
            ArrayNode array = NODES.arrayNode();
            array.addAll((ArrayNode) baseValue);
            array.set(0, value);
            result = array;
        } else {
            result = NODES.arrayNode().add(value);
        }
        ObjectNode out = copy(doc);
        out.set(w.name(), result);
        return out;
    }

    private static ObjectNode head(Head h, ObjectNode doc, String pointer) {
        if (!doc.has(h.name())) {
            return doc;
        }
        JsonNode value = doc.get(h.name());
        if (!value.isArray() && !value.isNull()) {
            throw new LensException("expected an array, found " + JsonValues.kind(value),
                    JsonPointers.child(pointer, h.name()), LensOps.describe(h));
        }
        ObjectNode out = copy(doc);
        out.set(h.name(), headOf(value));
        return out;
    }

    private static JsonNode headOf(JsonNode arrayOrNull) {
        return arrayOrNull.isArray() && !arrayOrNull.isEmpty() ? arrayOrNull.get(0) : NullNode.getInstance();
    }

    private static ObjectNode in(In in, ObjectNode doc, JsonNode base, String pointer) {
        JsonNode value = doc.get(in.name());
        if (value == null || value.isNull()) {
            return doc;
        }
        JsonNode baseValue = fieldOf(base, in.name());
        if (baseValue != null && baseValue.isNull()) {
            baseValue = null;
        }
        JsonNode result = run(in.ops(), value, baseValue, JsonPointers.child(pointer, in.name()));
        ObjectNode out = copy(doc);
        out.set(in.name(), result);
        return out;
    }

    private static JsonNode map(Map m, JsonNode doc, JsonNode base, String pointer) {
        if (doc.isNull()) {
            return doc;
        }
        if (!doc.isArray()) {
            throw new LensException("expected an array, found " + JsonValues.kind(doc), pointer, LensOps.describe(m));
        }
        ArrayNode out = NODES.arrayNode(doc.size());
        for (int i = 0; i < doc.size(); i++) {
            JsonNode itemBase = base != null && base.isArray() && i < base.size() ? base.get(i) : null;
            out.add(run(m.ops(), doc.get(i), itemBase, JsonPointers.child(pointer, i)));
        }
        return out;
    }

    private static ObjectNode convert(Convert c, ObjectNode doc, JsonNode base, String pointer) {
        if (!doc.has(c.name())) {
            return doc;
        }
        JsonNode value = doc.get(c.name());
        String at = JsonPointers.child(pointer, c.name());
        JsonNode baseValue = fieldOf(base, c.name());
        JsonNode result = null;
        if (baseValue != null) {
            // A table that is not one-to-one keeps the base's value when it still maps to this value.
            JsonNode baseImage = ValueConverter.tryConvert(c.reverse(), baseValue);
            if (baseImage != null && JsonValues.equal(baseImage, value)) {
                result = baseValue;
            }
        }
        if (result == null) {
            result = ValueConverter.convert(c, value, at);
        }
        ObjectNode out = copy(doc);
        out.set(c.name(), result);
        return out;
    }

    private static ObjectNode custom(Custom c, ObjectNode doc, JsonNode base, String pointer) {
        if (!doc.has(c.name())) {
            return doc;
        }
        JsonNode value = doc.get(c.name());
        JsonNode baseValue = fieldOf(base, c.name());
        JsonNode result;
        try {
            result = c.reversed() ? c.lens().backward(value, baseValue) : c.lens().forward(value, baseValue);
        } catch (LensException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LensException("custom lens " + c.className() + " failed: " + e,
                    JsonPointers.child(pointer, c.name()), LensOps.describe(c));
        }
        if (result == null) {
            throw new LensException("custom lens " + c.className() + " returned null (use NullNode for JSON null)",
                    JsonPointers.child(pointer, c.name()), LensOps.describe(c));
        }
        ObjectNode out = copy(doc);
        out.set(c.name(), result);
        return out;
    }

    private static JsonNode fieldOf(JsonNode base, String name) {
        return base != null && base.isObject() ? base.get(name) : null;
    }

    private static ObjectNode object(JsonNode doc, LensOp op, String pointer) {
        if (doc instanceof ObjectNode o) {
            return o;
        }
        throw new LensException("expected an object, found " + JsonValues.kind(doc), pointer, LensOps.describe(op));
    }

    private static ObjectNode copy(ObjectNode doc) {
        ObjectNode out = NODES.objectNode();
        out.setAll(doc);
        return out;
    }

    private static ObjectNode without(ObjectNode doc, String name) {
        ObjectNode out = copy(doc);
        out.remove(name);
        return out;
    }

    private static LensException conflict(LensOp op, String field, String pointer) {
        return new LensException("the field '" + field + "' already exists; the op would overwrite it",
                pointer, LensOps.describe(op));
    }
}
