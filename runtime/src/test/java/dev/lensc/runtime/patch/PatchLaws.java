package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/** The commutation laws of patch translation as checks, and shrinking of counterexamples. */
final class PatchLaws {
    private PatchLaws() {}

    record Case(JsonNode doc, JsonPatch patch) {}

    /** get(apply(p, d)) == apply(forward(p), get(d)); null when it holds or the case is not valid. */
    static String forward(Lens lens, JsonNode d, JsonPatch p) {
        JsonNode after = applyOrNull(p, d);
        if (after == null) {
            return null;
        }
        JsonNode expected = forwardOrNull(lens, after, null);
        PatchTranslation tr;
        try {
            tr = PatchTranslator.forward(lens, p, d);
        } catch (RuntimeException e) {
            return "the translation threw " + e;
        }
        return compare(expected, tr, lens.forward(d));
    }

    /** put(apply(q, get(d)), d) == apply(backward(q), d); q is a patch on the view get(d). */
    static String backward(Lens lens, JsonNode d, JsonPatch q) {
        JsonNode view = lens.forward(d);
        JsonNode after = applyOrNull(q, view);
        if (after == null) {
            return null;
        }
        JsonNode expected;
        try {
            expected = lens.backward(after, d);
        } catch (LensException e) {
            expected = null;
        }
        PatchTranslation tr;
        try {
            tr = PatchTranslator.backward(lens, q, d);
        } catch (RuntimeException e) {
            return "the translation threw " + e;
        }
        return compare(expected, tr, d);
    }

    private static String compare(JsonNode expected, PatchTranslation tr, JsonNode target) {
        for (PatchTranslation.Dropped dropped : tr.dropped()) {
            if (dropped.reason().isBlank()) {
                return "a dropped op has no reason: " + dropped;
            }
        }
        if (expected == null) {
            return tr.rejected().isEmpty() ? "the lens cannot translate the patched document, yet nothing was rejected"
                    : null;
        }
        JsonNode actual;
        try {
            actual = tr.patch().applyTo(target);
        } catch (LensException e) {
            return "the translated patch does not apply: " + e.getMessage() + "\n  translated: " + tr.patch();
        }
        if (!JsonValues.equal(expected, actual)) {
            return "expected " + expected + "\n  actual   " + actual + "\n  translated: " + tr.patch()
                    + "\n  dropped: " + tr.dropped();
        }
        return null;
    }

    private static JsonNode applyOrNull(JsonPatch p, JsonNode d) {
        try {
            return p.applyTo(d);
        } catch (LensException e) {
            return null;
        }
    }

    private static JsonNode forwardOrNull(Lens lens, JsonNode doc, JsonNode base) {
        try {
            return lens.forward(doc, base);
        } catch (LensException e) {
            return null;
        }
    }

    /** How a path-level case came out: checked (the law held or {@code violation} says how it failed) or not. */
    record PathLevel(String violation, boolean checked, String skipped) {
        static PathLevel held() {
            return new PathLevel(null, true, null);
        }

        static PathLevel skip(String why) {
            return new PathLevel(null, false, why);
        }
    }

    /**
     * The law in path-level mode: {@code apply(translate(p), get(d)) == get(apply(p, d))}, where
     * {@code lens} runs from the patch's version ({@code type}) and {@code base} (null going up) is the
     * document put onto going down. Not checked where the translation warns that it took a reading
     * and the reading does not hold, or rejects an op as needing the document; a valid edit must
     * never be rejected otherwise.
     */
    static PathLevel pathLevel(Lens lens, Type type, JsonNode d, JsonPatch p, JsonNode base) {
        JsonNode after = applyOrNull(p, d);
        if (after == null) {
            return PathLevel.skip("the patch does not apply");
        }
        PatchTranslation tr = base == null ? PatchTranslator.forward(lens, p, type)
                : PatchTranslator.backward(lens.reverse(), p, type);
        JsonNode expected = forwardOrNull(lens, after, base);
        if (expected == null) {
            // a value the lens cannot map must be rejected, never dropped in silence
            return tr.isRejected() ? PathLevel.held()
                    : new PathLevel("the lens cannot translate the patched document, yet nothing was rejected", true, null);
        }
        for (PatchTranslation.Rejected r : tr.rejected()) {
            // a multi-op patch may pass through a value the lens cannot map and overwrite it later
            boolean passingValue = r.cause() == PatchTranslation.Cause.UNMAPPABLE_VALUE && p.ops().size() > 1;
            if (r.cause() != PatchTranslation.Cause.NEEDS_DOCUMENT && !passingValue) {
                return new PathLevel("a valid edit was rejected: " + r + "\n  patch: " + p, true, null);
            }
        }
        if (tr.isRejected()) {
            return PathLevel.skip("rejected: " + tr.rejected().get(0).cause());
        }
        JsonNode target = lens.forward(d, base);
        JsonNode actual = applyOrNull(tr.patch(), target);
        if (actual != null && JsonValues.equal(expected, actual)) {
            return PathLevel.held();
        }
        if (!tr.warnings().isEmpty()) {
            return PathLevel.skip("a reading that does not hold here: " + tr.warnings());
        }
        return new PathLevel((actual == null ? "the translated patch does not apply to " + target
                : "expected " + expected + "\n  actual   " + actual) + "\n  translated: " + tr.patch()
                + "\n  dropped: " + tr.dropped(), true, null);
    }

    /** Drops ops and document parts while the check still fails. */
    static Case shrink(Case failing, BiFunction<JsonNode, JsonPatch, String> check) {
        Case c = failing;
        boolean progress = true;
        for (int round = 0; progress && round < 200; round++) {
            progress = false;
            List<PatchOp> ops = c.patch().ops();
            for (int i = 0; i < ops.size() && !progress; i++) {
                List<PatchOp> fewer = new ArrayList<>(ops);
                fewer.remove(i);
                JsonPatch p = new JsonPatch(fewer);
                if (!fewer.isEmpty() && fails(check, c.doc(), p)) {
                    c = new Case(c.doc(), p);
                    progress = true;
                }
            }
            for (JsonNode smaller : smallerDocs(c.doc())) {
                if (progress) {
                    break;
                }
                if (fails(check, smaller, c.patch())) {
                    c = new Case(smaller, c.patch());
                    progress = true;
                }
            }
        }
        return c;
    }

    private static boolean fails(BiFunction<JsonNode, JsonPatch, String> check, JsonNode d, JsonPatch p) {
        try {
            return check.apply(d, p) != null;
        } catch (LensException e) {
            return false;
        }
    }

    /** The document with one array item or object member taken out, for every such place. */
    private static List<JsonNode> smallerDocs(JsonNode doc) {
        List<JsonNode> out = new ArrayList<>();
        collect(doc, doc, new ArrayList<>(), out);
        return out;
    }

    private static void collect(JsonNode root, JsonNode node, List<Object> at, List<JsonNode> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(without(root, at, i));
                List<Object> child = new ArrayList<>(at);
                child.add(i);
                collect(root, node.get(i), child, out);
            }
        } else if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String key = it.next();
                out.add(without(root, at, key));
                List<Object> child = new ArrayList<>(at);
                child.add(key);
                collect(root, node.get(key), child, out);
            }
        }
    }

    private static JsonNode without(JsonNode root, List<Object> at, Object last) {
        JsonNode copy = root.deepCopy();
        JsonNode node = copy;
        for (Object step : at) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        if (last instanceof Integer i) {
            ((ArrayNode) node).remove(i);
        } else {
            ((ObjectNode) node).remove((String) last);
        }
        return copy;
    }
}
