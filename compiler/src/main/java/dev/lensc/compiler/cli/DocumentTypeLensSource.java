package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.JsonSchemas;
import java.util.List;

/**
 * Document types with numbered versions (what a {@code .lens} file defines): {@code --type} picks
 * one (optional when there is only one), {@code --from}/{@code --to} a translation and
 * {@code --version} a schema. Schemas are declared, so {@code --schema} does not apply.
 */
public final class DocumentTypeLensSource implements LensSource {
    private final List<DocumentType> types;
    private final String file;

    public DocumentTypeLensSource(List<DocumentType> types, String file) {
        this.types = List.copyOf(types);
        this.file = file;
    }

    @Override
    public JsonNode apply(JsonNode doc, Selection s, JsonNode inputSchema, JsonNode base) {
        noSchema(inputSchema, "apply");
        if (s.reverse() || s.version() != null) {
            throw new UsageException("apply", "a document type translates between versions: use --from V --to V");
        }
        if (s.from() == null || s.to() == null) {
            throw new UsageException("apply", "give both --from and --to (versions of "
                    + type(s, "apply").name() + ": " + type(s, "apply").versions() + ")");
        }
        return type(s, "apply").translate(doc, s.from(), s.to(), base);
    }

    @Override
    public ObjectNode schema(Selection s, JsonNode inputSchema) {
        noSchema(inputSchema, "schema");
        if (s.reverse() || s.from() != null || s.to() != null) {
            throw new UsageException("schema", "a document type has a schema per version: use --version V");
        }
        DocumentType t = type(s, "schema");
        int v = s.version() != null ? s.version() : t.versions().last();
        if (!t.versions().contains(v)) {
            throw new UsageException("schema", "unknown version " + v + " of " + t.name() + "; known versions: "
                    + t.versions());
        }
        return JsonSchemas.toJsonSchema(t.schema(v).orElseThrow(() -> new UsageException("schema",
                "the schema of " + t.name() + " version " + v + " is not known")));
    }

    private DocumentType type(Selection s, String command) {
        List<String> names = types.stream().map(DocumentType::name).toList();
        if (s.type() == null) {
            if (types.size() == 1) {
                return types.get(0);
            }
            throw new UsageException(command, file + " defines " + (types.isEmpty() ? "no document types"
                    : "several document types; pick one with --type (" + String.join(", ", names) + ")"));
        }
        for (DocumentType t : types) {
            if (t.name().equals(s.type())) {
                return t;
            }
        }
        String hint = Hints.didYouMean(s.type(), names);
        throw new UsageException(command, file + " defines no document type '" + s.type() + "' ("
                + (hint != null ? hint : "types: " + String.join(", ", names)) + ")");
    }

    private static void noSchema(JsonNode inputSchema, String command) {
        if (inputSchema != null) {
            throw new UsageException(command, "--schema is for Cambria lenses; a .lens file declares its schemas");
        }
    }
}
