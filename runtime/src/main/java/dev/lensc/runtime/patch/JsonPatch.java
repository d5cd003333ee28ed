package dev.lensc.runtime.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import java.util.ArrayList;
import java.util.List;

/** A JSON Patch (RFC 6902): a list of ops applied in order, all or nothing. */
public record JsonPatch(List<PatchOp> ops) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonPatch {
        ops = List.copyOf(ops);
    }

    public static JsonPatch of(PatchOp... ops) {
        return new JsonPatch(List.of(ops));
    }

    public static JsonPatch parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new LensException("a JSON patch is not valid JSON: " + e.getOriginalMessage(), null, null);
        }
    }

    /** Reads a JSON array of op objects; errors name the pointer of the bad member in the array. */
    public static JsonPatch parse(JsonNode json) {
        if (json == null || !json.isArray()) {
            throw new LensException("a JSON patch is an array of ops, found " + JsonValues.kind(json), "", null);
        }
        List<PatchOp> ops = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            ops.add(parseOp(json.get(i), JsonPointers.child("", i)));
        }
        return new JsonPatch(ops);
    }

    private static PatchOp parseOp(JsonNode op, String at) {
        if (!op.isObject()) {
            throw new LensException("a patch op is an object, found " + JsonValues.kind(op), at, null);
        }
        String name = text(op, "op", at);
        String path = text(op, "path", at);
        switch (name) {
            case "add": return new PatchOp.Add(path, value(op, at));
            case "remove": return new PatchOp.Remove(path);
            case "replace": return new PatchOp.Replace(path, value(op, at));
            case "move": return new PatchOp.Move(text(op, "from", at), path);
            case "copy": return new PatchOp.Copy(text(op, "from", at), path);
            case "test": return new PatchOp.Test(path, value(op, at));
            default:
                throw new LensException("unknown patch op '" + name
                        + "'; expected add, remove, replace, move, copy or test", JsonPointers.child(at, "op"), null);
        }
    }

    private static String text(JsonNode op, String member, String at) {
        JsonNode v = op.get(member);
        if (v == null || !v.isTextual()) {
            throw new LensException("the op needs a string '" + member + "', found " + JsonValues.kind(v),
                    JsonPointers.child(at, member), null);
        }
        String s = v.textValue();
        if (!member.equals("op") && !s.isEmpty() && s.charAt(0) != '/') {
            throw new LensException("a JSON pointer starts with '/': " + s, JsonPointers.child(at, member), null);
        }
        return s;
    }

    private static JsonNode value(JsonNode op, String at) {
        JsonNode v = op.get("value");
        if (v == null) {
            throw new LensException("the op needs a 'value'", JsonPointers.child(at, "value"), null);
        }
        return v.deepCopy();
    }

    public ArrayNode toJson() {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (PatchOp op : ops) {
            out.add(op.toJson());
        }
        return out;
    }

    @Override
    public String toString() {
        return toJson().toString();
    }

    /** This patch applied to {@code doc}; see {@link #apply(JsonPatch, JsonNode)}. */
    public JsonNode applyTo(JsonNode doc) {
        return PatchApplier.apply(this, doc);
    }

    /**
     * Applies the patch to a copy of {@code doc} (the argument is never changed). A failing op
     * throws a {@link LensException} naming the op's index, name and pointer.
     */
    public static JsonNode apply(JsonPatch patch, JsonNode doc) {
        return PatchApplier.apply(patch, doc);
    }
}
