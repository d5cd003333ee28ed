package dev.lensc.dsl.cambria;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.text.LensText;
import dev.lensc.dsl.text.LossLines;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cambria lens as a {@code .lens} file: {@code version 1} is the type Cambria would read (given
 * or inferred: a Cambria lens does not say), {@code lens 1 -> 2} its ops. The ops are Cambria's,
 * made exact where Cambria is loose: a {@code remove} states the type the field really has (and a
 * default of that type), a {@code convert} that states one of its types states both. The laws the
 * ops cannot keep, which Cambria accepts without a word, are declared with {@code lossy}.
 */
public final class CambriaImport {
    private CambriaImport() {}

    /**
     * @param input the type of the documents the lens reads
     * @param comments lines for the top of the file (where the lens and the input type came from)
     * @throws dev.lensc.runtime.lens.LensException when the lens does not fit the input type
     */
    public static String toLensFile(CambriaLens lens, Type.ObjectType input, String schemaName, List<String> comments) {
        List<LensOp> ops = exact(lens.ops(), input);
        String indent = LensText.INDENT + LensText.INDENT;
        String lensBlock = LensText.INDENT + "lens 1 -> 2 {\n" + LensText.ops(ops, indent)
                + LossLines.line(LossLines.declarable(ops, input), "Cambria accepts these losses", indent)
                + LensText.INDENT + "}\n";
        return LensText.file(comments, schemaName, List.of(LensText.versionBlock(1, input, LensText.INDENT), lensBlock));
    }

    /** The ops with the types they work on written out, walking the type the way the ops change it. */
    static List<LensOp> exact(List<LensOp> ops, Type type) {
        List<LensOp> out = new ArrayList<>();
        Type t = type;
        for (LensOp op : ops) {
            // the op on the whole type first: a misfit is reported with the JSON pointer from the top
            Type next = new CambriaLens(List.of(op)).outputType(t);
            out.add(exact(op, t));
            t = next;
        }
        return out;
    }

    private static LensOp exact(LensOp op, Type t) {
        Field field = op instanceof LensOp.Remove || op instanceof LensOp.In || op instanceof LensOp.Convert
                ? field(t, name(op)) : null;
        if (op instanceof LensOp.Remove r && field != null) {
            JsonNode restore = SchemaValidator.fits(r.defaultValue(), field.type()) ? r.defaultValue() : field.effectiveDefault();
            return new LensOp.Remove(r.name(), field.type(), restore);
        } else if (op instanceof LensOp.In in && field != null) {
            return new LensOp.In(in.name(), exact(in.ops(), Type.nonNull(field.type())));
        } else if (op instanceof LensOp.Map m && Type.nonNull(t) instanceof Type.ArrayType a) {
            return new LensOp.Map(exact(m.ops(), Type.nonNull(a.items())));
        } else if (op instanceof LensOp.Convert c && field != null && (c.fromType() == null) != (c.toType() == null)) {
            Type after = field(new CambriaLens(List.of(op)).outputType(t), c.name()).type();
            return new LensOp.Convert(c.name(), c.fromType() != null ? c.fromType() : Type.nonNull(field.type()),
                    c.toType() != null ? c.toType() : Type.nonNull(after), c.table(), c.forwardFallback(),
                    c.backwardFallback());
        }
        return op;
    }

    private static String name(LensOp op) {
        if (op instanceof LensOp.Remove r) {
            return r.name();
        } else if (op instanceof LensOp.In in) {
            return in.name();
        }
        return ((LensOp.Convert) op).name();
    }

    private static Field field(Type t, String name) {
        return Type.nonNull(t) instanceof Type.ObjectType o ? o.field(name).orElse(null) : null;
    }
}
