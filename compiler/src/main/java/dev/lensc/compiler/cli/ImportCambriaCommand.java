package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.cli.ExampleDocuments.Example;
import dev.lensc.dsl.cambria.CambriaImport;
import dev.lensc.dsl.cambria.CambriaLens;
import dev.lensc.dsl.cambria.CambriaLensException;
import dev.lensc.dsl.cambria.CambriaLensReader;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.ExampleInference;
import dev.lensc.runtime.schema.JsonSchemas;
import dev.lensc.runtime.schema.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code lensc import-cambria}: a Cambria YAML lens as an equivalent .lens file. */
final class ImportCambriaCommand extends Command {
    static final String HELP = """
            lensc import-cambria - turn a Cambria lens into a .lens file

            Usage:
              lensc import-cambria LENS.yml (--schema IN-SCHEMA.json | --doc DOC.json)
                                   [--name NAME]

            Prints a .lens file with 'version 1' (the documents the Cambria lens reads)
            and 'lens 1 -> 2' (its ops), which translates as 'lensc apply --lens LENS.yml'
            does. A Cambria lens does not say what it reads: give the JSON Schema of its
            input (--schema), or a document (or a .jsonl file of documents) to infer it
            from, as Cambria does (--doc). Where Cambria is loose the ops are made exact
            (a remove states the field's real type); the laws the lens cannot keep, which
            Cambria accepts silently, are declared with 'lossy'.

            Options:
              --schema FILE   the JSON Schema of the lens's input
              --doc FILE      a document the lens reads (.jsonl: one a line)
              --name NAME     the schema's name (default: from the lens file's name)

            Example:
              lensc import-cambria issue-to-task.lens.yml --doc original.json > issue-to-task.lens
              lensc apply --lens issue-to-task.lens --from 1 --to 2 original.json
            """;

    private static final ExampleInference.Settings AS_CAMBRIA = new ExampleInference.Settings(0, Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    ImportCambriaCommand() {
        super("import-cambria", Options.of(Set.of("schema", "doc", "name"), Set.of()), HELP);
    }

    @Override
    int run(Arguments a, Context c) {
        List<String> operands = a.operands(1, "Cambria lens file");
        if (operands.isEmpty()) {
            throw new UsageException(name(), "give the Cambria lens file (.yml or .yaml)");
        }
        if (a.has("schema") == a.has("doc")) {
            throw new UsageException(name(), "a Cambria lens does not say what it reads: give either --schema "
                    + "IN-SCHEMA.json or --doc DOC.json");
        }
        String file = operands.get(0);
        if (!Files.isRegularFile(Path.of(file))) {
            throw new UsageException(name(), "no such lens file: " + file);
        }
        CambriaLens lens;
        try {
            lens = CambriaLensReader.read(Path.of(file));
        } catch (CambriaLensException e) {
            throw new LensFileException(e.getMessage(), e);
        }
        String source = a.has("schema") ? a.value("schema") : a.value("doc");
        Type.ObjectType input = a.has("schema") ? schemaInput(a, c) : documentInput(a, c);
        String schema = a.has("name") ? a.value("name") : SchemaNames.fromFile(file);
        String text;
        try {
            text = CambriaImport.toLensFile(lens, input, schema, List.of(
                    "imported by lensc import-cambria from " + Path.of(file).getFileName(),
                    "version 1 is " + (a.has("schema") ? "the JSON Schema " : "inferred from ") + Path.of(source).getFileName()
                            + " (a Cambria lens does not say what it reads)"));
        } catch (LensException e) {
            throw new BadInputException(file + " does not fit " + source + ": " + e.getMessage());
        }
        c.out().print(GeneratedLensFile.checked(text, schema + ".lens", c));
        return Lensc.OK;
    }

    private Type.ObjectType schemaInput(Arguments a, Context c) {
        Type t = JsonSchemas.fromJsonSchema(c.schemaFile(a));
        if (!(t instanceof Type.ObjectType o)) {
            throw new UsageException(name(), a.value("schema") + ": the schema of a version describes an object");
        }
        return o;
    }

    private Type.ObjectType documentInput(Arguments a, Context c) {
        List<Example> examples = ExampleDocuments.read(List.of(a.value("doc")), c, name());
        for (Example e : examples) {
            if (!e.document().isObject()) {
                throw new BadInputException(e.source() + ": expected an object (a version describes JSON objects), found "
                        + JsonValues.kind(e.document()));
            }
        }
        List<JsonNode> docs = examples.stream().map(Example::document).toList();
        return ExampleInference.inferObject(docs, AS_CAMBRIA);
    }
}
