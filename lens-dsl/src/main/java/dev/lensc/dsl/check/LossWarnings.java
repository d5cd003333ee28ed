package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.laws.Loss;
import dev.lensc.runtime.laws.LossAnalysis;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
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

    void report(List<LensOp> ops, Type from, Type to) {
        removesWithoutDefault();
        report(LossAnalysis.losses(ops, from), "", accepted);
        // going back, this lens's GetPut is PutGet onto base and the other way round
        Set<Law> back = java.util.EnumSet.noneOf(Law.class);
        for (Law law : accepted) {
            back.add(law == Law.GET_PUT ? Law.PUT_GET_BASE : law == Law.PUT_GET_BASE ? Law.GET_PUT : law);
        }
        report(LossAnalysis.losses(LensOp.reverseAll(ops), to), " going back", back);
    }

    private void report(List<Loss> losses, String direction, Set<Law> accepted) {
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
            boolean written = origins.containsKey(loss.op());
            OpNode node = written ? origins.get(loss.op()) : byValue(loss.op().reverse());
            LensOp shown = written ? loss.op() : loss.op().reverse();
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

    /** The written op of a reversed op: records are equal by value, and reversing twice gives the op back. */
    private OpNode byValue(LensOp op) {
        for (Map.Entry<LensOp, OpNode> e : origins.entrySet()) {
            if (e.getKey().equals(op)) {
                return e.getValue();
            }
        }
        return null;
    }
}
