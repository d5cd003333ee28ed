package dev.lensc.runtime.lens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The ops of {@link Interpreter}, one static method each, for code that {@code lensc} generates.
 *
 * <p>Unlike the interpreter, a step changes the document it is given: generated code deep-copies
 * its input once and then runs its steps on the copy, instead of building new containers per op.
 * Values taken from a base document are copied, so results never share nodes with arguments.
 * Failures are the interpreter's, with pointers relative to the value given; {@link #at} adds the
 * path from the root. A step on a null value (a nullable object that is null) returns it
 * unchanged. {@code op} is the op's text for messages; the interpreter passes null and adds the
 * text when a step fails.
 */
public final class Steps {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Steps() {}

    /** A constant from its JSON text. */
    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }

    /** The same failure, seen from {@code prefix} (a pointer) further up the document. */
    public static LensException at(LensException e, String prefix) {
        if (e.pointer() == null) {
            return e;
        }
        return new LensException(e.reason(), prefix + e.pointer(), e.op());
    }

    /** The pointer token of a field name, escaped. */
    public static String child(String name) {
        return JsonPointers.child("", name);
    }

    public static ObjectNode object(JsonNode doc, String op) {
        if (doc instanceof ObjectNode o) {
            return o;
        }
        throw new LensException("expected an object, found " + JsonValues.kind(doc), "", op);
    }

    /** The base's field, or null when there is no base or it holds no such field. */
    public static JsonNode field(JsonNode base, String name) {
        return base != null && base.isObject() ? base.get(name) : null;
    }

    public static JsonNode rename(JsonNode doc, String from, String to, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        if (!o.has(from)) {
            return o;
        }
        if (o.has(to)) {
            throw conflict(to, op);
        }
        renameKey(o, from, to);
        return o;
    }

    /** Renames a key in place, keeping its position among the others. */
    private static void renameKey(ObjectNode o, String from, String to) {
        List<String> after = new ArrayList<>();
        boolean seen = false;
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (seen) {
                after.add(key);
            } else if (key.equals(from)) {
                seen = true;
            }
        }
        o.set(to, o.remove(from));
        for (String key : after) {
            o.set(key, o.remove(key));
        }
    }

    public static JsonNode add(JsonNode doc, String name, JsonNode defaultValue, JsonNode base, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        if (o.has(name)) {
            throw new LensException("the field '" + name + "' is already present, but this version does not"
                    + " declare it; adding it would overwrite data", child(name), op);
        }
        if (base != null && base.isObject()) {
            // onto a base: its value, or absent when it has none (the field is optional there)
            JsonNode kept = base.get(name);
            if (kept != null) {
                o.set(name, kept.deepCopy());
            }
            return o;
        }
        o.set(name, defaultValue.deepCopy());
        return o;
    }

    public static JsonNode remove(JsonNode doc, String name, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        o.remove(name);
        return o;
    }

    public static JsonNode hoist(JsonNode doc, String host, String name, JsonNode base, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        JsonNode hostValue = o.get(host);
        if (hostValue == null) {
            return o;
        }
        if (hostValue.isNull()) {
            // as the interpreter: a field of a host that may be null is null when the host is
            if (o.has(name)) {
                throw conflict(name, op);
            }
            o.set(name, NullNode.getInstance());
            return o;
        }
        ObjectNode hostObject;
        try {
            hostObject = object(hostValue, op);
        } catch (LensException e) {
            throw at(e, child(host));
        }
        if (!hostObject.has(name)) {
            return o;
        }
        if (o.has(name)) {
            throw conflict(name, op);
        }
        JsonNode value = hostObject.remove(name);
        JsonNode baseHost = base != null && base.isObject() ? base.get(host) : null;
        if (hostObject.isEmpty() && base != null && (baseHost == null || baseHost.isNull())) {
            // The host existed only to hold the plunged field: restore the base's absent or null host.
            if (baseHost == null) {
                o.remove(host);
            } else {
                o.set(host, NullNode.getInstance());
            }
        }
        o.set(name, value);
        return o;
    }

    public static JsonNode plunge(JsonNode doc, String host, String name, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        if (!o.has(name)) {
            return o;
        }
        JsonNode hostValue = o.get(host);
        JsonNode value = o.get(name);
        if (hostValue != null && hostValue.isNull() && value.isNull()) {
            o.remove(name);
            return o;
        }
        if (hostValue != null && !hostValue.isNull()) {
            ObjectNode hostObject;
            try {
                hostObject = object(hostValue, op);
            } catch (LensException e) {
                throw at(e, child(host));
            }
            if (hostObject.has(name)) {
                throw conflict(host + "." + name, op);
            }
            hostObject.set(name, value);
            o.remove(name);
        } else if (hostValue != null) {
            o.set(host, NODES.objectNode().set(name, value));
            o.remove(name);
        } else {
            o.remove(name);
            o.set(host, NODES.objectNode().set(name, value));
        }
        return o;
    }

    public static JsonNode wrap(JsonNode doc, String name, JsonNode base, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        if (!o.has(name)) {
            return o;
        }
        JsonNode value = o.get(name);
        JsonNode baseValue = field(base, name);
        JsonNode result;
        if (baseValue != null && (baseValue.isArray() || baseValue.isNull())
                && JsonValues.equal(headOf(baseValue), value)) {
            result = baseValue.deepCopy();
        } else if (value.isNull()) {
            result = NODES.arrayNode();
        } else if (baseValue != null && baseValue.isArray() && !baseValue.isEmpty()) {
            ArrayNode array = ((ArrayNode) baseValue).deepCopy();
            array.set(0, value);
            result = array;
        } else {
            result = NODES.arrayNode().add(value);
        }
        o.set(name, result);
        return o;
    }

    public static JsonNode head(JsonNode doc, String name, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        JsonNode value = o.get(name);
        if (value == null) {
            return o;
        }
        if (!value.isArray() && !value.isNull()) {
            throw new LensException("expected an array, found " + JsonValues.kind(value), child(name), op);
        }
        o.set(name, headOf(value));
        return o;
    }

    /** {@code wrap} of a present value without a base: null becomes [], anything else [value]. */
    public static JsonNode wrapValue(JsonNode value) {
        return value.isNull() ? NODES.arrayNode() : NODES.arrayNode().add(value);
    }

    /** {@code head} of a present value of field {@code name}: its first item, null when empty. */
    public static JsonNode headValue(JsonNode value, String name, String op) {
        if (!value.isArray() && !value.isNull()) {
            throw new LensException("expected an array, found " + JsonValues.kind(value), child(name), op);
        }
        return headOf(value);
    }

    /** A new empty object for a rebuilt level. */
    public static ObjectNode newObject() {
        return NODES.objectNode();
    }

    private static JsonNode headOf(JsonNode arrayOrNull) {
        return arrayOrNull.isArray() && !arrayOrNull.isEmpty() ? arrayOrNull.get(0) : NullNode.getInstance();
    }

    /** The array a map runs over, or null when the value is null (map leaves null alone). */
    public static ArrayNode array(JsonNode doc, String op) {
        if (doc.isNull()) {
            return null;
        }
        if (doc instanceof ArrayNode a) {
            return a;
        }
        throw new LensException("expected an array, found " + JsonValues.kind(doc), "", op);
    }

    /** The failure of a convert whose value has no image. */
    public static LensException noImage(JsonNode value, boolean tableEmpty, Type toType, String name, String op) {
        String reason = ValueConverter.noImageReason(value, tableEmpty, toType);
        return new LensException(reason, child(name), op);
    }

    /** Lossless coercion of a value to a type, or null when there is none (convert without a table). */
    public static JsonNode coerce(JsonNode value, Type toType) {
        return ValueConverter.tryConvert(new LensOp.Convert("", null, toType, List.of(), null, null), value);
    }

    public static JsonNode custom(JsonNode doc, String name, CustomLens lens, boolean reversed, String className,
            JsonNode base, String op) {
        return custom(doc, name, lens, reversed, className, base, op, LensContext.NONE);
    }

    /** @param context where the object {@code doc} is; the lens is told its field's place in it */
    public static JsonNode custom(JsonNode doc, String name, CustomLens lens, boolean reversed, String className,
            JsonNode base, String op, LensContext context) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        if (!o.has(name)) {
            return o;
        }
        JsonNode value = o.get(name);
        JsonNode baseValue = field(base, name);
        JsonNode result;
        try {
            LensContext here = context.at(context.pointer() + child(name));
            result = reversed ? lens.backward(value, baseValue, here) : lens.forward(value, baseValue, here);
        } catch (LensException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LensException("custom lens " + className + " failed: " + e, child(name), op);
        }
        if (result == null) {
            throw new LensException("custom lens " + className + " returned null (use NullNode for JSON null)",
                    child(name), op);
        }
        o.set(name, result.deepCopy());
        return o;
    }

    /**
     * The bases of a chain of ops run onto {@code base}: item {@code i} is the base for op {@code i},
     * the base walked back through the later ops. {@code laterReverses} item {@code k} runs the
     * reverse of op {@code k + 1} without a base; a failure means the base does not fit.
     */
    public static JsonNode[] basesThrough(JsonNode base, List<UnaryOperator<JsonNode>> laterReverses) {
        int n = laterReverses.size() + 1;
        JsonNode[] bases = new JsonNode[n];
        bases[n - 1] = base;
        for (int i = n - 2; i >= 0; i--) {
            try {
                bases[i] = laterReverses.get(i).apply(bases[i + 1]);
            } catch (LensException e) {
                throw new LensException("the base document does not fit: " + e.reason(), e.pointer(), e.op());
            }
        }
        return bases;
    }

    /** The base of an {@code in}'s value: the base's field, or null when it has none or it is null. */
    public static JsonNode fieldBase(JsonNode base, String name) {
        JsonNode value = field(base, name);
        return value == null || value.isNull() ? null : value;
    }

    /** The base of a {@code map}'s item {@code i}: the base's item at the same index, or null. */
    public static JsonNode itemBase(JsonNode base, int i) {
        return base != null && base.isArray() && i < base.size() ? base.get(i) : null;
    }

    /**
     * The bases of a {@code map}'s items: with a key, the base's item with the same key (and
     * occurrence), else the one at the same index ({@link ItemAlignment}); null where there is none.
     */
    public static JsonNode[] itemBases(JsonNode base, JsonNode items, String key) {
        return ItemAlignment.bases(base, items, key);
    }

    /**
     * A convert onto a base: a table that is not one-to-one keeps (a copy of) the base's value when
     * {@code reverseImage} maps it to this value (null: no image); otherwise {@code forward} converts.
     */
    public static JsonNode convertOntoBase(JsonNode value, JsonNode baseValue, UnaryOperator<JsonNode> reverseImage,
            UnaryOperator<JsonNode> forward) {
        if (baseValue != null) {
            JsonNode baseImage = reverseImage.apply(baseValue);
            if (baseImage != null && JsonValues.equal(baseImage, value)) {
                return baseValue.deepCopy();
            }
        }
        return forward.apply(value);
    }

    private static LensException conflict(String field, String op) {
        return new LensException("the field '" + field + "' already exists; the op would overwrite it", "", op);
    }
}
