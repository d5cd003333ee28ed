package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.laws.Loss;
import dev.lensc.runtime.laws.LossAnalysis;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Positioned warnings for the laws a lens cannot keep ({@link LossAnalysis}), naming the laws and
 * the {@code lossy} line that accepts them. Laws the lens already declares are not warned about.
 */
final class LossWarnings {
    private final Diagnostics diagnostics;
    private final Map<LensOp, OpNode> origins;
    private final LensNode lens;
    private final Set<Law> accepted;

    LossWarnings(Diagnostics diagnostics, Map<LensOp, OpNode> origins, LensNode lens, Set<Law> accepted) {
        this.diagnostics = diagnostics;
        this.origins = origins;
        this.lens = lens;
        this.accepted = accepted;
    }

    /** @param derivation the lens's ops on its source type, as the checker derived them */
    void report(Derivation derivation) {
        removesWithoutDefault();
        List<LensOp> ops = derivation.ops();
        report(LossAnalysis.losses(derivation), new IdentityHashMap<>(), "", accepted);
        Set<Law> back = java.util.EnumSet.noneOf(Law.class);
        for (Law law : accepted) {
            back.add(law.reversed());
        }
        List<LensOp> reversed = LensOp.reverseAll(ops);
        Map<LensOp, LensOp> writtenOf = new IdentityHashMap<>();
        pair(ops, reversed, writtenOf);
        // going back is another chain of ops on another type: its one derivation
        report(LossAnalysis.losses(SchemaTransform.derive(reversed, derivation.target(), SchemaProblems.ignoring())),
                writtenOf, " going back", back);
    }

    /**
     * Pairs each reversed op (at every depth) with the op it reverses, by instance: two equal ops
     * written in two places keep their own places. {@link LensOp#reverseAll} reverses the order, and
     * {@code in} and {@code map} reverse their own ops the same way.
     */
    private static void pair(List<LensOp> written, List<LensOp> reversed, Map<LensOp, LensOp> writtenOf) {
        for (int i = 0; i < written.size(); i++) {
            LensOp op = written.get(i);
            LensOp rev = reversed.get(written.size() - 1 - i);
            writtenOf.put(rev, op);
            pair(children(op), children(rev), writtenOf);
        }
    }

    private static List<LensOp> children(LensOp op) {
        return op instanceof LensOp.In in ? in.ops() : op instanceof LensOp.Map map ? map.ops() : List.of();
    }

    /** @param writtenOf the written op of each op the losses name that is not itself written */
    private void report(List<Loss> losses, Map<LensOp, LensOp> writtenOf, String direction, Set<Law> accepted) {
        for (Loss loss : losses) {
            if (loss.implicit() || loss.op() instanceof LensOp.Convert) {
                continue; // convert tables get their own, more specific warnings from ConvertBuilder
            }
            List<Law> open = new ArrayList<>();
            for (Law law : Law.values()) {
                if (loss.laws().contains(law) && !accepted.contains(law)) {
                    open.add(law);
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            LensOp shown = writtenOf.getOrDefault(loss.op(), loss.op());
            OpNode node = origins.get(shown);
            String laws = open.stream().map(Law::dslName).collect(Collectors.joining(", "));
            diagnostics.warning(node != null ? node.location() : lens.location(), DiagnosticCode.LOSSY_OP,
                    "'" + LensOps.describe(shown) + "' breaks " + laws + direction + " (lens " + lens.from() + " -> "
                            + lens.to() + "): " + loss.reason(),
                    "if that is acceptable, declare it in the lens: lossy " + laws + " \"why\"");
        }
    }

    /**
     * A {@code remove} whose default is neither written nor declared on the field: going back
     * without a stored newer document, the field is invented as its type's zero value.
     */
    private void removesWithoutDefault() {
        if (accepted.contains(Law.CREATE_GET)) {
            return;
        }
        origins.entrySet().stream()
                .filter(e -> e.getKey() instanceof LensOp.Remove && e.getValue() instanceof OpNode.RemoveOp node
                        && node.defaultValue() == null
                        && ((LensOp.Remove) e.getKey()).defaultValue().equals(
                                dev.lensc.runtime.schema.Types.defaultValue(((LensOp.Remove) e.getKey()).type())))
                .sorted((a, b) -> a.getValue().location().compareTo(b.getValue().location()))
                .forEach(e -> {
                    LensOp.Remove r = (LensOp.Remove) e.getKey();
                    diagnostics.warning(e.getValue().location(), DiagnosticCode.LOSSY_OP, "'remove " + r.name()
                            + "' has no default: going back without a stored newer document, '" + r.name()
                            + "' comes back as " + r.defaultValue() + " (breaks CreateGet going back, lens "
                            + lens.from() + " -> " + lens.to() + ")",
                            "write the value it should come back as: remove " + r.name() + ": <type> = <value>;"
                                    + " or declare it: lossy CreateGet \"why\"");
                });
    }
}
