package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.Diagnostic;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.patch.DocumentPatches;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.JsonSchemas;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.Envelope;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.SemanticRules;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Document types with numbered versions (what a {@code .lens} file defines): {@code --type} picks
 * one (optional when there is only one), {@code --from}/{@code --to} a translation and
 * {@code --version} a schema. Schemas are declared, so {@code --schema} does not apply. A type that
 * declares an {@code envelope} translates documents with it: {@code --from} is then read from the
 * document's envelope, and the envelope is written again for {@code --to}.
 */
public final class DocumentTypeLensSource implements LensSource {
    private final List<DocumentType> types;
    private final Map<String, SemanticRules> sync;
    private final String file;
    private final List<String> warnings;

    public DocumentTypeLensSource(List<DocumentType> types, String file) {
        this(types, file, List.of());
    }

    /** @param warnings diagnostics of the file that do not stop it from loading, formatted */
    public DocumentTypeLensSource(List<DocumentType> types, String file, List<String> warnings) {
        this(types, Map.of(), file, warnings);
    }

    /** @param sync the sync rules (envelope, epochs, semantic fields) of the types that declare them, by type name */
    public DocumentTypeLensSource(List<DocumentType> types, Map<String, SemanticRules> sync, String file,
            List<String> warnings) {
        this.types = List.copyOf(types);
        this.sync = Map.copyOf(sync);
        this.file = file;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads a {@code .lens} file.
     *
     * @throws InvalidLensFileException with every diagnostic when the file has errors
     */
    public static LensSource load(Path file) {
        LensFileResult result = LensFiles.load(file);
        List<String> formatted = result.diagnostics().stream().map(Diagnostic::format).toList();
        if (result.hasErrors()) {
            int errors = result.errors().size();
            throw new InvalidLensFileException(file + ": " + errors + (errors == 1 ? " error" : " errors")
                    + " in the lens file", formatted);
        }
        List<DocumentType> types = result.schemas().stream().map(LinkedSchema::toDocumentType).toList();
        Map<String, SemanticRules> sync = result.schemas().stream()
                .collect(Collectors.toMap(LinkedSchema::name, LinkedSchema::sync));
        return new DocumentTypeLensSource(types, sync, file.toString(), formatted);
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public JsonNode apply(JsonNode doc, Selection s, JsonNode inputSchema, JsonNode base) {
        noSchema(inputSchema, "apply");
        Optional<Envelope> envelope = Optional.ofNullable(sync.get(type(s, "apply").name()))
                .flatMap(SemanticRules::envelope);
        if (envelope.isEmpty()) {
            DocumentType t = translation(s, "apply");
            return t.translate(doc, s.from(), s.to(), base);
        }
        DocumentType t = translation(s, "apply", true);
        return new EnvelopedDocuments(t, envelope.get()).translate(doc,
                s.from() == null ? OptionalInt.empty() : OptionalInt.of(s.from()), s.to(), base);
    }

    /** Whether the selected type translates its documents inside an envelope (which apply then reads and rewrites). */
    boolean envelopes(Selection s, String command) {
        return Optional.ofNullable(sync.get(type(s, command).name())).flatMap(SemanticRules::envelope).isPresent();
    }

    @Override
    public OperationGate gate(Selection s, String command, DecisionLog log) {
        DocumentType t = type(s, command);
        return new OperationGate(t, sync.getOrDefault(t.name(), SemanticRules.none()), log);
    }

    @Override
    public PatchTranslation patch(JsonPatch patch, Selection s, JsonNode doc, JsonNode inputSchema, JsonNode base) {
        noSchema(inputSchema, "patch");
        DocumentType t = translation(s, "patch");
        return DocumentPatches.translatePatch(t, patch, doc, s.from(), s.to(), base);
    }

    @Override
    public PatchTranslation patch(JsonPatch patch, Selection s, JsonNode inputSchema) {
        noSchema(inputSchema, "patch");
        DocumentType t = translation(s, "patch");
        return DocumentPatches.translatePatch(t, patch, s.from(), s.to());
    }

    @Override
    public DocumentType documentType(Selection s, String command) {
        return type(s, command);
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

    /** The document type of a translation --from V --to V, both versions checked. */
    private DocumentType translation(Selection s, String command) {
        return translation(s, command, false);
    }

    /** @param fromEnvelope whether the documents' envelope gives the source version when --from does not */
    private DocumentType translation(Selection s, String command, boolean fromEnvelope) {
        if (s.reverse() || s.version() != null) {
            throw new UsageException(command, "a document type translates between versions: use --from V --to V");
        }
        DocumentType t = type(s, command);
        if ((s.from() == null && !fromEnvelope) || s.to() == null) {
            boolean couldEnvelope = command.equals("apply") && s.to() != null;
            throw new UsageException(command, "give both --from and --to (versions of " + t.name() + ": "
                    + t.versions() + ")" + (couldEnvelope ? "; " + t.name() + " declares no envelope that would"
                    + " give the document's version" : ""));
        }
        for (Integer v : Arrays.asList(s.from(), s.to())) {
            if (v == null) {
                continue;
            }
            if (!t.versions().contains(v)) {
                throw new UsageException(command, "unknown version " + v + " of " + t.name() + "; known versions: "
                        + t.versions());
            }
        }
        return t;
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
