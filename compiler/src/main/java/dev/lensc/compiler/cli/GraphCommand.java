package dev.lensc.compiler.cli;

import java.util.Set;

/** {@code lensc graph}: prints the version graph of a document type. */
final class GraphCommand extends Command {
    GraphCommand() {
        super("graph", Options.of(Set.of("lens", "type", "format"), Set.of()), Help.GRAPH);
    }

    @Override
    int run(Arguments a, Context c) {
        a.operands(0, "");
        String format = a.has("format") ? a.value("format") : "dot";
        if (!GraphText.FORMATS.contains(format)) {
            throw new UsageException(name(), "--format is one of " + String.join(", ", GraphText.FORMATS)
                    + ", not '" + format + "'");
        }
        LensSource lens = c.load(a.required("lens"), name());
        Selection selection = new Selection(a.value("type"), null, null, null, false);
        c.out().print(GraphText.render(lens.documentType(selection, name()), format));
        return Lensc.OK;
    }
}
