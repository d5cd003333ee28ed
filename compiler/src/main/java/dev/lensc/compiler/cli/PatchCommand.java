package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import java.util.Set;

/**
 * {@code lensc patch}: translates a JSON Patch and prints it. Without {@code --doc}, path-level
 * (from each op's paths and values); with it, exactly. Drops and readings are warnings; a rejected op
 * (or, with {@code --strict}, a dropped one) is an error: nothing is printed and the exit code is 1.
 */
final class PatchCommand extends Command {
    PatchCommand() {
        super("patch", Options.of(Set.of("lens", "type", "from", "to", "doc", "base", "schema"),
                Set.of("reverse", "strict")), Help.PATCH);
    }

    @Override
    int run(Arguments a, Context c) {
        Selection selection = Selection.translation(a);
        a.operands(1, "patch");
        if (a.has("base") && !a.has("doc")) {
            throw new UsageException("patch", "--base needs --doc: without the document the patch is translated"
                    + " from its paths and values alone");
        }
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
        PatchTranslation t = doc == null ? lens.patch(patch, selection, schema)
                : lens.patch(patch, selection, doc, schema, base);
        if (a.has("strict")) {
            t = t.strict();
        }
        if (!PatchNotes.report(t, c.err())) {
            return Lensc.UNTRANSLATABLE;
        }
        JsonIo.print(t.patch().toJson(), c.out());
        return Lensc.OK;
    }
}
