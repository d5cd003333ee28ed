package dev.lensc.dsl.text;

import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.laws.Loss;
import dev.lensc.runtime.laws.LossAnalysis;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code lossy} line a generated lens needs: the laws static loss analysis finds its ops
 * cannot keep, in both directions (going back, a law is stated as its forward counterpart), with
 * the reasons as the line's text.
 */
public final class LossLines {
    private LossLines() {}

    /** The losses of ops that need a declaration; empty when the lens keeps every law. */
    public static List<Loss> declarable(List<LensOp> ops, Type source) {
        List<Loss> out = new ArrayList<>();
        for (Loss loss : LossAnalysis.losses(ops, source)) {
            if (!loss.implicit()) {
                out.add(loss);
            }
        }
        Type target = SchemaTransform.apply(ops, source, SchemaProblems.ignoring());
        for (Loss loss : LossAnalysis.losses(LensOp.reverseAll(ops), target)) {
            if (!loss.implicit()) {
                Set<Law> forward = EnumSet.noneOf(Law.class);
                loss.laws().forEach(l -> forward.add(l.reversed()));
                out.add(new Loss(loss.op(), forward, loss.reason() + " (going back)"));
            }
        }
        return out;
    }

    /** {@code lossy LAW, ... "why"} at {@code indent}, or "" when there is nothing to declare. */
    public static String line(List<Loss> losses, String why, String indent) {
        if (losses.isEmpty()) {
            return "";
        }
        Set<Law> laws = EnumSet.noneOf(Law.class);
        Set<String> reasons = new LinkedHashSet<>();
        for (Loss loss : losses) {
            laws.addAll(loss.laws());
            reasons.add("'" + LensOps.describe(loss.op()) + "': " + loss.reason());
        }
        String text = why + ": " + String.join("; ", reasons);
        return indent + "lossy " + laws.stream().map(Law::dslName).collect(Collectors.joining(", ")) + " "
                + LensText.value(com.fasterxml.jackson.databind.node.TextNode.valueOf(text)) + "\n";
    }
}
