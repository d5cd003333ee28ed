package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.LensException;

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
}
