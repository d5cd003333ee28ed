package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.cli.ExampleDocuments.Example;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.dsl.suggest.LensSuggester;
import dev.lensc.dsl.suggest.SuggestionText;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.schema.ExampleInference;
import dev.lensc.runtime.schema.JsonSchemas;
import dev.lensc.runtime.schema.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code lensc suggest}: a proposed lens between two versions given by examples, JSON Schemas or .lens files. */
final class SuggestCommand extends Command {
    static final String HELP = """
            lensc suggest - propose a lens from an older to a newer version

            Usage:
              lensc suggest OLD NEW [--name NAME]

            OLD and NEW are each
              - example documents (a .json file, or a .jsonl/.ndjson file of several; two
                files with as many documents are read as the same items, by position),
              - a JSON Schema (a .json file with "$schema", or "type": "object" and
                "properties"), or
              - a version of a .lens schema: FILE.lens (its latest version) or FILE.lens@V.
            Prints a .lens file: version 1 (OLD), the proposed lens 1 -> 2 and, when the
            lens derives NEW exactly, version 2 restated so that lensc check holds the
            lens to it. Each op says how sure the proposal is (0 to 1) and why: fields
            moved out of or into an object (hoist, plunge), renames by name, type and
            value similarity, wrap and head, in and map for nested objects, convert
            tables from the values the examples pair and from enum differences, a
            string cut into several or joined from several at a separator the examples
            show (split, merge; from names alone, such as name into first and last,
            with low confidence), and what is left added or removed. What the inputs cannot tell (a default, a value no
            example shows) is listed as '// decide:' comments in the lens.

            Example:
              lensc suggest docs/todo-v2.json docs/todo-v3.json --name TodoItem > todo.lens
              lensc suggest todo-item.lens@1 todo-item.lens@2
            """;

    SuggestCommand() {
        super("suggest", Options.of(Set.of("name"), Set.of()), HELP);
    }

    @Override
    int run(Arguments a, Context c) {
        List<String> operands = a.operands(2, "older and one newer version");
        if (operands.size() != 2) {
            throw new UsageException(name(), "give the older and the newer version (documents, JSON Schemas or FILE.lens@V)");
        }
        LensSuggester.Side older = side(operands.get(0), c);
        LensSuggester.Side newer = side(operands.get(1), c);
        LensSuggester.Proposal proposal = LensSuggester.suggest(older, newer);
        String schema = a.has("name") ? a.value("name") : SchemaNames.fromFile(operands.get(1).replaceAll("@\\d+$", ""));
        String text = SuggestionText.file(proposal, older.type(), newer.type(), schema, List.of(
                "suggested by lensc suggest from " + operands.get(0) + " to " + operands.get(1),
                "each op ends in its confidence (0 to 1) and why; review every one"));
        c.out().print(GeneratedLensFile.checkedOrCommented(text, schema + ".lens", c));
        return Lensc.OK;
    }

    private LensSuggester.Side side(String operand, Context c) {
        String file = operand.replaceAll("@\\d+$", "");
        if (file.toLowerCase(Locale.ROOT).endsWith(".lens")) {
            return new LensSuggester.Side(lensVersion(file, operand.equals(file) ? null : Integer.valueOf(
                    operand.substring(file.length() + 1))), List.of());
        }
        List<Example> examples = ExampleDocuments.read(List.of(operand), c, name());
        for (Example e : examples) {
            if (!e.document().isObject()) {
                throw new BadInputException(e.source() + ": expected an object (a document or a JSON Schema), found "
                        + JsonValues.kind(e.document()));
            }
        }
        if (examples.size() == 1 && isJsonSchema(examples.get(0).document())) {
            try {
                Type t = JsonSchemas.fromJsonSchema(examples.get(0).document());
                if (t instanceof Type.ObjectType o) {
                    return new LensSuggester.Side(o, List.of());
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(operand + ": " + e.getMessage());
            }
        }
        List<JsonNode> docs = examples.stream().map(Example::document).toList();
        return new LensSuggester.Side(ExampleInference.inferObject(docs, ExampleInference.Settings.DEFAULTS), docs);
    }

    private static boolean isJsonSchema(JsonNode doc) {
        return doc.has("$schema") || (doc.path("type").asText("").equals("object") && doc.path("properties").isObject());
    }

    private Type.ObjectType lensVersion(String file, Integer version) {
        if (!Files.isRegularFile(Path.of(file))) {
            throw new UsageException(name(), "no such lens file: " + file);
        }
        LensFileResult result = LensFiles.load(Path.of(file));
        if (result.hasErrors()) {
            throw new InvalidLensFileException(file + " has errors", result.diagnostics().stream().map(d -> d.format()).toList());
        }
        if (result.schemas().size() != 1) {
            throw new UsageException(name(), file + " defines " + result.schemas().size() + " schemas; suggest reads a file with one");
        }
        LinkedSchema schema = result.schemas().get(0);
        int v = version != null ? version : schema.versions().last();
        if (!schema.versions().contains(v)) {
            throw new UsageException(name(), file + " has no version " + v + " (versions: " + schema.versions() + ")");
        }
        return (Type.ObjectType) schema.type(v);
    }
}
