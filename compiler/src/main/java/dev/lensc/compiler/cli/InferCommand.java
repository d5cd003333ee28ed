package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.cli.ExampleDocuments.Example;
import dev.lensc.dsl.text.LensText;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.schema.ExampleInference;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.Set;

/** {@code lensc infer}: a first {@code .lens} file from example documents. */
final class InferCommand extends Command {
    static final String HELP = """
            lensc infer - write a first .lens file from existing JSON documents

            Usage:
              lensc infer DOCS... [--name NAME] [--enum-limit N] [--map-keys N]

            Reads the documents (a .jsonl or .ndjson file holds one document a line, any
            other file one document) and prints a .lens file with one version that every
            one of them fits:
              - a field missing from some documents is optional (name?: T), a field that
                is null in some is nullable (T?), a field that is always null is 'any';
              - numbers are int, long or double as the widest value needs;
              - strings from a small closed set are an enum: at most --enum-limit distinct
                word-like values (default 8, 0: no enums), each seen twice on average;
              - objects whose keys look like data (numbers, dates, ids, punctuation) or
                that have more than --map-keys distinct keys (default 40) are map<T>;
              - values nested deeper than 32 levels are 'any'.

            Options:
              --name NAME       the schema's name (default: from the first file's name)
              --enum-limit N    the most distinct values an enum may have
              --map-keys N      the distinct keys over which an object is a map

            Example:
              lensc infer docs/*.json --name TodoItem > todo-item.lens && lensc check todo-item.lens
            """;

    InferCommand() {
        super("infer", Options.of(Set.of("name", "enum-limit", "map-keys"), Set.of()), HELP);
    }

    @Override
    int run(Arguments a, Context c) {
        if (a.operands().isEmpty()) {
            throw new UsageException(name(), "give the example documents (JSON or JSONL files)");
        }
        ExampleInference.Settings settings = new ExampleInference.Settings(
                (int) a.number("enum-limit", 0, 1000, ExampleInference.Settings.DEFAULTS.enumLimit()),
                (int) a.number("map-keys", 1, Integer.MAX_VALUE, ExampleInference.Settings.DEFAULTS.mapKeys()),
                ExampleInference.Settings.DEFAULTS.maxDepth());
        List<Example> examples = ExampleDocuments.read(a.operands(), c, name());
        for (Example e : examples) {
            if (!e.document().isObject()) {
                throw new BadInputException(e.source() + ": expected an object (a version describes JSON objects), found "
                        + JsonValues.kind(e.document()));
            }
        }
        List<JsonNode> documents = examples.stream().map(Example::document).toList();
        Type.ObjectType type = ExampleInference.inferObject(documents, settings);
        String schema = a.has("name") ? a.value("name") : SchemaNames.fromFile(a.operands().get(0));
        String text = LensText.file(
                List.of("inferred by lensc infer from " + examples.size() + " document" + (examples.size() == 1 ? "" : "s")),
                schema, List.of(LensText.versionBlock(1, type, LensText.INDENT)));
        c.out().print(GeneratedLensFile.checked(text, schema + ".lens", c));
        return Lensc.OK;
    }
}
