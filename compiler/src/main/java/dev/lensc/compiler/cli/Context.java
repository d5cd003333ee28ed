package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonReadException;
import dev.lensc.runtime.schema.JsonSchemas;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** What a command runs with: the lens file formats, the JSON documents it reads, stdout and stderr. */
final class Context {
    private final LensSources sources;
    private final JsonIo json;
    private final PrintStream out;
    private final PrintStream err;

    Context(LensSources sources, JsonIo json, PrintStream out, PrintStream err) {
        this.sources = sources;
        this.json = json;
        this.out = out;
        this.err = err;
    }

    JsonIo json() {
        return json;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Loads a lens file and prints its warnings. */
    LensSource load(String file, String command) {
        LensSource lens = sources.load(Path.of(file), command);
        lens.warnings().forEach(err::println);
        return lens;
    }

    /** The JSON Schema of a {@code --schema} option, read and checked (a bad one is a usage error). */
    JsonNode schemaFile(Arguments a) {
        if (!a.has("schema")) {
            return null;
        }
        String file = a.value("schema");
        JsonNode schema;
        try {
            schema = json.readFile(Path.of(file), a.command(), "schema");
        } catch (JsonReadException e) {
            throw new UsageException(a.command(), e.getMessage());
        }
        try {
            JsonSchemas.fromJsonSchema(schema);
        } catch (IllegalArgumentException e) {
            throw new UsageException(a.command(), file + ": " + e.getMessage());
        }
        return schema;
    }

    /** The document of option {@code name} ({@code --base}, {@code --doc}), or null when not given. */
    JsonNode documentOption(Arguments a, String name, String what) {
        return a.has(name) ? json.readFile(Path.of(a.value(name)), a.command(), what) : null;
    }

    /** The operand document (a file, or stdin when absent or {@code -}). */
    JsonNode input(Arguments a, String what) {
        String input = a.operands().isEmpty() ? "-" : a.operands().get(0);
        return input.equals("-") ? json.readStdin() : json.readFile(Path.of(input), a.command(), what);
    }

    /** Every document of the operand (a file, or stdin when absent or {@code -}): JSON Lines, or one document. */
    List<JsonNode> inputs(Arguments a, String what) {
        return json.readAll(a.operands().isEmpty() ? "-" : a.operands().get(0), a.command(), what);
    }

    /** The name of the operand document in messages. */
    static String inputName(Arguments a) {
        return a.operands().isEmpty() || a.operands().get(0).equals("-") ? JsonIo.STDIN : a.operands().get(0);
    }
}
