package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.LensScope;
import dev.lensc.runtime.lens.Steps;
import java.util.List;

/**
 * Straight-line Java for op lists: one private static method per list and per nested op, each a
 * sequence of {@link Steps} calls with the op's names and constants written out. Two modes mirror
 * the interpreter: without a base (get, create: {@link GetEmitter}, on the fused
 * {@link TranslationPlan}) and with a base (put: {@link PutEmitter}). This class emits single ops
 * in either mode; {@link ValueEmitter} the methods on one value; {@link MemberRegistry} holds what
 * was emitted, shared by identical lists and ops.
 */
final class OpEmitter {
    private static final ClassName STEPS = ClassName.get(Steps.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName LENS_SCOPE = ClassName.get(LensScope.class);

    private final MemberRegistry members = new MemberRegistry();
    private final ValueEmitter values = new ValueEmitter(members, this);
    private final GetEmitter gets = new GetEmitter(members, values, this);
    private final PutEmitter puts = new PutEmitter(members, gets, this);

    /** Whether the get method reads its input without changing it, so callers may pass a shared node. */
    boolean borrows(String getMethod) {
        return members.borrows(getMethod);
    }

    /** The members shared by every back end of one lenses class (the streaming emitter adds its own). */
    MemberRegistry members() {
        return members;
    }

    ValueEmitter values() {
        return values;
    }

    List<FieldSpec> fields() {
        return members.fields();
    }

    List<MethodSpec> methods() {
        return members.methods();
    }

    /** The method running the plan without a base: {@code JsonNode name(JsonNode x)}. */
    String get(TranslationPlan plan) {
        return gets.get(plan);
    }

    /**
     * The method running the plan onto a base: {@code JsonNode name(JsonNode x, JsonNode base)};
     * a null base runs {@link #get}.
     */
    String put(TranslationPlan plan) {
        return puts.put(plan);
    }

    /**
     * {@link #put(TranslationPlan)} of the hops' ops, composed of the hops' own puts, first one walk
     * of the document and the base with {@code walk}: {@link PutEmitter#putAlong}.
     */
    String putAlong(List<List<LensOp>> hops, boolean walk) {
        return puts.putAlong(hops, walk);
    }

    /** {@link #get(TranslationPlan)} of the hops' ops, falling back to the hops' own forward methods. */
    String getAlong(List<List<LensOp>> hops) {
        return gets.get(TranslationPlan.of(hops.stream().flatMap(List::stream).toList()), hops);
    }

    /**
     * The get of a composed route ({@link Routes}): each hop's own {@link #getAlong get} in turn,
     * {@code getC(getB(getA(x)))}. It reads {@code x} without changing it where the first hop's get
     * does; the later ones are handed what the one before made.
     */
    String getHops(List<List<LensOp>> hops) {
        List<String> gets = hops.stream().map(hop -> getAlong(List.of(hop))).toList();
        return members.method(List.of("getHops", gets), "getHops", name -> {
            CodeBlock call = CodeBlock.of("x");
            for (String get : gets) {
                call = CodeBlock.of("$N($L)", get, call);
            }
            if (members.borrows(gets.get(0))) {
                members.borrowing(name);
            }
            return MemberRegistry.opMethod(name, false)
                    .addJavadoc("$L hops without a base, each hop's get in turn$L.\n", gets.size(),
                            members.borrows(name) ? "; reads {@code x} without changing it" : "")
                    .addStatement("return $L", call).build();
        });
    }

    /**
     * {@code JsonNode name(JsonNode x, JsonNode[] bases, int at)}: the hops' ops one by one, op
     * {@code i} onto {@code bases[at + i]}, through each hop's own method.
     */
    String forwardAlong(List<List<LensOp>> hops) {
        return puts.forwardAlong(hops);
    }

    /** {@link #get(TranslationPlan)} of a nested op list ({@code in}, {@code map}). */
    String get(List<LensOp> ops) {
        return get(TranslationPlan.of(ops));
    }

    /** {@link #put(TranslationPlan)} of a nested op list. */
    String put(List<LensOp> ops) {
        return put(TranslationPlan.of(ops));
    }

    /** An expression applying {@code op} to {@code x}; {@code base} null means get mode. */
    CodeBlock apply(LensOp op, CodeBlock x, CodeBlock base) {
        String text = LensOps.describe(op);
        CodeBlock b = base == null ? CodeBlock.of("null") : base;
        return op.accept(new LensOp.Visitor<CodeBlock>() {
            public CodeBlock rename(LensOp.Rename r) {
                return CodeBlock.of("$T.rename($L, $S, $S, $S)", STEPS, x, r.from(), r.to(), text);
            }
            public CodeBlock add(LensOp.Add a) {
                return CodeBlock.of("$T.add($L, $S, $N, $L, $S)", STEPS, x, a.name(), members.constant(a.defaultValue()), b, text);
            }
            public CodeBlock remove(LensOp.Remove r) {
                return CodeBlock.of("$T.remove($L, $S, $S)", STEPS, x, r.name(), text);
            }
            public CodeBlock hoist(LensOp.Hoist h) {
                return CodeBlock.of("$T.hoist($L, $S, $S, $L, $S)", STEPS, x, h.host(), h.name(), b, text);
            }
            public CodeBlock plunge(LensOp.Plunge p) {
                return CodeBlock.of("$T.plunge($L, $S, $S, $S)", STEPS, x, p.host(), p.name(), text);
            }
            public CodeBlock wrap(LensOp.Wrap w) {
                return CodeBlock.of("$T.wrap($L, $S, $L, $S)", STEPS, x, w.name(), b, text);
            }
            public CodeBlock head(LensOp.Head h) {
                return CodeBlock.of("$T.head($L, $S, $S)", STEPS, x, h.name(), text);
            }
            public CodeBlock in(LensOp.In in) {
                return call(inMethod(in, base != null), x, base);
            }
            public CodeBlock map(LensOp.Map map) {
                return call(mapMethod(map, base != null), x, base);
            }
            public CodeBlock convert(LensOp.Convert c) {
                return call(convertMethod(c, base != null), x, base);
            }
            public CodeBlock custom(LensOp.Custom c) {
                // the translation is not known here (code is shared by pairs): the pair method entered it
                return CodeBlock.of("$T.custom($L, $S, $N, $L, $S, $L, $S, $T.current())", STEPS, x, c.name(),
                        members.customLens(c), c.reversed(), c.className(), b, text, LENS_SCOPE);
            }
            public CodeBlock split(LensOp.Split s) {
                return CodeBlock.of("$T.split($L, $N, $L, $S)", STEPS, x, members.splitOp(s), b, text);
            }
            public CodeBlock merge(LensOp.Merge m) {
                return CodeBlock.of("$T.merge($L, $N, $L, $S)", STEPS, x, members.splitOp(m), b, text);
            }
        });
    }

    private static CodeBlock call(String method, CodeBlock x, CodeBlock base) {
        return base == null ? CodeBlock.of("$N($L)", method, x) : CodeBlock.of("$N($L, $L)", method, x, base);
    }

    private String inMethod(LensOp.In in, boolean withBase) {
        Object key = List.of("in", in, withBase);
        return members.method(key, "in", name -> {
            String inner = withBase ? put(in.ops()) : get(in.ops());
            String text = LensOps.describe(in);
            MethodSpec.Builder m = MemberRegistry.opMethod(name, withBase)
                    .addJavadoc("$L\n", RecordGenerator.javadocText(text));
            // a null value stays null, as in every step (an item of a map)
            m.beginControlFlow("if (x.isNull())").addStatement("return x").endControlFlow();
            m.addStatement("$T o = $T.object(x, $S)", ObjectNode.class, STEPS, text);
            m.addStatement("$T value = o.get($S)", JSON_NODE, in.name());
            m.beginControlFlow("if (value == null || value.isNull())").addStatement("return o").endControlFlow();
            boolean down = callsCustom(in.ops());
            tryAt(m, down ? CodeBlock.of("$S", in.name()) : null);
            m.addStatement("o.set($S, $L)", in.name(), withBase
                    ? CodeBlock.of("$N(value, $T.fieldBase(base, $S))", inner, STEPS, in.name())
                    : CodeBlock.of("$N(value)", inner));
            catchAt(m, CodeBlock.of("$S", JsonPointers.child("", in.name())), down);
            m.addStatement("return o");
            return m.build();
        });
    }

    private String mapMethod(LensOp.Map map, boolean withBase) {
        Object key = List.of("map", map, withBase);
        return members.method(key, "map", name -> {
            String inner = withBase ? put(map.ops()) : get(map.ops());
            MethodSpec.Builder m = MemberRegistry.opMethod(name, withBase).addJavadoc("$L\n", map.keyed()
                    ? RecordGenerator.javadocText(LensOps.describe(map)) + ": every item of the array, onto the base's"
                            + " item with the same key"
                    : "map: every item of the array");
            m.addStatement("$T a = $T.array(x, $S)", ArrayNode.class, STEPS, LensOps.describe(map));
            boolean down = callsCustom(map.ops());
            m.beginControlFlow("if (a == null)").addStatement("return x").endControlFlow();
            if (!withBase && members.borrows(inner)) {
                // the items' ops copy as they read: build a new array instead of copying the old one first
                m.addStatement("$T out = $T.instance.arrayNode(a.size())", ArrayNode.class, JsonNodeFactory.class);
                m.beginControlFlow("for (int i = 0, n = a.size(); i < n; i++)");
                tryAt(m, down ? CodeBlock.of("i") : null);
                m.addStatement("out.add($N(a.get(i)))", inner);
                catchAt(m, CodeBlock.of("$S + i", "/"), down);
                m.endControlFlow();
                m.addStatement("return out");
                return m.build();
            }
            CodeBlock itemBase = CodeBlock.of("$T.itemBase(base, i)", STEPS);
            if (withBase && map.keyed()) {
                m.addStatement("$T[] bases = $T.itemBases(base, a, $S)", JSON_NODE, STEPS, map.key());
                itemBase = CodeBlock.of("bases[i]");
            }
            m.beginControlFlow("for (int i = 0, n = a.size(); i < n; i++)");
            tryAt(m, down ? CodeBlock.of("i") : null);
            m.addStatement("a.set(i, $L)", withBase ? CodeBlock.of("$N(a.get(i), $L)", inner, itemBase)
                    : CodeBlock.of("$N(a.get(i))", inner));
            catchAt(m, CodeBlock.of("$S + i", "/"), down);
            m.endControlFlow();
            m.addStatement("return a");
            return m.build();
        });
    }

    /**
     * Whether {@code ops} call a custom lens, at any depth: then code running them on a nested
     * value tells {@link LensScope} where it is, as the interpreter passes its pointer down.
     */
    static boolean callsCustom(List<LensOp> ops) {
        for (LensOp op : ops) {
            if (op instanceof LensOp.Custom || op instanceof LensOp.In in && callsCustom(in.ops())
                    || op instanceof LensOp.Map map && callsCustom(map.ops())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens the {@code try} around ops run on a nested value; when they call a custom lens
     * ({@code down} not null: the field name or index), {@link LensScope} goes down to the value first.
     */
    static void tryAt(MethodSpec.Builder m, CodeBlock down) {
        if (down != null) {
            m.addStatement("$T outer = $T.down($L)", LensContext.class, LENS_SCOPE, down);
        }
        m.beginControlFlow("try");
    }

    /** Closes {@link #tryAt}: a failure is told the value's {@code pointer}; the scope goes back up. */
    static void catchAt(MethodSpec.Builder m, CodeBlock pointer, boolean down) {
        m.nextControlFlow("catch ($T e)", LensException.class);
        m.addStatement("throw $T.at(e, $L)", STEPS, pointer);
        if (down) {
            m.nextControlFlow("finally").addStatement("$T.restore(outer)", LENS_SCOPE);
        }
        m.endControlFlow();
    }

    private String convertMethod(LensOp.Convert c, boolean withBase) {
        Object key = List.of("convert", c, withBase);
        return members.method(key, "convert", name -> {
            String image = values.image(c);
            String back = withBase ? values.image(c.reverse()) : null;
            String text = LensOps.describe(c);
            MethodSpec.Builder m = MemberRegistry.opMethod(name, withBase)
                    .addJavadoc("$L\n", RecordGenerator.javadocText(text));
            m.beginControlFlow("if (x.isNull())").addStatement("return x").endControlFlow();
            m.addStatement("$T o = $T.object(x, $S)", ObjectNode.class, STEPS, text);
            m.addStatement("$T value = o.get($S)", JSON_NODE, c.name());
            m.beginControlFlow("if (value == null)").addStatement("return o").endControlFlow();
            if (!withBase) {
                m.addStatement("$T result = $N(value)", JSON_NODE, image);
                m.beginControlFlow("if (result == null)");
                m.addStatement("$L", values.noImage(c));
                m.endControlFlow();
                m.addStatement("o.set($S, result.deepCopy())", c.name());
            } else {
                m.addStatement("o.set($S, $T.convertOntoBase(value, $T.field(base, $S), v -> $N(v), v -> $N(v)))",
                        c.name(), STEPS, STEPS, c.name(), back, values.convertValue(c));
            }
            m.addStatement("return o");
            return m.build();
        });
    }
}
