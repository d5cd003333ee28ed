package dev.lensc.dsl.suggest;

import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.suggest.LensSuggester.Proposal;
import dev.lensc.dsl.suggest.LensSuggester.Suggestion;
import dev.lensc.dsl.text.LensText;
import dev.lensc.dsl.text.LossLines;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A proposal as a {@code .lens} file: the older version, the lens with each op's confidence and the
 * decisions left to the user as comments, and the newer version restated when the lens derives it
 * exactly (so that {@code lensc check} holds the lens to it).
 */
public final class SuggestionText {
    private SuggestionText() {}

    public static String file(Proposal proposal, Type.ObjectType older, Type.ObjectType newer, String schemaName,
            List<String> comments) {
        String indent = LensText.INDENT + LensText.INDENT;
        StringBuilder lens = new StringBuilder(LensText.INDENT).append("lens 1 -> 2 \"suggested by lensc suggest\" {\n");
        for (String decision : proposal.decisions()) {
            lens.append(indent).append("// decide: ").append(decision).append('\n');
        }
        for (Suggestion s : proposal.suggestions()) {
            String op = LensText.op(s.op(), indent);
            int lineEnd = op.indexOf('\n');
            lens.append(op, 0, lineEnd).append(" // ").append(String.format(Locale.ROOT, "%.2f", s.confidence()))
                    .append(": ").append(s.why()).append(op.substring(lineEnd));
        }
        List<dev.lensc.runtime.laws.Loss> losses = LossLines.declarable(proposal.ops(), older).stream()
                .filter(loss -> proposal.suggestions().stream().noneMatch(s -> s.open() && contains(s.op(), loss.op())))
                .toList();
        lens.append(LossLines.line(losses,
                "suggested: keep this line only if these losses are acceptable", indent));
        lens.append(LensText.INDENT).append("}\n");
        List<String> items = new ArrayList<>(List.of(LensText.versionBlock(1, older, LensText.INDENT), lens.toString()));
        List<String> restated = new ArrayList<>(items);
        restated.add(LensText.INDENT + "// the newer version as given (added fields with their defaults):"
                + " lensc check compares it with what the lens derives\n"
                + LensText.versionBlock(2, withAddedDefaults(newer, proposal), LensText.INDENT));
        String withNewer = LensText.file(comments, schemaName, restated);
        if (!LensFiles.parse(schemaName + ".lens", withNewer).hasErrors()) {
            return withNewer;
        }
        List<String> header = new ArrayList<>(comments);
        header.add("the lens does not derive the newer version exactly yet: see the decisions in the lens");
        return LensText.file(header, schemaName, items);
    }

    /** Whether {@code inner} is {@code op} or one of its nested ops (or their reverses: losses going back). */
    private static boolean contains(LensOp op, LensOp inner) {
        if (op.equals(inner) || op.reverse().equals(inner)) {
            return true;
        }
        List<LensOp> children = op instanceof LensOp.In in ? in.ops() : op instanceof LensOp.Map m ? m.ops() : List.of();
        return children.stream().anyMatch(c -> contains(c, inner));
    }

    /** An added field has a default in the newer version: the one its {@code add} gives older writers. */
    private static Type.ObjectType withAddedDefaults(Type.ObjectType newer, LensSuggester.Proposal proposal) {
        Type.ObjectType out = newer;
        for (LensOp op : proposal.ops()) {
            if (op instanceof LensOp.Add add && newer.has(add.name())) {
                out = out.with(new Field(add.name(), add.type(), add.defaultValue()));
            }
        }
        return out;
    }
}
