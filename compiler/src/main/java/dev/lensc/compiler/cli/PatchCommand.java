package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import java.util.List;
import java.util.Set;

/**
 * {@code lensc patch}: translates a JSON Patch and prints it. Without {@code --doc}, path-level
 * (from each op's paths and values); with it, exactly. Drops and readings are warnings; a rejected op
 * (or, with {@code --strict}, a dropped one) is an error: nothing is printed and the exit code is 1.
 * Operation envelopes (objects, one or a line each) are decided instead ({@link OperationDecisions}).
 */
final class PatchCommand extends Command {
    PatchCommand() {
        super("patch", Options.of(Set.of("lens", "type", "from", "to", "doc", "base", "schema", "epoch", "mode"),
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
        List<JsonNode> inputs = c.inputs(a, "patch");
        if (inputs.isEmpty()) {
            throw new BadInputException(Context.inputName(a) + ": no JSON document (the input is empty)");
        }
        if (!a.has("from") && inputs.stream().allMatch(JsonNode::isObject)) {
            return OperationDecisions.run(a, c, lens, selection, inputs);
        }
        for (String option : List.of("epoch", "mode")) {
            if (a.has(option)) {
                throw new UsageException(name(), "--" + option + " is for operation envelopes, not JSON Patches");
            }
        }
        if (inputs.size() > 1) {
            throw new BadInputException(Context.inputName(a) + ": not a JSON Patch: " + inputs.size() + " documents;"
                    + " a JSON Patch is one array of ops (operation envelopes, one a line, carry their version: drop"
                    + " --from)");
        }
        JsonNode schema = c.schemaFile(a);
        JsonNode doc = c.documentOption(a, "doc", "document");
        JsonNode base = c.documentOption(a, "base", "base document");
        JsonNode patchJson = inputs.get(0);
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
