package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An edit as a sync layer moves it: {@code {"opId", "docType", "docId", "version", "epoch"?, "patch"}}.
 * The JSON Patch is the effect, written against the document as version {@code version} sees it.
 *
 * @param docId the document's key (an id without a version, as references between documents are)
 * @param epoch the epoch the writer was in, when it says
 */
public record VersionedOperation(String opId, String docType, String docId, int version, OptionalInt epoch,
        JsonPatch patch) {

    public VersionedOperation {
        Objects.requireNonNull(opId, "opId");
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(patch, "patch");
    }

    /** Reads an operation envelope; a missing or mistyped member is an error naming its pointer. */
    public static VersionedOperation parse(JsonNode json) {
        if (!(json instanceof ObjectNode obj)) {
            throw new EnvelopeException("", "an operation is an object, found " + JsonValues.kind(json));
        }
        OptionalInt epoch = obj.has("epoch") ? OptionalInt.of(number(obj, "epoch")) : OptionalInt.empty();
        JsonNode patch = obj.get("patch");
        if (patch == null) {
            throw new EnvelopeException("/patch", "the operation needs a 'patch' (a JSON Patch array)");
        }
        JsonPatch parsed;
        try {
            parsed = JsonPatch.parse(patch);
        } catch (LensException e) {
            throw new EnvelopeException("/patch" + (e.pointer() == null ? "" : e.pointer()), e.reason());
        }
        return new VersionedOperation(text(obj, "opId"), text(obj, "docType"), text(obj, "docId"),
                number(obj, "version"), epoch, parsed);
    }

    /** The same operation for another version with another patch (its translation). */
    public VersionedOperation translated(int toVersion, JsonPatch translatedPatch) {
        return new VersionedOperation(opId, docType, docId, toVersion, epoch, translatedPatch);
    }

    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("opId", opId);
        out.put("docType", docType);
        out.put("docId", docId);
        out.put("version", version);
        epoch.ifPresent(e -> out.put("epoch", e));
        out.set("patch", patch.toJson());
        return out;
    }

    private static String text(ObjectNode obj, String member) {
        JsonNode v = obj.get(member);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
            throw new EnvelopeException("/" + member, "the operation needs a non-empty string '" + member + "', found "
                    + (v == null ? "nothing" : JsonValues.brief(v)));
        }
        return v.textValue();
    }

    private static int number(ObjectNode obj, String member) {
        JsonNode v = obj.get(member);
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new EnvelopeException("/" + member, "the operation needs a whole number '" + member + "' (0 or more),"
                    + " found " + (v == null ? "nothing" : JsonValues.brief(v)));
        }
        return v.intValue();
    }
}
