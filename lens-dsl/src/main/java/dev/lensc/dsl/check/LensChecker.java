package dev.lensc.dsl.check;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.LinkedLens;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.LossDeclaration;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Problem;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.schema.Hints;
import dev.lensc.runtime.schema.Type;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lens checked on the type it runs on: its runtime ops, the type it derives, its declared
 * losses, every problem placed at the op that has it, and the laws it breaks without declaring so.
 */
final class LensChecker {
    /** @param to the type the lens derives for its target version */
    record Checked(LinkedLens lens, Type to) {}

    private final Diagnostics diagnostics;
    private final TypeResolver types;
    private final CustomLensLoader customs;

    LensChecker(Diagnostics diagnostics, ClassLoader classLoader) {
        this.diagnostics = diagnostics;
        this.types = new TypeResolver(diagnostics);
        this.customs = new CustomLensLoader(classLoader, diagnostics);
    }

    /** The laws the lens's {@code lossy} lines name; unknown names are reported. */
    private Set<Law> acceptedLosses(LensNode l) {
        Set<Law> out = EnumSet.noneOf(Law.class);
        for (LossDeclaration lossy : l.losses()) {
            for (Name n : lossy.laws()) {
                Law law = Law.byDslName(n.text()).orElse(null);
                if (law == null) {
                    List<String> names = Arrays.stream(Law.values()).map(Law::dslName).toList();
                    String hint = Hints.didYouMean(n.text(), names);
                    diagnostics.error(n.location(), DiagnosticCode.INVALID_OP, "'" + n.text() + "' is not a law",
                            hint != null ? hint : "the laws are " + String.join(", ", names));
                } else {
                    out.add(law);
                }
            }
        }
        return out;
    }

    /** The lens checked on the type of its source version, and the type of its target version. */
    Checked check(LensNode l, Type from) {
        Set<Law> accepted = acceptedLosses(l);
        OpBuilder builder = new OpBuilder(types, customs, diagnostics);
        Type to = from;
        List<LensOp> ops = List.of();
        Derivation clean = null;
        int errors = diagnostics.errorCount();
        try {
            Derivation derivation = builder.derive(l.ops(), from, new Sink(builder.origins(), l.location()));
            ops = derivation.ops();
            to = derivation.target();
            if (diagnostics.errorCount() == errors) {
                clean = derivation;
                new LossWarnings(diagnostics, builder.origins(), l, accepted).report(derivation);
            }
        } catch (RuntimeException e) {
            // only a custom lens's own code can throw here (forwardType)
            diagnostics.error(l.location(), DiagnosticCode.CUSTOM_CLASS, "checking lens " + l.from() + " -> " + l.to()
                    + " failed: " + e, null);
        }
        return new Checked(new LinkedLens(l.from(), l.to(), l.description(), new Lens(ops), l.location(), accepted, clean),
                to);
    }

    /**
     * Ops outside a lens (an {@code assemble} input's block) derived on {@code from}, every problem
     * placed at its op; no loss warnings, since such ops declare no laws. Null when they have errors.
     */
    Derivation derive(List<OpNode> ops, Type from, Location fallback) {
        OpBuilder builder = new OpBuilder(types, customs, diagnostics);
        int errors = diagnostics.errorCount();
        try {
            Derivation derivation = builder.derive(ops, from, new Sink(builder.origins(), fallback));
            return diagnostics.errorCount() == errors ? derivation : null;
        } catch (RuntimeException e) {
            // only a custom lens's own code can throw here (forwardType)
            diagnostics.error(fallback, DiagnosticCode.CUSTOM_CLASS, "checking the ops failed: " + e, null);
            return null;
        }
    }

    /** Checks what can be checked without knowing the schema (custom classes, unsupported ops, literals). */
    void checkWithoutSchema(LensNode l) {
        try {
            new OpBuilder(types, customs, diagnostics).build(l.ops(), new Type.AnyType());
        } catch (RuntimeException e) {
            diagnostics.error(l.location(), DiagnosticCode.CUSTOM_CLASS, "checking lens " + l.from() + " -> " + l.to()
                    + " failed: " + e, null);
        }
    }

    /** Places the runtime's per-op problems at the op (or the field name) in the source. */
    private final class Sink implements SchemaProblems {
        private final Map<LensOp, OpNode> origins;
        private final Location fallback;

        Sink(Map<LensOp, OpNode> origins, Location fallback) {
            this.origins = origins;
            this.fallback = fallback;
        }

        @Override
        public void report(Problem p) {
            DiagnosticCode code = codeOf(p.kind());
            if (code == null) {
                return; // reported by OpBuilder at the entry or the default itself
            }
            OpNode node = origins.get(p.op());
            Location at = node != null ? node.location() : fallback;
            if (node != null && p.kind() == Problem.Kind.UNKNOWN_FIELD) {
                for (Name n : node.names()) {
                    if (n.text().equals(p.subject())) {
                        at = n.location();
                        break;
                    }
                }
            }
            if (p.kind() == Problem.Kind.INVALID_KEY && node instanceof OpNode.MapOp m && m.key() != null) {
                at = m.key().location();
            }
            diagnostics.error(at, code, p.message(), p.hint());
        }
    }

    /** The one place a runtime problem kind becomes a diagnostic code; null where OpBuilder reports it. */
    static DiagnosticCode codeOf(Problem.Kind kind) {
        return switch (kind) {
            case UNKNOWN_FIELD -> DiagnosticCode.UNKNOWN_FIELD;
            case FIELD_EXISTS, WRONG_SHAPE, DECLARED_TYPE_DIFFERS -> DiagnosticCode.INVALID_OP;
            case DEFAULT_TYPE, CONVERT_ENTRY -> null;
            case INVALID_KEY -> DiagnosticCode.MAP_KEY;
        };
    }
}
