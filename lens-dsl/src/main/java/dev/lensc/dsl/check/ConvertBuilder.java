package dev.lensc.dsl.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.dsl.ast.OpNode.ConvertEntry;
import dev.lensc.dsl.ast.ValueNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A written {@code convert} to a runtime op, with the checks of its table: entries of the right
 * types, every enum (or boolean) value with a way to go in both directions, and no entry whose
 * direction can never be used (a many-to-one table without one-way entries loses data going back).
 */
final class ConvertBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TypeResolver types;
    private final Diagnostics diagnostics;

    ConvertBuilder(TypeResolver types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /** @param fieldType the field's type where the op runs; null when there is no such field */
    LensOp.Convert build(OpNode.ConvertOp c, Type fieldType) {
        Type declaredFrom = c.fromType() == null ? null : types.type(c.fromType());
        Type to = c.toType() == null ? null : types.type(c.toType());
        Type from = declaredFrom != null ? declaredFrom : fieldType == null ? null : Type.nonNull(fieldType);
        List<ValueMapping> table = new ArrayList<>();
        List<ConvertEntry> tableEntries = new ArrayList<>();
        JsonNode forwardFallback = null;
        JsonNode backwardFallback = null;
        boolean allFit = true;
        for (ConvertEntry e : c.entries()) {
            if (e.isFallback()) {
                switch (e.direction()) {
                    case FORWARD:
                        if (forwardFallback != null) {
                            diagnostics.error(e.location(), DiagnosticCode.DUPLICATE, "a second 'else ->' fallback", null);
                        } else if (fits(e.right(), to, "fallback", "newer")) {
                            forwardFallback = e.right().value();
                        } else {
                            allFit = false;
                        }
                        break;
                    case BACKWARD:
                        if (backwardFallback != null) {
                            diagnostics.error(e.location(), DiagnosticCode.DUPLICATE, "a second 'else <-' fallback", null);
                        } else if (fits(e.right(), from, "fallback", "older")) {
                            backwardFallback = e.right().value();
                        } else {
                            allFit = false;
                        }
                        break;
                    default:
                        diagnostics.error(e.location(), DiagnosticCode.CONVERT_ENTRY, "a fallback goes one way",
                                "write 'else -> " + e.right().value() + "' (going forward) or 'else <- "
                                        + e.right().value() + "' (going back)");
                }
                continue;
            }
            if (entryFits(e, from, to)) {
                table.add(new ValueMapping(e.left().value(), e.right().value(), direction(e.direction())));
                tableEntries.add(e);
            } else {
                allFit = false;
            }
        }
        unusedEntries(tableEntries);
        // with an entry already wrong, values it meant to cover would be reported missing as well
        if (allFit && !table.isEmpty()) {
            missing(c, domain(from), table, forwardFallback, true);
            missing(c, domain(to), table, backwardFallback, false);
        } else if (c.entries().isEmpty() && from != null && to != null) {
            coercionOnly(c, from, to);
        }
        return new LensOp.Convert(c.name().text(), from, to, table, forwardFallback, backwardFallback);
    }

    private boolean entryFits(ConvertEntry e, Type from, Type to) {
        boolean leftOk = from == null || SchemaValidator.fits(e.left().value(), Type.nullable(from));
        boolean rightOk = to == null || SchemaValidator.fits(e.right().value(), Type.nullable(to));
        if (leftOk && rightOk) {
            return true;
        }
        boolean swapped = from != null && to != null
                && SchemaValidator.fits(e.right().value(), Type.nullable(from))
                && SchemaValidator.fits(e.left().value(), Type.nullable(to));
        String hint = swapped ? "the left side is the older version's value: write '" + e.right().value() + " "
                + arrow(flip(e.direction())) + " " + e.left().value() + "'" : null;
        if (!leftOk) {
            diagnostics.error(e.left().location(), DiagnosticCode.CONVERT_ENTRY, "convert table entry "
                    + e.left().value() + " is not of type " + TypeText.display(from), hint);
        }
        if (!rightOk) {
            diagnostics.error(e.right().location(), DiagnosticCode.CONVERT_ENTRY, "convert table entry "
                    + e.right().value() + " is not of type " + TypeText.display(to), swapped && !leftOk ? null : hint);
        }
        return false;
    }

    private boolean fits(ValueNode v, Type type, String what, String version) {
        if (type == null || SchemaValidator.fits(v.value(), Type.nullable(type))) {
            return true;
        }
        diagnostics.error(v.location(), DiagnosticCode.CONVERT_ENTRY, "convert " + what + " " + v.value()
                + " is not of type " + TypeText.display(type), "it must be a value of the " + version + " version");
        return false;
    }

    /** Reports entries a direction never reaches because an earlier entry already takes that value. */
    private void unusedEntries(List<ConvertEntry> entries) {
        for (int j = 0; j < entries.size(); j++) {
            ConvertEntry later = entries.get(j);
            for (int i = 0; i < j; i++) {
                ConvertEntry earlier = entries.get(i);
                boolean sameLeft = JsonValues.equal(earlier.left().value(), later.left().value());
                boolean sameRight = JsonValues.equal(earlier.right().value(), later.right().value());
                if (sameLeft && sameRight) {
                    diagnostics.warning(later.location(), DiagnosticCode.REPEATED_ENTRY, "this entry repeats the entry at line "
                            + earlier.location().line(), "remove it");
                    break;
                }
                if (sameLeft && forwards(earlier) && forwards(later)) {
                    diagnostics.warning(later.location(), DiagnosticCode.LOSSY_OP, "going forward, "
                            + earlier.left().value() + " already becomes " + earlier.right().value()
                            + "; this entry's way forward is never used",
                            later.direction() == OpNode.Direction.BOTH ? "make it one-way back: '" + later.left().value()
                                    + " <- " + later.right().value() + "'" : "remove it");
                    break;
                }
                if (sameRight && backwards(earlier) && backwards(later)) {
                    diagnostics.warning(later.location(), DiagnosticCode.LOSSY_OP, "both " + earlier.left().value()
                            + " and " + later.left().value() + " become " + later.right().value() + "; going back, "
                            + later.right().value() + " always becomes " + earlier.left().value(),
                            later.direction() == OpNode.Direction.BOTH ? "make it one-way forward: '"
                                    + later.left().value() + " -> " + later.right().value() + "'" : "remove it");
                    break;
                }
            }
        }
    }

    private void missing(OpNode.ConvertOp c, List<JsonNode> domain, List<ValueMapping> table, JsonNode fallback,
            boolean forward) {
        if (fallback != null || domain.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (JsonNode v : domain) {
            boolean covered = false;
            for (ValueMapping m : table) {
                if (forward ? m.forwards() && JsonValues.equal(m.from(), v) : m.backwards() && JsonValues.equal(m.to(), v)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                missing.add(v.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String values = String.join(", ", missing);
        String example = missing.get(0);
        diagnostics.error(c.location(), DiagnosticCode.CONVERT_MISSING_VALUE, "convert table of '" + c.name().text()
                + "' has no " + (missing.size() == 1 ? "entry" : "entries") + " for " + values + " going "
                + (forward ? "forward" : "back"),
                forward ? "add '" + example + " -> <value>' or a fallback 'else -> <value>'"
                        : "add '<value> <- " + example + "' or a fallback 'else <- <value>'");
    }

    private void coercionOnly(OpNode.ConvertOp c, Type from, Type to) {
        boolean forwardFails = !Types.assignable(from, to);
        boolean backwardFails = !Types.assignable(to, from);
        if (!forwardFails && !backwardFails) {
            return;
        }
        String ways = forwardFails && backwardFails ? "forward and back" : forwardFails ? "forward" : "back";
        diagnostics.warning(c.location(), DiagnosticCode.LOSSY_OP, "convert '" + c.name().text() + "' from "
                + TypeText.display(from) + " to " + TypeText.display(to) + " has no table: going " + ways
                + ", values that do not convert exactly fail", "add a table, or fallbacks 'else -> <value>' and 'else <- <value>'");
    }

    /** The values of an enum or boolean type: the ones a table must cover; empty for open types. */
    private static List<JsonNode> domain(Type type) {
        Type t = type == null ? null : Type.nonNull(type);
        List<JsonNode> out = new ArrayList<>();
        if (t instanceof Type.EnumType e) {
            for (String v : e.values()) {
                out.add(NODES.textNode(v));
            }
        } else if (t instanceof Type.BooleanType) {
            out.add(NODES.booleanNode(true));
            out.add(NODES.booleanNode(false));
        }
        return out;
    }

    private static boolean forwards(ConvertEntry e) {
        return e.direction() != OpNode.Direction.BACKWARD;
    }

    private static boolean backwards(ConvertEntry e) {
        return e.direction() != OpNode.Direction.FORWARD;
    }

    private static ValueMapping.Direction direction(OpNode.Direction d) {
        switch (d) {
            case BOTH: return ValueMapping.Direction.BOTH;
            case FORWARD: return ValueMapping.Direction.FORWARD;
            default: return ValueMapping.Direction.BACKWARD;
        }
    }

    private static OpNode.Direction flip(OpNode.Direction d) {
        switch (d) {
            case FORWARD: return OpNode.Direction.BACKWARD;
            case BACKWARD: return OpNode.Direction.FORWARD;
            default: return d;
        }
    }

    private static String arrow(OpNode.Direction d) {
        switch (d) {
            case FORWARD: return "->";
            case BACKWARD: return "<-";
            default: return "<->";
        }
    }
}
