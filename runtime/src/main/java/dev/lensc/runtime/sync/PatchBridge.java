package dev.lensc.runtime.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.patch.DocumentPatches;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import java.util.List;

/**
 * The one place the sync layer calls the patch engine ({@code runtime/patch}): patch translation
 * with the document at hand (exact) or from the ops' paths and values alone (path-level, for an
 * operation without a stored document), and patch application. What the engine says about an op
 * comes back as data the gate decides on: dropped (no counterpart), refused (an invalid edit, or one
 * whose meaning needs the document) and readings (translated on an assumption about the data).
 */
final class PatchBridge {
    private PatchBridge() {}

    /** A patch translated to another version, with what the patch engine said about its ops. */
    record Translation(JsonPatch patch, List<Dropped> dropped, List<Refused> refused, List<Reading> readings) {
        Translation {
            dropped = List.copyOf(dropped);
            refused = List.copyOf(refused);
            readings = List.copyOf(readings);
        }

        /** The same translation of a one-op patch, told as op {@code index} of a longer edit. */
        Translation asOp(int index) {
            return new Translation(patch,
                    dropped.stream().map(d -> new Dropped(index, d.op(), d.path(), d.reason())).toList(),
                    refused.stream().map(r -> new Refused(index, r.path(), r.needsDocument(), r.reason())).toList(),
                    readings.stream().map(r -> new Reading(index, r.path(), r.reason())).toList());
        }
    }

    /** An op of the source patch with no counterpart in the target version. */
    record Dropped(int index, String op, String path, String reason) {
        @Override
        public String toString() {
            return "op " + index + " (" + op + " " + path + "): " + reason;
        }
    }

    /**
     * An op the patch engine refuses: an invalid edit of its version (a path it does not have, a wrong
     * type, a value the lens cannot map), or, path-level, an op whose effect needs the document.
     */
    record Refused(int index, String path, boolean needsDocument, String reason) {
        @Override
        public String toString() {
            return "op " + index + " at " + (path.isEmpty() ? "/" : path) + ": " + reason;
        }
    }

    /** A path-level translation taken on a reading of data the operation does not carry. */
    record Reading(int index, String path, String reason) {
        @Override
        public String toString() {
            return "op " + index + " at " + (path.isEmpty() ? "/" : path) + ": " + reason;
        }
    }

    /**
     * {@code patch} on {@code doc} (version {@code from}) for the document of version {@code to}
     * that {@code base} is (null: the translation of {@code doc}); exact.
     *
     * @throws dev.lensc.runtime.lens.LensException when the patch does not apply to {@code doc}
     */
    static Translation translate(DocumentType type, JsonPatch patch, JsonNode doc, int from, int to, JsonNode base) {
        return of(DocumentPatches.translatePatch(type, patch, doc, from, to, base));
    }

    /** {@code patch} on a document of version {@code from}, translated to {@code to} without the document. */
    static Translation translate(DocumentType type, JsonPatch patch, int from, int to) {
        return of(DocumentPatches.translatePatch(type, patch, from, to));
    }

    private static Translation of(PatchTranslation t) {
        return new Translation(t.patch(),
                t.dropped().stream().map(d -> new Dropped(d.index(), d.op().name(), d.pointer(), d.reason())).toList(),
                t.rejected().stream().map(r -> new Refused(r.index(), r.pointer(),
                        r.cause() == PatchTranslation.Cause.NEEDS_DOCUMENT, r.reason())).toList(),
                t.warnings().stream().map(w -> new Reading(w.index(), w.pointer(), w.reason())).toList());
    }

    /** @throws dev.lensc.runtime.lens.LensException when the patch does not apply */
    static JsonNode apply(JsonPatch patch, JsonNode doc) {
        return JsonPatch.apply(patch, doc);
    }
}
