package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.CodeBlock;
import dev.lensc.compiler.codegen.RecordSym.Const;
import dev.lensc.compiler.codegen.RecordSym.Entry;
import dev.lensc.compiler.codegen.RecordSym.Input;
import dev.lensc.compiler.codegen.RecordSym.Mapped;
import dev.lensc.compiler.codegen.RecordSym.Obj;
import dev.lensc.compiler.codegen.RecordSym.Read;
import dev.lensc.compiler.codegen.RecordSym.Table;
import dev.lensc.compiler.codegen.RecordSym.Wrapped;
import dev.lensc.runtime.lens.Interpreter;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs ops on {@link RecordSym}s at compile time, as {@link Interpreter} runs them on documents:
 * the result says where each value of the translated document comes from. An op this cannot follow
 * exactly (custom lenses, split and merge, a conflict it cannot rule out, onto a base where the
 * base's shape is not known) throws {@link Unsupported}, and the pair keeps the tree translator.
 *
 * <p>Converts become {@link Table}s whose every entry the interpreter itself computes, so a table
 * with one-way entries, fallbacks or a base to keep agrees with it by construction.
 */
final class RecordLensEvaluator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private int variables;
    /** How many maps deep the ops run: inside one, values depend on the item and are not bound up front. */
    private int mapDepth;
    private final List<Binding> bindings = new ArrayList<>();

    /** A local the translator computes once before building the record: {@code type name = value}. */
    record Binding(com.palantir.javapoet.TypeName type, String name, CodeBlock value) {}

    /** The locals that the results of {@link #run} read, in the order to compute them. */
    List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /** Thrown where the translation needs the tree translator. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** Runs {@code ops} on {@code doc}, onto {@code base} (null: none), as {@code Interpreter.run}. */
    RecordSym run(List<LensOp> ops, RecordSym doc, RecordSym base) {
        int n = ops.size();
        if (base == null || n == 0) {
            RecordSym x = doc;
            for (LensOp op : ops) {
                x = apply(op, x, null);
            }
            return x;
        }
        // the base of op i is the base walked back through the ops after it, as Interpreter.bases
        RecordSym[] bases = new RecordSym[n];
        bases[n - 1] = base;
        for (int i = n - 2; i >= 0; i--) {
            bases[i] = apply(ops.get(i + 1).reverse(), bases[i + 1], null);
        }
        RecordSym x = doc;
        for (int i = 0; i < n; i++) {
            x = apply(ops.get(i), x, bases[i]);
        }
        return x;
    }

    /**
     * The fields of an object value: a read record is opened up component by component, a constant
     * object (an add's default, which a plunge then fills) field by field.
     */
    static Obj object(RecordSym value) {
        if (value instanceof Obj o) {
            return o;
        }
        if (value instanceof Const c && c.value().isObject()) {
            List<Entry> entries = new ArrayList<>();
            c.value().fields().forEachRemaining(f -> entries.add(new Entry(f.getKey(), new Const(f.getValue()), null)));
            return new Obj(entries, null);
        }
        if (value instanceof Read r && JavaShape.nonNull(r.shape()) instanceof JavaShape.Record record) {
            List<Entry> entries = new ArrayList<>();
            for (JavaShape.Component c : record.components()) {
                CodeBlock read = CodeBlock.of("$L.$N()", r.expr(), c.accessor());
                entries.add(new Entry(c.field().name(), new Read(read, c.present(), !c.absentIsNull()),
                        c.absentIsNull() ? CodeBlock.of("$L == null", read) : null));
            }
            return new Obj(entries, r.shape().allowsNull() ? CodeBlock.of("$L == null", r.expr()) : null);
        }
        throw new Unsupported("not an object of known shape: " + value);
    }

    private RecordSym apply(LensOp op, RecordSym doc, RecordSym base) {
        return op.accept(new LensOp.Visitor<RecordSym>() {
            public RecordSym rename(LensOp.Rename r) {
                Obj o = object(doc);
                Entry from = o.entry(r.from());
                if (from == null) {
                    return o;
                }
                if (o.entry(r.to()) != null) {
                    throw new Unsupported("rename onto a field that may be present");
                }
                return o.without(r.from()).with(new Entry(r.to(), from.value(), from.absentWhen()));
            }

            public RecordSym add(LensOp.Add a) {
                Obj o = object(doc);
                if (o.entry(a.name()) != null) {
                    throw new Unsupported("add of a field that may be present");
                }
                if (base == null) {
                    return o.with(new Entry(a.name(), new Const(a.defaultValue()), null));
                }
                Entry kept = baseObject(base).entry(a.name());
                return kept == null ? o : o.with(kept);
            }

            public RecordSym remove(LensOp.Remove r) {
                return object(doc).without(r.name());
            }

            public RecordSym hoist(LensOp.Hoist h) {
                Obj o = object(doc);
                Entry host = o.entry(h.host());
                if (host == null) {
                    return o;
                }
                Obj hostObject = object(host.value());
                if (host.absentWhen() != null) {
                    throw new Unsupported("hoist out of a host that may be absent");
                }
                Entry moved = hostObject.entry(h.name());
                if (moved == null && hostObject.nullWhen() == null) {
                    return o;
                }
                if (o.entry(h.name()) != null) {
                    throw new Unsupported("hoist onto a field that may be present");
                }
                Obj rest = moved == null ? hostObject : hostObject.without(h.name());
                if (base != null && rest.entries().stream().noneMatch(e -> e.absentWhen() == null)) {
                    throw new Unsupported("hoist onto a base may drop an emptied host");
                }
                CodeBlock hostNull = hostObject.nullWhen();
                if (hostNull != null) {
                    // a field of a host that is null is null (Steps.hoist); of a host that is not, it moves
                    RecordSym value = moved == null ? new Const(NODES.nullNode())
                            : new RecordSym.Cond(hostNull, new Const(NODES.nullNode()), moved.value());
                    CodeBlock absent = moved == null ? CodeBlock.of("!($L)", hostNull)
                            : moved.absentWhen() == null ? null
                            : CodeBlock.of("(!($L) && $L)", hostNull, moved.absentWhen());
                    moved = new Entry(h.name(), value, absent);
                }
                return o.with(new Entry(h.host(), rest, null)).with(moved);
            }

            public RecordSym plunge(LensOp.Plunge p) {
                Obj o = object(doc);
                Entry moved = o.entry(p.name());
                if (moved == null) {
                    return o;
                }
                Entry host = o.entry(p.host());
                Obj hostObject;
                if (host == null) {
                    if (moved.absentWhen() != null) {
                        throw new Unsupported("plunge of a field that may be absent into a new host");
                    }
                    hostObject = new Obj(List.of(), null);
                } else {
                    hostObject = object(host.value());
                    if (host.absentWhen() != null || hostObject.nullWhen() != null) {
                        throw new Unsupported("plunge into a host that may be absent or null");
                    }
                }
                if (hostObject.entry(p.name()) != null) {
                    throw new Unsupported("plunge onto a field that may be present");
                }
                return o.without(p.name()).with(new Entry(p.host(), hostObject.with(moved), null));
            }

            public RecordSym wrap(LensOp.Wrap w) {
                Entry onto = base == null ? null : baseObject(base).entry(w.name());
                if (onto == null) {
                    return change(doc, w.name(), Wrapped::new);
                }
                // a list the later ops leave as it is: the base's list reads as the target's
                if (!(onto.value() instanceof Read list && JavaShape.nonNull(list.shape()) instanceof JavaShape.ListOf)) {
                    throw new Unsupported("wrap onto a base's list that later ops change");
                }
                return change(doc, w.name(), v -> new RecordSym.WrappedOnto(v, list, onto.absentWhen()));
            }

            public RecordSym head(LensOp.Head h) {
                return change(doc, h.name(), v -> headOf(v));
            }

            public RecordSym in(LensOp.In in) {
                RecordSym inner = base == null ? null : fieldBase(baseObject(base), in.name());
                return change(doc, in.name(), v -> run(in.ops(), v, inner));
            }

            public RecordSym map(LensOp.Map m) {
                if (base != null) {
                    throw new Unsupported("map onto a base");
                }
                return mapOver(doc, m.ops());
            }

            public RecordSym convert(LensOp.Convert c) {
                Obj o = object(doc);
                Entry e = o.entry(c.name());
                if (e == null) {
                    return o;
                }
                Entry baseEntry = base == null ? null : baseObject(base).entry(c.name());
                return o.with(new Entry(c.name(), convertValue(c, e.value(), baseEntry), e.absentWhen()));
            }

            public RecordSym custom(LensOp.Custom c) {
                throw new Unsupported("custom lens");
            }

            public RecordSym split(LensOp.Split s) {
                throw new Unsupported("split");
            }

            public RecordSym merge(LensOp.Merge m) {
                throw new Unsupported("merge");
            }
        });
    }

    /** The field {@code name} of {@code doc} through {@code change}; an absent one stays absent. */
    private static RecordSym change(RecordSym doc, String name, Function<RecordSym, RecordSym> change) {
        Obj o = object(doc);
        Entry e = o.entry(name);
        return e == null ? o : o.with(new Entry(name, change.apply(e.value()), e.absentWhen()));
    }

    private static Obj baseObject(RecordSym base) {
        Obj o = object(base);
        if (o.nullWhen() != null) {
            throw new Unsupported("a base object that may be null");
        }
        return o;
    }

    /** The base of an {@code in}: the base's field when it is surely there and not null, none when surely not. */
    private static RecordSym fieldBase(Obj base, String name) {
        Entry e = base.entry(name);
        if (e == null) {
            return null;
        }
        if (e.absentWhen() != null) {
            throw new Unsupported("a base field that may be absent");
        }
        Obj o = object(e.value());
        if (o.nullWhen() != null) {
            throw new Unsupported("a base field that may be null");
        }
        return o;
    }

    private RecordSym headOf(RecordSym list) {
        if (list instanceof Wrapped w) {
            return w.item(); // head of [x] is x, of [] (x null) null: x either way
        }
        if (list instanceof RecordSym.WrappedOnto w) {
            return w.item(); // the base's list when its head is x, else a list that starts with x (or [] for null)
        }
        if (list instanceof Read r && JavaShape.nonNull(r.shape()) instanceof JavaShape.ListOf l) {
            CodeBlock first = CodeBlock.of("$T.head($L)", RecordTranslatorEmitter.STEPS, r.expr());
            JavaShape item = JavaShape.nullable(l.items());
            if (mapDepth > 0) {
                return new Read(first, item);
            }
            // the first item is read once, however many of its fields the ops use
            String local = "first" + (++variables);
            bindings.add(new Binding(item.javaType(), local, first));
            return new Read(CodeBlock.of("$N", local), item);
        }
        if (list instanceof Mapped m) {
            // the tree maps every item before head drops all but the first: only ops that cannot fail may skip them
            if (mayFail(m.item())) {
                throw new Unsupported("head of a map whose ops may fail");
            }
            return new RecordSym.FirstOf(m);
        }
        if (list instanceof Const c && (c.value().isArray() || c.value().isNull())) {
            return new Const(c.value().isArray() && !c.value().isEmpty() ? c.value().get(0) : NODES.nullNode());
        }
        throw new Unsupported("head of " + list);
    }

    /** Whether working out {@code value} may fail on a valid document: a convert may have no image. */
    private static boolean mayFail(RecordSym value) {
        if (value instanceof Table) {
            return true;
        }
        if (value instanceof Obj o) {
            return o.entries().stream().anyMatch(e -> mayFail(e.value()));
        }
        if (value instanceof Wrapped w) {
            return mayFail(w.item());
        }
        if (value instanceof RecordSym.WrappedOnto w) {
            return mayFail(w.item());
        }
        if (value instanceof Mapped m) {
            return mayFail(m.item());
        }
        if (value instanceof RecordSym.Cond c) {
            return mayFail(c.then()) || mayFail(c.otherwise());
        }
        return value instanceof RecordSym.FirstOf f && mayFail(f.mapped().item());
    }

    private RecordSym mapOver(RecordSym list, List<LensOp> ops) {
        mapDepth++;
        try {
            if (list instanceof Wrapped w) {
                return new Wrapped(run(ops, w.item(), null)); // ops leave a null item null, and [] stays []
            }
            if (list instanceof Mapped m) {
                return new Mapped(m.list(), m.var(), run(ops, m.item(), null));
            }
            if (list instanceof Read r && JavaShape.nonNull(r.shape()) instanceof JavaShape.ListOf l) {
                String var = "x" + (++variables);
                return new Mapped(r, var, run(ops, new Read(CodeBlock.of("$N", var), l.items()), null));
            }
        } finally {
            mapDepth--;
        }
        throw new Unsupported("map over " + list);
    }

    /** A convert of {@code value} onto {@code baseEntry} (null: no base value), as a table the interpreter fills. */
    private static RecordSym convertValue(LensOp.Convert c, RecordSym value, Entry baseEntry) {
        List<Input> inputs = new ArrayList<>();
        Function<List<JsonNode>, JsonNode> valueOf = inputOf(value, inputs, null);
        Function<List<JsonNode>, JsonNode> baseOf = baseEntry == null ? k -> null
                : inputOf(baseEntry.value(), inputs, baseEntry.absentWhen());
        return new Table(inputs, k -> {
            JsonNode v = valueOf.apply(k);
            JsonNode b = baseOf.apply(k);
            return v == null ? null : convertOne(c, v, b);
        });
    }

    /**
     * Adds what {@code value} depends on to {@code inputs} and gives its value for a row of input
     * values; null in a row where it fails, MissingNode where it is absent.
     */
    private static Function<List<JsonNode>, JsonNode> inputOf(RecordSym value, List<Input> inputs, CodeBlock absentWhen) {
        if (value instanceof Const c && absentWhen == null) {
            return k -> c.value();
        }
        if (value instanceof Read r && !domain(r.shape()).isEmpty()) {
            int at = inputs.size();
            inputs.add(new Input(r, absentWhen));
            return k -> k.get(at);
        }
        if (value instanceof Table t && absentWhen == null) {
            int from = inputs.size();
            inputs.addAll(t.inputs());
            int to = inputs.size();
            return k -> t.fn().apply(k.subList(from, to));
        }
        throw new Unsupported("convert of a value of unknown possibilities: " + value);
    }

    /** The values a read of {@code shape} may have, when they are few (enums, booleans, null); empty otherwise. */
    static List<JsonNode> domain(JavaShape shape) {
        List<JsonNode> out = new ArrayList<>();
        JavaShape inner = JavaShape.nonNull(shape);
        if (inner instanceof JavaShape.Enum e) {
            e.type().values().forEach(v -> out.add(NODES.textNode(v)));
        } else if (inner instanceof JavaShape.Scalar s && s.kind() instanceof Type.BooleanType) {
            out.add(NODES.booleanNode(false));
            out.add(NODES.booleanNode(true));
        } else {
            return List.of();
        }
        if (shape.allowsNull()) {
            out.add(0, NODES.nullNode());
        }
        return out;
    }

    /** The interpreter's convert of one value onto a base value (null: none; MissingNode: absent); null when it fails. */
    private static JsonNode convertOne(LensOp.Convert c, JsonNode value, JsonNode baseValue) {
        ObjectNode doc = NODES.objectNode().set(c.name(), value);
        ObjectNode base = null;
        if (baseValue != null) {
            base = NODES.objectNode();
            if (!baseValue.isMissingNode()) {
                base.set(c.name(), baseValue);
            }
        }
        try {
            return Interpreter.apply(c, doc, base, "").get(c.name());
        } catch (LensException e) {
            return null;
        }
    }
}
