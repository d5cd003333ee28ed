package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.OperationGate;
import java.util.List;

/**
 * A loaded lens file, as the command line uses it. Each file format ({@code .yml} Cambria lenses,
 * {@code .lens} files of document types with versions) has one implementation, registered by file
 * extension in {@link LensSources}.
 *
 * <p>Implementations throw {@link UsageException} for options that do not fit the file (a version
 * of a Cambria lens, an unknown document type) and {@link LensException} for a document or schema
 * the lens cannot translate.
 */
public interface LensSource {

    /**
     * Translates one document.
     *
     * @param inputSchema the JSON Schema of {@code doc} from {@code --schema}, or null
     * @param base an existing document of the target side from {@code --base}, or null
     */
    JsonNode apply(JsonNode doc, Selection selection, JsonNode inputSchema, JsonNode base);

    /** The JSON Schema (draft 2020-12) of the side the selection names. */
    ObjectNode schema(Selection selection, JsonNode inputSchema);

    /**
     * Translates a patch on {@code doc} (a document of the selection's source side) to the target
     * side: onto {@code base} when given, else onto the translation of {@code doc}.
     */
    PatchTranslation patch(JsonPatch patch, Selection selection, JsonNode doc, JsonNode inputSchema, JsonNode base);

    /**
     * Translates a patch on a document of the selection's source side from its paths and values
     * alone (path-level mode: no document); ops are checked against the source side's schema where
     * one is known ({@code inputSchema} for Cambria lenses).
     */
    PatchTranslation patch(JsonPatch patch, Selection selection, JsonNode inputSchema);

    /** The document type the selection names, for commands that need versions (graph). */
    default DocumentType documentType(Selection selection, String command) {
        throw new UsageException(command, command + " needs a .lens file with versioned document types");
    }

    /**
     * The gate that decides operation envelopes on the document type the selection names, with its
     * sync rules (for {@code lensc patch} with operations).
     */
    default OperationGate gate(Selection selection, String command, DecisionLog log) {
        throw new UsageException(command, "operation envelopes need a .lens file with versioned document types");
    }

    /** Warnings found while loading, formatted as the file format reports them. */
    default List<String> warnings() {
        return List.of();
    }
}
