package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;

/** Patch translation between any two connected versions of a {@link DocumentType}. */
public final class DocumentPatches {
    private DocumentPatches() {}

    /**
     * A patch on {@code doc} (version {@code from}) translated to apply to
     * {@code type.translate(doc, from, to)}.
     */
    public static PatchTranslation translatePatch(DocumentType type, JsonPatch patch, JsonNode doc, int from, int to) {
        return translatePatch(type, patch, doc, from, to, null);
    }

    /**
     * A patch on {@code doc} (version {@code from}) translated to apply to {@code base}, the stored
     * document of version {@code to}: applying the result gives
     * {@code type.translate(apply(patch, doc), from, to, base)}.
     */
    public static PatchTranslation translatePatch(DocumentType type, JsonPatch patch, JsonNode doc, int from, int to,
            JsonNode base) {
        try {
            type.check(doc, from, "document");
            if (base != null) {
                type.check(base, to, "base document");
            }
            // a patch that writes what the version cannot hold is refused, not translated
            type.check(JsonPatch.apply(patch, doc), from, "patched document");
            return PatchTranslator.forward(type.path(from, to), patch, doc, base);
        } catch (LensException e) {
            throw e.inContext(type.name(), from, to);
        }
    }
}
