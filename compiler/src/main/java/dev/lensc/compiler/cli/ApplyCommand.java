package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.codegen.StreamInterpreter;
import dev.lensc.runtime.graph.DocumentType;
import java.util.Map;
import java.util.Set;

/** {@code lensc apply}: translates one document and prints it. */
final class ApplyCommand extends Command {
    ApplyCommand() {
        super("apply", new Options(Set.of("lens", "type", "from", "to", "base", "schema", "output", "rejects", "threads"),
                Set.of("reverse", "jsonl", "fail-fast", "resume"), Map.of("-o", "output")), Help.APPLY);
    }

    @Override
    int run(Arguments a, Context c) {
        Selection selection = Selection.translation(a);
        JsonlSettings jsonl = JsonlSettings.of(a);
        a.operands(1, "input document");
        LensSource lens = c.load(a.required("lens"), name());
        JsonNode schema = c.schemaFile(a);
        if (jsonl != null) {
            return JsonlApply.run(jsonl, a, c, doc -> lens.apply(doc, selection, schema, null), streaming(lens, selection, a));
        }
        if (StreamedApply.run(lens, selection, a, c)) {
            return Lensc.OK;
        }
        JsonNode base = c.documentOption(a, "base", "base document");
        JsonNode doc = c.input(a, "input");
        JsonIo.print(lens.apply(doc, selection, schema, base), c.out());
        return Lensc.OK;
    }

    /** The lines' translation streaming, or null when it does not stream (or {@code -Dlensc.stream.jsonl=false}). */
    private static StreamInterpreter streaming(LensSource lens, Selection selection, Arguments a) {
        DocumentType type = StreamedApply.streamable(lens, selection, a);
        if (type == null || !Boolean.parseBoolean(System.getProperty("lensc.stream.jsonl", "true"))) {
            return null;
        }
        StreamInterpreter streaming = StreamInterpreter.of(type, selection.from(), selection.to());
        return streaming.streams() ? streaming : null;
    }
}
