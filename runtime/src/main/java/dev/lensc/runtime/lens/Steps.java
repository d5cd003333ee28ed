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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return rename(doc, from, to, op, true);
    }

    /**
     * {@link #rename} in a base walked back ({@link #basesThrough}, {@link #basesReading}): the same
     * checks and failures, but the key moves to the end. Ops read a walked base's fields by name
     * and take values from it whole, so the order of its own keys is never seen; keeping it would
     * move every key after this one.
     */
    public static JsonNode renameInBase(JsonNode doc, String from, String to, String op) {
        return rename(doc, from, to, op, false);
    }

    private static JsonNode rename(JsonNode doc, String from, String to, String op, boolean keepOrder) {
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
        if (keepOrder) {
            renameKey(o, from, to);
        } else {
            o.set(to, o.remove(from));
        }
        return o;
    }

    /** Renames a key in place, keeping its position among the others. */
    private static void renameKey(ObjectNode o, String from, String to) {
        List<String> after = new ArrayList<>(o.size());
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
        o.set(name, wrapOnto(o.get(name), field(base, name)));
        return o;
    }

    /**
     * {@code wrap} of a present value onto the base's value of the field ({@code baseValue}, null
     * when absent): the base's array when its head is this value, else the value as the new head.
     */
    public static JsonNode wrapOnto(JsonNode value, JsonNode baseValue) {
        boolean items = baseValue != null && baseValue.isArray() && !baseValue.isEmpty();
        if (items && JsonValues.sameText(baseValue.get(0), value)) {
            // the base's head as the value writes it: the value stands for its copy
            return withHead(value, (ArrayNode) baseValue);
        } else if (baseValue != null && (baseValue.isArray() || baseValue.isNull())
                && JsonValues.equal(headOf(baseValue), value)) {
            return baseValue.deepCopy();
        } else if (value.isNull()) {
            return NODES.arrayNode();
        } else if (items) {
            return withHead(value, (ArrayNode) baseValue);
        }
        return NODES.arrayNode().add(value);
    }

    /** {@code head} followed by copies of the other items of {@code array}. */
    private static ArrayNode withHead(JsonNode head, ArrayNode array) {
        ArrayNode out = NODES.arrayNode(array.size()).add(head);
        for (int i = 1; i < array.size(); i++) {
            out.add(array.get(i).deepCopy());
        }
        return out;
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
        // sized for its one item: a list of the default capacity would hold ten
        return value.isNull() ? NODES.arrayNode() : NODES.arrayNode(1).add(value);
    }

    /** {@code head} of a present value of field {@code name}: its first item, null when empty. */
    public static JsonNode headValue(JsonNode value, String name, String op) {
        if (!value.isArray() && !value.isNull()) {
            throw new LensException("expected an array, found " + JsonValues.kind(value), child(name), op);
        }
        return headOf(value);
    }

    /** Sets a field to a value that may be absent: null sets nothing. */
    public static void setPresent(ObjectNode o, String name, JsonNode value) {
        if (value != null) {
            o.set(name, value);
        }
    }

    /** A new empty object for a rebuilt level. */
    public static ObjectNode newObject() {
        return NODES.objectNode();
    }

    /** {@link #newObject()} sized for about {@code fields} fields, so that filling it does not grow its table. */
    public static ObjectNode newObject(int fields) {
        return new ObjectNode(NODES, new LinkedHashMap<>(fields * 4 / 3 + 1));
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

    /**
     * {@code custom}: the lens on the value of field {@code name}, if present.
     *
     * @param context where the object {@code doc} is (generated code: {@link LensScope#current()});
     *     the lens is told its field's place in it
     */
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
     * {@code split}: the string field {@code name} becomes the parts, in its place. Onto a base whose
     * parts merge to this very text, the base's parts are kept (so a part that holds the separator
     * survives); otherwise the text is cut ({@link #splitText}). An absent field leaves the parts
     * absent.
     */
    public static JsonNode split(JsonNode doc, LensOp.Split s, JsonNode base, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        JsonNode value = o.get(s.name());
        if (value == null) {
            return o;
        }
        for (Splitting.Part p : s.parts()) {
            if (!p.name().equals(s.name()) && o.has(p.name())) {
                throw conflict(p.name(), op);
            }
        }
        String text = text(value, s.name(), op);
        LinkedHashMap<String, JsonNode> parts = new LinkedHashMap<>();
        List<String> kept = baseParts(base, s.parts());
        if (kept != null && text.equals(mergeText(withMissing(kept, s.parts()), s.parts(), s.splitting(), null))) {
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i) != null) {
                    parts.put(s.parts().get(i).name(), NODES.textNode(kept.get(i)));
                }
            }
        } else {
            List<String> values = splitText(text, s.parts(), s.splitting(), s.name(), op);
            for (int i = 0; i < values.size(); i++) {
                parts.put(s.parts().get(i).name(), NODES.textNode(values.get(i)));
            }
        }
        replaceKey(o, s.name(), parts);
        return o;
    }

    /**
     * {@code merge}: the parts become the string field {@code name}, in the place of the first part
     * present; an absent part counts as its missing value, and when all are absent so is the field.
     * Onto a base whose text splits into these very parts, the base's text is kept byte for byte.
     */
    public static JsonNode merge(JsonNode doc, LensOp.Merge m, JsonNode base, String op) {
        if (doc.isNull()) {
            return doc;
        }
        ObjectNode o = object(doc, op);
        String first = null;
        List<String> values = new ArrayList<>(m.parts().size());
        for (Splitting.Part p : m.parts()) {
            JsonNode v = o.get(p.name());
            if (v != null && first == null) {
                first = p.name();
            }
            values.add(v == null ? p.missing() : text(v, p.name(), op));
        }
        if (first == null) {
            return o;
        }
        if (o.has(m.name()) && m.parts().stream().noneMatch(p -> p.name().equals(m.name()))) {
            throw conflict(m.name(), op);
        }
        JsonNode baseValue = field(base, m.name());
        String baseText = baseValue != null && baseValue.isTextual() ? baseValue.textValue() : null;
        String merged = mergeText(values, m.parts(), m.splitting(), baseText);
        for (Splitting.Part p : m.parts()) {
            if (!p.name().equals(first)) {
                o.remove(p.name());
            }
        }
        LinkedHashMap<String, JsonNode> name = new LinkedHashMap<>();
        name.put(m.name(), NODES.textNode(merged));
        replaceKey(o, first, name);
        return o;
    }

    /**
     * The parts of {@code text}: cut at the first occurrences of the separator (the last part takes
     * the rest, missing parts take their missing value), or a pattern's groups; a text the pattern
     * does not match takes the else rule, or fails naming the field.
     */
    public static List<String> splitText(String text, List<Splitting.Part> parts, Splitting splitting, String name,
            String op) {
        List<String> out = trySplit(text, parts, splitting);
        if (out == null) {
            Splitting.Pattern p = (Splitting.Pattern) splitting;
            throw new LensException(JsonValues.brief(NODES.textNode(text)) + " does not match /" + p.regex()
                    + "/, and the split has no else rule", child(name), op);
        }
        return out;
    }

    /** {@link #splitText}, or null where a pattern without an else rule does not match. */
    private static List<String> trySplit(String text, List<Splitting.Part> parts, Splitting splitting) {
        int n = parts.size();
        List<String> out = new ArrayList<>(n);
        if (splitting instanceof Splitting.Separator s) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                int at = i == n - 1 || from < 0 ? -1 : text.indexOf(s.separator(), from);
                if (from < 0) {
                    out.add(parts.get(i).missing());
                } else if (at < 0) {
                    out.add(text.substring(from));
                    from = -1;
                } else {
                    out.add(text.substring(from, at));
                    from = at + s.separator().length();
                }
            }
            return out;
        }
        Splitting.Pattern p = (Splitting.Pattern) splitting;
        Matcher matcher = pattern(p.regex()).matcher(text);
        if (matcher.matches()) {
            for (int i = 0; i < n; i++) {
                String group = i < matcher.groupCount() ? matcher.group(i + 1) : null;
                out.add(group == null ? parts.get(i).missing() : group);
            }
            return out;
        }
        if (p.elseRule() == null) {
            return null;
        }
        for (Splitting.ElseValue e : p.elseRule()) {
            out.add(e.isWhole() ? text : e.literal());
        }
        return out;
    }

    /**
     * The text of the parts: {@code baseText} itself when it splits into these very parts; joined
     * at the separator (trailing parts at their missing value left out, unless the base wrote them);
     * for a pattern, the format when the pattern reads it as these parts, else the text whose else
     * rule's image they are (one the pattern does not match), else the format all the same.
     */
    public static String mergeText(List<String> values, List<Splitting.Part> parts, Splitting splitting,
            String baseText) {
        if (baseText != null && values.equals(trySplit(baseText, parts, splitting))) {
            return baseText;
        }
        if (splitting instanceof Splitting.Separator s) {
            int written = 1;
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).equals(parts.get(i).missing())) {
                    written = i + 1;
                }
            }
            if (baseText != null) {
                written = Math.max(written, Math.min(values.size(), occurrences(baseText, s.separator()) + 1));
            }
            return String.join(s.separator(), values.subList(0, written));
        }
        Splitting.Pattern p = (Splitting.Pattern) splitting;
        StringBuilder formatted = new StringBuilder();
        for (Splitting.FormatPiece piece : p.pieces()) {
            formatted.append(piece.placeholder() ? values.get(indexOf(parts, piece.text())) : piece.text());
        }
        String candidate = formatted.toString();
        if (values.equals(trySplit(candidate, parts, splitting))) {
            return candidate;
        }
        String unmatched = elseSource(values, p);
        return unmatched != null ? unmatched : candidate;
    }

    /** The text the else rule maps to {@code values}, or null when there is none it would take. */
    private static String elseSource(List<String> values, Splitting.Pattern p) {
        if (p.elseRule() == null) {
            return null;
        }
        String whole = null;
        for (int i = 0; i < values.size(); i++) {
            Splitting.ElseValue e = p.elseRule().get(i);
            if (!e.isWhole() && !e.literal().equals(values.get(i)) || e.isWhole() && whole != null && !whole.equals(values.get(i))) {
                return null;
            }
            if (e.isWhole()) {
                whole = values.get(i);
            }
        }
        return whole != null && !pattern(p.regex()).matcher(whole).matches() ? whole : null;
    }

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    private static int indexOf(List<Splitting.Part> parts, String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the format names no part '" + name + "'");
    }

    private static int occurrences(String text, String separator) {
        int count = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + separator.length())) {
            count++;
        }
        return count;
    }

    /** The base's text values of the parts (null where absent), or null when it holds none of them as text. */
    private static List<String> baseParts(JsonNode base, List<Splitting.Part> parts) {
        if (base == null || !base.isObject()) {
            return null;
        }
        List<String> out = new ArrayList<>(parts.size());
        boolean any = false;
        for (Splitting.Part p : parts) {
            JsonNode v = base.get(p.name());
            if (v != null && !v.isTextual()) {
                return null;
            }
            any |= v != null;
            out.add(v == null ? null : v.textValue());
        }
        return any ? out : null;
    }

    private static List<String> withMissing(List<String> values, List<Splitting.Part> parts) {
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(values.get(i) != null ? values.get(i) : parts.get(i).missing());
        }
        return out;
    }

    private static String text(JsonNode value, String name, String op) {
        if (!value.isTextual()) {
            throw new LensException("expected a string, found " + JsonValues.kind(value), child(name), op);
        }
        return value.textValue();
    }

    /** Replaces key {@code key} in place by the given fields, keeping the others' order. */
    private static void replaceKey(ObjectNode o, String key, Map<String, JsonNode> with) {
        List<String> after = new ArrayList<>();
        boolean seen = false;
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (seen) {
                after.add(k);
            } else if (k.equals(key)) {
                seen = true;
            }
        }
        o.remove(key);
        o.setAll(with);
        for (String k : after) {
            if (!with.containsKey(k)) {
                o.set(k, o.remove(k));
            }
        }
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
            bases[i] = walkBack(laterReverses.get(i), bases[i + 1]);
        }
        return bases;
    }

    /** One step of a base's walk back: a failure means the base does not fit. */
    private static JsonNode walkBack(UnaryOperator<JsonNode> reverse, JsonNode base) {
        try {
            return reverse.apply(base);
        } catch (LensException e) {
            throw new LensException("the base document does not fit: " + e.reason(), e.pointer(), e.op());
        }
    }

    /**
     * Whether {@code doc} holds a key at any of {@code paths}: each the tokens of the objects to go
     * through, then the key; {@code "*"} at an array stands for each of its items. Values on the way
     * that are absent or of another kind hold nothing. Generated gets ask it of the keys a document
     * that fits its version cannot hold where the ops bring a name in (the ops then run one by one,
     * as the interpreter does).
     */
    public static boolean holds(JsonNode doc, String[][] paths) {
        for (String[] path : paths) {
            if (holds(doc, path, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(JsonNode node, String[] path, int at) {
        if (node instanceof ArrayNode a && path[at].equals("*") && at < path.length - 1) {
            for (JsonNode item : a) {
                if (holds(item, path, at + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (!(node instanceof ObjectNode o)) {
            return false;
        }
        if (at == path.length - 1) {
            return o.has(path[at]);
        }
        JsonNode next = o.get(path[at]);
        return next != null && holds(next, path, at + 1);
    }

    /**
     * The base with only the given fields (sharing their values), for a walk back through ops that
     * read no others; a base that is not an object (null, or a null node) as it is.
     */
    public static JsonNode only(JsonNode base, String... names) {
        return fields(base, names, false);
    }

    /**
     * {@link #basesThrough} for ops that each read only some fields of their base: walks one copy
     * of the base back in place, and keeps for op {@code i} a copy of only the fields
     * {@code reads[i]} names. {@code laterReverses} may change what they are given.
     */
    public static JsonNode[] basesReading(JsonNode base, String[][] reads,
            List<UnaryOperator<JsonNode>> laterReverses) {
        int n = laterReverses.size() + 1;
        JsonNode[] bases = new JsonNode[n];
        bases[n - 1] = base;
        JsonNode walked = base.deepCopy();
        for (int i = n - 2; i >= 0; i--) {
            walked = walkBack(laterReverses.get(i), walked);
            bases[i] = fields(walked, reads[i], true);
        }
        return bases;
    }

    /**
     * The {@code laterReverses} of {@link #basesReading} for a run of ops made of hops, from each
     * hop's reverses (one per op, in the ops' order): all of them but the first op's.
     */
    @SafeVarargs
    public static List<UnaryOperator<JsonNode>> laterReverses(List<UnaryOperator<JsonNode>>... hops) {
        List<UnaryOperator<JsonNode>> out = new ArrayList<>();
        for (List<UnaryOperator<JsonNode>> hop : hops) {
            out.addAll(hop);
        }
        return List.copyOf(out.subList(Math.min(1, out.size()), out.size()));
    }

    /** A base with only the given fields (copies of them, or the same nodes); anything but an object as it is. */
    private static JsonNode fields(JsonNode doc, String[] names, boolean copy) {
        if (!(doc instanceof ObjectNode o)) {
            return doc;
        }
        ObjectNode out = NODES.objectNode();
        for (String name : names) {
            JsonNode value = o.get(name);
            if (value != null) {
                out.set(name, copy ? value.deepCopy() : value);
            }
        }
        return out;
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
