package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import java.util.Set;

/** {@code lensc patch}: translates a JSON Patch and prints it; ops with no counterpart are reported. */
final class PatchCommand extends Command {
    PatchCommand() {
        super("patch", Options.of(Set.of("lens", "type", "from", "to", "doc", "base", "schema"), Set.of("reverse")),
                Help.PATCH);
    }

    @Override
    int run(Arguments a, Context c) {
        Selection selection = Selection.translation(a);
        a.operands(1, "patch");
        LensSource lens = c.load(a.required("lens"), name());
        JsonNode schema = c.schemaFile(a);
        JsonNode doc = c.documentOption(a, "doc", "document");
        JsonNode base = c.documentOption(a, "base", "base document");
        JsonNode patchJson = c.input(a, "patch");
        JsonPatch patch;
        try {
            patch = JsonPatch.parse(patchJson);
        } catch (IllegalArgumentException | LensException e) {
            throw new BadInputException(Context.inputName(a) + ": not a JSON Patch: " + e.getMessage());
        }
        if (doc == null) {
            LensSource.DefaultDocument d = lens.defaultDocument(selection, schema);
            try {
                JsonPatch.apply(patch, d.doc());
            } catch (LensException e) {
                c.err().println("error: the patch does not apply to " + d.description() + " " + d.doc() + ": "
                        + e.getMessage());
                c.err().println("pass the document the patch applies to with --doc DOC.json");
                return Lensc.UNTRANSLATABLE;
            }
            doc = d.doc();
        }
        PatchTranslation t = lens.patch(patch, selection, doc, schema, base);
        for (PatchTranslation.Dropped d : t.dropped()) {
            c.err().println("warning: dropped op " + d.index() + " (" + d.op().toJson() + "): " + d.reason());
        }
        JsonIo.print(t.patch().toJson(), c.out());
        return Lensc.OK;
    }
}
