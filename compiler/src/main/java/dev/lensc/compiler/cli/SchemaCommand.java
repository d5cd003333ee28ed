package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import java.util.Set;

/** {@code lensc schema}: prints the JSON Schema of one side of a lens. */
final class SchemaCommand extends Command {
    SchemaCommand() {
        super("schema", Options.of(Set.of("lens", "type", "version", "schema"), Set.of("reverse")),
                Help.SCHEMA);
    }

    @Override
    int run(Arguments a, Context c) {
        a.operands(0, "");
        Selection selection = new Selection(a.value("type"), null, null, a.version("version"), a.has("reverse"));
        if (selection.reverse() && selection.version() != null) {
            throw new UsageException(name(), "give either --version or --reverse, not both");
        }
        LensSource lens = c.load(a.required("lens"), name());
        JsonNode input = c.schemaFile(a);
        JsonNode schema;
        try {
            schema = lens.schema(selection, input);
        } catch (LensException e) {
            // the lens does not fit the schema it starts from: a problem of the lens, not of a document
            throw new LensFileException(e.getMessage(), e);
        }
        JsonIo.print(schema, c.out());
        return Lensc.OK;
    }
}
