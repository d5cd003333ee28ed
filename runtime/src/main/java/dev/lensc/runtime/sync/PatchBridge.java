package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.patch.DocumentPatches;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import java.util.List;

/**
 * The one place the sync layer calls the patch engine ({@code runtime/patch}): patch translation
 * with the document at hand, and patch application. When the engine grows a path-level mode and
 * typed rejections, only this class changes.
 */
final class PatchBridge {
    private PatchBridge() {}

    /** A patch translated to another version; {@code dropped} says which ops have no counterpart, and why. */
    record Translation(JsonPatch patch, List<Dropped> dropped) {}

    /** An op of the source patch with no counterpart in the target version. */
    record Dropped(int index, String op, String path, String reason) {
        @Override
        public String toString() {
            return "op " + index + " (" + op + " " + path + "): " + reason;
        }
    }

    /**
     * {@code patch} on {@code doc} (version {@code from}) for the document of version {@code to}
     * that {@code base} is (null: the translation of {@code doc}).
     *
     * @throws dev.lensc.runtime.lens.LensException when the patch does not apply or cannot be translated
     */
    static Translation translate(DocumentType type, JsonPatch patch, JsonNode doc, int from, int to, JsonNode base) {
        PatchTranslation t = DocumentPatches.translatePatch(type, patch, doc, from, to, base);
        return new Translation(t.patch(), t.dropped().stream()
                .map(d -> new Dropped(d.index(), d.op().name(), d.op().path(), d.reason())).toList());
    }

    /** @throws dev.lensc.runtime.lens.LensException when the patch does not apply */
    static JsonNode apply(JsonPatch patch, JsonNode doc) {
        return JsonPatch.apply(patch, doc);
    }
}
