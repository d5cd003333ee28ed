package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.cambria.CambriaLens;
import dev.lensc.dsl.cambria.CambriaLensException;
import dev.lensc.dsl.cambria.CambriaLensReader;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import dev.lensc.runtime.patch.PatchTranslator;
import dev.lensc.runtime.schema.JsonSchemas;
import java.nio.file.Path;

/** A Cambria lens file: one lens, no versions; it goes forward unless {@code --reverse}. */
public final class CambriaLensSource implements LensSource {
    private final CambriaLens lens;

    public CambriaLensSource(CambriaLens lens) {
        this.lens = lens;
    }

    public static LensSource load(Path file) {
        try {
            return new CambriaLensSource(CambriaLensReader.read(file));
        } catch (CambriaLensException e) {
            throw new LensFileException(e.getMessage(), e);
        }
    }

    @Override
    public JsonNode apply(JsonNode doc, Selection selection, JsonNode inputSchema, JsonNode base) {
        return chosen(selection, "apply").applyToDoc(doc, inputSchema, base);
    }

    @Override
    public PatchTranslation patch(JsonPatch patch, Selection selection, JsonNode doc, JsonNode inputSchema,
            JsonNode base) {
        return PatchTranslator.forward(chosen(selection, "patch").lens(), patch, doc, base);
    }

    @Override
    public PatchTranslation patch(JsonPatch patch, Selection selection, JsonNode inputSchema) {
        CambriaLens lens = chosen(selection, "patch");
        return inputSchema == null ? PatchTranslator.forward(lens.lens(), patch)
                : PatchTranslator.forward(lens.lens(), patch, JsonSchemas.fromJsonSchema(inputSchema));
    }

    @Override
    public ObjectNode schema(Selection selection, JsonNode inputSchema) {
        return chosen(selection, "schema").outputSchema(inputSchema);
    }

    private CambriaLens chosen(Selection s, String command) {
        if (s.type() != null) {
            throw new UsageException(command, "--type names a document type of a .lens file; a Cambria lens has none");
        }
        if (s.hasVersions()) {
            throw new UsageException(command, "a Cambria lens has no versions: it goes forward, or back with --reverse"
                    + " (drop --from/--to/--version)");
        }
        return s.reverse() ? lens.reverse() : lens;
    }
}
