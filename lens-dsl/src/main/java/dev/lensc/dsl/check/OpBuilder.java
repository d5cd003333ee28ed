package dev.lensc.dsl.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.SchemaProblems;
import dev.lensc.runtime.lens.SchemaTransform;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Written ops to runtime ops. It walks the ops with the schema at each point (derived as it goes,
 * the caller's sink placing the problems), so checks the runtime cannot place, such as a
 * convert table entry of the wrong type, are reported at the entry itself. Every op it makes is
 * recorded in {@link #origins()} so problems found later map back to the written op.
 */
final class OpBuilder {
    private static final SchemaProblems SILENT = SchemaProblems.ignoring();

    private final TypeResolver types;
    private final CustomLensLoader customs;
    private final Diagnostics diagnostics;
    private final Map<LensOp, OpNode> origins = new IdentityHashMap<>();

    OpBuilder(TypeResolver types, CustomLensLoader customs, Diagnostics diagnostics) {
        this.types = types;
        this.customs = customs;
        this.diagnostics = diagnostics;
    }

    Map<LensOp, OpNode> origins() {
        return origins;
    }

    /** @param context the type the ops run on (AnyType when unknown: then only context-free checks run) */
    List<LensOp> build(List<OpNode> nodes, Type context) {
        return derive(nodes, context, SILENT).ops();
    }

    /**
     * The ops built and run on {@code context} in one pass: each op is derived once, as soon as it
     * is built (and recorded in {@link #origins()}), with its problems going to {@code problems}.
     * The ops inside {@code in} and {@code map} are built on a silent derivation of their own.
     */
    Derivation derive(List<OpNode> nodes, Type context, SchemaProblems problems) {
        List<Derivation.Step> steps = new ArrayList<>();
        Type t = context;
        for (OpNode node : nodes) {
            for (LensOp op : build(node, t)) {
                origins.put(op, node);
                Derivation.Step step = SchemaTransform.step(op, t, problems);
                steps.add(step);
                t = step.after();
            }
        }
        return new Derivation(context, steps, t);
    }

    private List<LensOp> build(OpNode node, Type t) {
        return node.accept(new Builder(t));
    }

    /** One written op to its runtime ops, given the type it runs on. */
    private final class Builder implements OpNode.Visitor<List<LensOp>> {
        private final Type t;

        Builder(Type t) {
            this.t = t;
        }

        @Override
        public List<LensOp> rename(OpNode.RenameOp r) {
            return List.of(new LensOp.Rename(r.from().text(), r.to().text()));
        }

        @Override
        public List<LensOp> add(OpNode.AddOp a) {
            Type type = types.type(a.type());
            JsonNode def = Types.defaultValue(type);
            if (a.defaultValue() != null && types.checkDefault(a.name().text(), a.defaultValue(), type)) {
                def = a.defaultValue().value();
            }
            return List.of(new LensOp.Add(a.name().text(), type, def));
        }

        @Override
        public List<LensOp> remove(OpNode.RemoveOp r) {
            return List.of(OpBuilder.this.remove(r, t));
        }

        @Override
        public List<LensOp> hoist(OpNode.HoistOp h) {
            return List.of(new LensOp.Hoist(h.host().text(), h.name().text()));
        }

        @Override
        public List<LensOp> plunge(OpNode.PlungeOp p) {
            return List.of(new LensOp.Plunge(p.host().text(), p.name().text()));
        }

        @Override
        public List<LensOp> wrap(OpNode.WrapOp w) {
            LensOp wrap = new LensOp.Wrap(w.name().text());
            return w.renameTo() == null ? List.of(wrap)
                    : List.of(wrap, new LensOp.Rename(w.name().text(), w.renameTo().text()));
        }

        @Override
        public List<LensOp> head(OpNode.HeadOp h) {
            LensOp head = new LensOp.Head(h.name().text());
            return h.renameTo() == null ? List.of(head)
                    : List.of(head, new LensOp.Rename(h.name().text(), h.renameTo().text()));
        }

        @Override
        public List<LensOp> in(OpNode.InOp in) {
            return List.of(new LensOp.In(in.name().text(), build(in.ops(), inner(t, in.name().text()))));
        }

        @Override
        public List<LensOp> map(OpNode.MapOp m) {
            String key = m.key() == null ? null : m.key().text();
            if (m.name() == null) {
                return List.of(new LensOp.Map(build(m.ops(), items(t)), key));
            }
            LensOp.Map map = new LensOp.Map(build(m.ops(), items(inner(t, m.name().text()))), key);
            origins.put(map, m);
            return List.of(new LensOp.In(m.name().text(), List.of(map)));
        }

        @Override
        public List<LensOp> convert(OpNode.ConvertOp c) {
            return List.of(new ConvertBuilder(types, diagnostics).build(c, fieldType(t, c.name().text())));
        }

        @Override
        public List<LensOp> custom(OpNode.CustomOp c) {
            CustomLens lens = customs.load(c.className(), c.classLocation());
            return lens == null ? List.of() : List.of(new LensOp.Custom(c.name().text(), c.className(), lens, false));
        }

        @Override
        public List<LensOp> split(OpNode.SplitOp s) {
            LensOp.Split split = new SplitBuilder(diagnostics).split(s);
            return split == null ? List.of() : List.of(split);
        }

        @Override
        public List<LensOp> merge(OpNode.MergeOp m) {
            LensOp.Merge merge = new SplitBuilder(diagnostics).merge(m);
            return merge == null ? List.of() : List.of(merge);
        }

        @Override
        public List<LensOp> semantic(OpNode.SemanticOp s) {
            diagnostics.error(s.location(), DiagnosticCode.INVALID_OP, "'semantic' marks a field of the document type;"
                    + " it belongs in the schema block, not in a lens", "move it next to the versions: semantic "
                    + s.field().text() + " (the path names the field in the newest version)");
            return List.of();
        }

    }

    private LensOp.Remove remove(OpNode.RemoveOp r, Type t) {
        String name = r.name().text();
        Type declared = types.type(r.type());
        Type actual = fieldType(t, name);
        Type restoredAs = actual != null && !(actual instanceof Type.AnyType) ? actual : declared;
        JsonNode def;
        if (r.defaultValue() != null) {
            def = r.defaultValue().value();
            if (!SchemaValidator.fits(def, restoredAs)) {
                diagnostics.error(r.defaultValue().location(), DiagnosticCode.DEFAULT_TYPE, "remove '" + name
                        + "' cannot be undone: its default " + def + " is not of type " + TypeText.display(restoredAs),
                        "give a default of type " + TypeText.display(restoredAs)
                                + "; going back, the field is restored with it");
            }
        } else {
            Field field = t instanceof Type.ObjectType o ? o.field(name).orElse(null) : null;
            def = field != null && field.defaultValue() != null && SchemaValidator.fits(field.defaultValue(), declared)
                    ? field.defaultValue() : Types.defaultValue(declared);
        }
        return new LensOp.Remove(name, declared, def);
    }

    /** The type of a field of an object, AnyType when the context is unknown, null when there is no such field. */
    static Type fieldType(Type t, String name) {
        if (t instanceof Type.AnyType) {
            return t;
        }
        if (t instanceof Type.ObjectType o) {
            return o.field(name).map(Field::type).orElse(null);
        }
        return null;
    }

    /** What ops inside {@code in name} run on; AnyType when unknown (the transform reports why). */
    private static Type inner(Type t, String name) {
        Type f = fieldType(t, name);
        return f == null ? new Type.AnyType() : Type.nonNull(f);
    }

    private static Type items(Type t) {
        Type n = Type.nonNull(t);
        return n instanceof Type.ArrayType a ? a.items() : new Type.AnyType();
    }
}
