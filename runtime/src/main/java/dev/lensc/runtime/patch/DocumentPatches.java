package dev.lensc.runtime.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Patch translation between any two connected versions of a {@link DocumentType}, in either mode:
 * path-level (no document) or document-aware (exact). Both first check every op against version
 * {@code from}: a path it does not have, a value of the wrong type or the removal of a required field
 * is a {@link PatchTranslation.Rejected rejection} naming the op's index and pointer.
 */
public final class DocumentPatches {
    private DocumentPatches() {}

    /**
     * Path-level mode: a patch on a document of version {@code from}, translated to version
     * {@code to} from its paths and values alone.
     */
    public static PatchTranslation translatePatch(DocumentType type, JsonPatch patch, int from, int to) {
        try {
            return pathLevel(type, from, to).translate(patch);
        } catch (LensException e) {
            throw e.inContext(type.name(), from, to);
        }
    }

    /**
     * The path-level translator from {@code from} to {@code to}, with the source version's check:
     * made once per type and pair (it remembers the paths and values a stream of edits repeats).
     */
    public static PathLevelTranslator pathLevel(DocumentType type, int from, int to) {
        Map<Long, PathLevelTranslator> pairs;
        synchronized (TRANSLATORS) {
            pairs = TRANSLATORS.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        }
        return pairs.computeIfAbsent(((long) from << 32) | (to & 0xffffffffL), k -> {
            SourceVersionCheck check = type.schema(from).map(SourceVersionCheck::new).orElse(null);
            return new PathLevelTranslator(type.path(from, to).ops(), check, false);
        });
    }

    /** Per type (weakly: types come and go with class loaders and tests), per version pair. */
    private static final Map<DocumentType, Map<Long, PathLevelTranslator>> TRANSLATORS = new WeakHashMap<>();

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
            List<PatchTranslation.Rejected> invalid = invalidOps(type.schema(from), patch);
            if (!invalid.isEmpty()) {
                // ops apply in sequence to one document: with one of them refused, the rest mean nothing
                return new PatchTranslation(JsonPatch.of(), List.of(), invalid, List.of());
            }
            // a patch that writes what the version cannot hold is refused, not translated
            type.check(JsonPatch.apply(patch, doc), from, "patched document");
            return PatchTranslator.forward(type.path(from, to), patch, doc, base);
        } catch (LensException e) {
            throw e.inContext(type.name(), from, to);
        }
    }

    private static List<PatchTranslation.Rejected> invalidOps(Optional<Type> schema, JsonPatch patch) {
        List<PatchTranslation.Rejected> out = new ArrayList<>();
        if (schema.isEmpty()) {
            return out;
        }
        SourceVersionCheck check = new SourceVersionCheck(schema.get());
        for (int i = 0; i < patch.ops().size(); i++) {
            PatchOp op = patch.ops().get(i);
            PatchTranslation.Rejected r = check.rejection(i, op);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
