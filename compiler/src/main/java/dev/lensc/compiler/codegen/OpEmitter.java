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
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Steps;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Straight-line Java for op lists: one private static method per list and per nested op, each a
 * sequence of {@link Steps} calls with the op's names and constants written out. Two modes mirror
 * the interpreter: without a base (get, create; the list is fused first) and with a base (put),
 * which walks the base back through the reversed ops as {@code Interpreter.run} does.
 *
 * <p>Methods and constants are shared by identical lists and ops, and named in the order they are
 * first needed, so output is stable.
 */
final class OpEmitter {
    private static final ClassName STEPS = ClassName.get(Steps.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Map<Object, String> methodNames = new LinkedHashMap<>();
    private final List<MethodSpec> methods = new ArrayList<>();
    /** Get-mode methods that only read their input (they start with a pass): callers need not copy. */
    private final java.util.Set<String> borrowing = new java.util.HashSet<>();
    private int counter;

    /** Whether the get method reads its input without changing it, so callers may pass a shared node. */
    boolean borrows(String getMethod) {
        return borrowing.contains(getMethod);
    }

    List<FieldSpec> fields() {
        return fields;
    }

    List<MethodSpec> methods() {
        return methods;
    }

    /** The method running {@code ops} without a base: {@code JsonNode name(JsonNode x)}. */
    String get(List<LensOp> ops) {
        List<LensOp> fused = Fusion.fuse(ops);
        Object key = List.of("get", fused);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "get");
        MethodSpec.Builder m = method(name, false);
        if (!fused.isEmpty()) {
            m.addJavadoc("$L\n", RecordGenerator.javadocText(describeAll(fused)));
        }
        List<Object> items = FlatRun.split(fused);
        for (Object item : items) {
            if (item instanceof FlatRun run) {
                m.addStatement("x = $N(x)", pass(run));
            } else {
                m.addStatement("x = $L", apply((LensOp) item, CodeBlock.of("x"), null));
            }
        }
        m.addStatement("return x");
        // a first pass (or a map whose items start with one) copies as it reads: the input stays untouched
        if (!items.isEmpty() && (items.get(0) instanceof FlatRun
                || (items.get(0) instanceof LensOp.Map map && borrows(get(map.ops()))))) {
            borrowing.add(name);
            m.addJavadoc("\n<p>Reads {@code x} without changing it.\n");
        }
        methods.add(m.build());
        return name;
    }

    /** One pass over an object's fields doing a whole {@link FlatRun}. */
    private String pass(FlatRun run) {
        Object key = List.of("pass", run.ops);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "pass");
        MethodSpec.Builder m = method(name, false)
                .addJavadoc("$L, in one pass\n", RecordGenerator.javadocText(describeAll(run.ops)));
        m.addStatement("$T o = $T.object(x, $S)", ObjectNode.class, STEPS, LensOps.describe(run.ops.get(0)));
        m.addStatement("$T out = $T.newObject()", ObjectNode.class, STEPS);
        m.beginControlFlow("for ($T<$T, $T> e : o.properties())", Map.Entry.class, String.class, JSON_NODE);
        m.beginControlFlow("switch (e.getKey())");
        for (FlatRun.Slot s : run.inputSlots) {
            m.addCode("case $S:\n$>", s.origin);
            if (!s.removed) {
                m.addStatement("out.set($S, $L)", s.name, changes(s, CodeBlock.of("e.getValue()"), false));
            } else if (mayFail(s)) {
                // the field goes, but the interpreter changes it first, and the change can fail
                m.addStatement("$L", changes(s, CodeBlock.of("e.getValue()"), false));
            }
            m.addStatement("break").addCode("$<");
        }
        m.addCode("default:\n$>").addStatement("out.set(e.getKey(), e.getValue().deepCopy())").addStatement("break")
                .addCode("$<");
        m.endControlFlow();
        m.endControlFlow();
        for (FlatRun.Slot s : run.addedSlots) {
            CodeBlock value = changes(s, CodeBlock.of("$N.deepCopy()", constant(s.added)), true);
            if (!s.removed) {
                m.addStatement("out.set($S, $L)", s.name, value);
            } else if (mayFail(s)) {
                m.addStatement("$L", value);
            }
        }
        m.addStatement("return out");
        methods.add(m.build());
        return name;
    }

    private static boolean mayFail(FlatRun.Slot s) {
        for (LensOp op : s.changes) {
            if ((op instanceof LensOp.Convert c && c.forwardFallback() == null) || op instanceof LensOp.In
                    || op instanceof LensOp.Head) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value changes of a slot, innermost first, around {@code value}; the pass reads the input
     * without changing it, so a value is copied before a change that works in place, and at the end
     * unless a change already made a new one ({@code owned}).
     */
    private CodeBlock changes(FlatRun.Slot s, CodeBlock value, boolean owned) {
        CodeBlock e = value;
        for (LensOp op : s.changes) {
            String text = LensOps.describe(op);
            if (op instanceof LensOp.Convert c) {
                e = CodeBlock.of("$N($L)", convertValue(c), e);
                owned = true;
            } else if (op instanceof LensOp.Wrap) {
                e = CodeBlock.of("$T.wrapValue($L)", STEPS, e);
            } else if (op instanceof LensOp.Head h) {
                e = CodeBlock.of("$T.headValue($L, $S, $S)", STEPS, e, h.name(), text);
            } else if (op instanceof LensOp.In in) {
                String method = inValue(in);
                boolean borrows = borrows(get(in.ops()));
                e = CodeBlock.of("$N($L)", method, owned || borrows ? e : CodeBlock.of("$L.deepCopy()", e));
                owned = true;
            }
        }
        return owned ? e : CodeBlock.of("$L.deepCopy()", e);
    }

    /** {@code JsonNode name(JsonNode value)}: a present value converted, or the convert's failure. */
    private String convertValue(LensOp.Convert c) {
        Object key = List.of("convertValue", c);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "convert");
        String image = imageMethod(c);
        String text = LensOps.describe(c);
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE).addParameter(JSON_NODE, "value")
                .addJavadoc("$L, on the value\n", RecordGenerator.javadocText(text));
        m.addStatement("$T result = $N(value)", JSON_NODE, image);
        m.beginControlFlow("if (result == null)");
        m.addStatement("throw $T.noImage(value, $L, $L, $S, $S)", STEPS, c.table().isEmpty(),
                c.toType() == null ? CodeBlock.of("null") : CodeBlock.of("$N", typeConstant(c.toType())), c.name(), text);
        m.endControlFlow();
        m.addStatement("return result.deepCopy()");
        methods.add(m.build());
        return name;
    }

    /** {@code JsonNode name(JsonNode value)}: the ops of an {@code in} run on a present value. */
    private String inValue(LensOp.In in) {
        Object key = List.of("inValue", in);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "in");
        String inner = get(in.ops());
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE).addParameter(JSON_NODE, "value")
                .addJavadoc("$L, on the value\n", RecordGenerator.javadocText(LensOps.describe(in)));
        m.beginControlFlow("if (value.isNull())").addStatement("return value").endControlFlow();
        m.beginControlFlow("try");
        m.addStatement("return $N(value)", inner);
        m.nextControlFlow("catch ($T e)", LensException.class);
        m.addStatement("throw $T.at(e, $S)", STEPS, JsonPointers.child("", in.name()));
        m.endControlFlow();
        methods.add(m.build());
        return name;
    }

    /**
     * The method running {@code ops} onto a base: {@code JsonNode name(JsonNode x, JsonNode base)};
     * a null base runs {@link #get}.
     */
    String put(List<LensOp> ops) {
        Object key = List.of("put", ops);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "put");
        String get = get(ops);
        MethodSpec.Builder m = method(name, true);
        if (!ops.isEmpty()) {
            m.addJavadoc("$L, onto a base\n", RecordGenerator.javadocText(describeAll(ops)));
        }
        m.beginControlFlow("if (base == null)").addStatement("return $N(x)", get).endControlFlow();
        int n = ops.size();
        if (n > 1) {
            // b<i> is the base at the level after op i-1: the base walked back through the ops
            m.addStatement("$T b$L = base", JSON_NODE, n);
            for (int i = n - 1; i >= 1; i--) {
                m.addStatement("$T b$L", JSON_NODE, i);
            }
            m.beginControlFlow("try");
            for (int i = n - 1; i >= 1; i--) {
                m.addStatement("b$L = $L", i, apply(ops.get(i).reverse(), CodeBlock.of("b$L.deepCopy()", i + 1), null));
            }
            m.nextControlFlow("catch ($T e)", LensException.class);
            m.addStatement("throw new $T($S + e.reason(), e.pointer(), e.op())", LensException.class,
                    "the base document does not fit: ");
            m.endControlFlow();
        }
        for (int i = 0; i < n; i++) {
            CodeBlock base = n == 1 ? CodeBlock.of("base") : CodeBlock.of("b$L", i + 1);
            m.addStatement("x = $L", apply(ops.get(i), CodeBlock.of("x"), base));
        }
        m.addStatement("return x");
        methods.add(m.build());
        return name;
    }

    /** An expression applying {@code op} to {@code x}; {@code base} null means get mode. */
    private CodeBlock apply(LensOp op, CodeBlock x, CodeBlock base) {
        String text = LensOps.describe(op);
        CodeBlock b = base == null ? CodeBlock.of("null") : base;
        return op.accept(new LensOp.Visitor<CodeBlock>() {
            public CodeBlock rename(LensOp.Rename r) {
                return CodeBlock.of("$T.rename($L, $S, $S, $S)", STEPS, x, r.from(), r.to(), text);
            }
            public CodeBlock add(LensOp.Add a) {
                return CodeBlock.of("$T.add($L, $S, $N, $L, $S)", STEPS, x, a.name(), constant(a.defaultValue()), b, text);
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
                return CodeBlock.of("$T.custom($L, $S, $N, $L, $S, $L, $S)", STEPS, x, c.name(), customLens(c),
                        c.reversed(), c.className(), b, text);
            }
        });
    }

    private static CodeBlock call(String method, CodeBlock x, CodeBlock base) {
        return base == null ? CodeBlock.of("$N($L)", method, x) : CodeBlock.of("$N($L, $L)", method, x, base);
    }

    private String inMethod(LensOp.In in, boolean withBase) {
        Object key = List.of("in", in, withBase);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "in");
        String inner = withBase ? put(in.ops()) : get(in.ops());
        String text = LensOps.describe(in);
        MethodSpec.Builder m = method(name, withBase).addJavadoc("$L\n", RecordGenerator.javadocText(text));
        m.addStatement("$T o = $T.object(x, $S)", ObjectNode.class, STEPS, text);
        m.addStatement("$T value = o.get($S)", JSON_NODE, in.name());
        m.beginControlFlow("if (value == null || value.isNull())").addStatement("return o").endControlFlow();
        if (withBase) {
            m.addStatement("$T baseValue = $T.field(base, $S)", JSON_NODE, STEPS, in.name());
            m.beginControlFlow("if (baseValue != null && baseValue.isNull())").addStatement("baseValue = null")
                    .endControlFlow();
        }
        m.beginControlFlow("try");
        m.addStatement("o.set($S, $L)", in.name(), withBase ? CodeBlock.of("$N(value, baseValue)", inner)
                : CodeBlock.of("$N(value)", inner));
        m.nextControlFlow("catch ($T e)", LensException.class);
        m.addStatement("throw $T.at(e, $S)", STEPS, JsonPointers.child("", in.name()));
        m.endControlFlow();
        m.addStatement("return o");
        methods.add(m.build());
        return name;
    }

    private String mapMethod(LensOp.Map map, boolean withBase) {
        Object key = List.of("map", map, withBase);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "map");
        String inner = withBase ? put(map.ops()) : get(map.ops());
        MethodSpec.Builder m = method(name, withBase).addJavadoc("map: every item of the array\n");
        m.addStatement("$T a = $T.array(x, $S)", ArrayNode.class, STEPS, "map");
        m.beginControlFlow("if (a == null)").addStatement("return x").endControlFlow();
        if (!withBase && borrows(inner)) {
            // the items' ops copy as they read: build a new array instead of copying the old one first
            m.addStatement("$T out = $T.instance.arrayNode(a.size())", ArrayNode.class, JsonNodeFactory.class);
            m.beginControlFlow("for (int i = 0, n = a.size(); i < n; i++)");
            m.beginControlFlow("try");
            m.addStatement("out.add($N(a.get(i)))", inner);
            m.nextControlFlow("catch ($T e)", LensException.class);
            m.addStatement("throw $T.at(e, $S + i)", STEPS, "/");
            m.endControlFlow();
            m.endControlFlow();
            m.addStatement("return out");
            methods.add(m.build());
            return name;
        }
        m.beginControlFlow("for (int i = 0, n = a.size(); i < n; i++)");
        if (withBase) {
            m.addStatement("$T itemBase = base != null && base.isArray() && i < base.size() ? base.get(i) : null",
                    JSON_NODE);
        }
        m.beginControlFlow("try");
        m.addStatement("a.set(i, $L)", withBase ? CodeBlock.of("$N(a.get(i), itemBase)", inner)
                : CodeBlock.of("$N(a.get(i))", inner));
        m.nextControlFlow("catch ($T e)", LensException.class);
        m.addStatement("throw $T.at(e, $S + i)", STEPS, "/");
        m.endControlFlow();
        m.endControlFlow();
        m.addStatement("return a");
        methods.add(m.build());
        return name;
    }

    private String convertMethod(LensOp.Convert c, boolean withBase) {
        Object key = List.of("convert", c, withBase);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "convert");
        String image = imageMethod(c);
        String back = withBase ? imageMethod(c.reverse()) : null;
        String text = LensOps.describe(c);
        MethodSpec.Builder m = method(name, withBase).addJavadoc("$L\n", RecordGenerator.javadocText(text));
        m.addStatement("$T o = $T.object(x, $S)", ObjectNode.class, STEPS, text);
        m.addStatement("$T value = o.get($S)", JSON_NODE, c.name());
        m.beginControlFlow("if (value == null)").addStatement("return o").endControlFlow();
        if (!withBase) {
            m.addStatement("$T result = $N(value)", JSON_NODE, image);
            m.beginControlFlow("if (result == null)");
            m.addStatement("throw $T.noImage(value, $L, $L, $S, $S)", STEPS, c.table().isEmpty(),
                    c.toType() == null ? CodeBlock.of("null") : CodeBlock.of("$N", typeConstant(c.toType())), c.name(), text);
            m.endControlFlow();
        } else {
            m.addStatement("$T result = null", JSON_NODE);
            // a table that is not one-to-one keeps the base's value when it still maps to this value
            m.addStatement("$T baseValue = $T.field(base, $S)", JSON_NODE, STEPS, c.name());
            m.beginControlFlow("if (baseValue != null)");
            m.addStatement("$T baseImage = $N(baseValue)", JSON_NODE, back);
            m.beginControlFlow("if (baseImage != null && $T.equal(baseImage, value))", JsonValues.class);
            m.addStatement("result = baseValue");
            m.endControlFlow();
            m.endControlFlow();
            m.beginControlFlow("if (result == null)");
            m.addStatement("result = $N(value)", image);
            m.beginControlFlow("if (result == null)");
            m.addStatement("throw $T.noImage(value, $L, $L, $S, $S)", STEPS, c.table().isEmpty(),
                    c.toType() == null ? CodeBlock.of("null") : CodeBlock.of("$N", typeConstant(c.toType())), c.name(),
                    text);
            m.endControlFlow();
            m.endControlFlow();
        }
        m.addStatement("o.set($S, result.deepCopy())", c.name());
        m.addStatement("return o");
        methods.add(m.build());
        return name;
    }

    /** {@code JsonNode imageN(JsonNode v)}: the convert's value for {@code v}, or null when it has none. */
    private String imageMethod(LensOp.Convert c) {
        Object key = List.of("image", c);
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = reserve(key, "image");
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE).addParameter(JSON_NODE, "v")
                .addJavadoc("The image of a value under $L, or null.\n",
                        RecordGenerator.javadocText(LensOps.describe(c)));
        for (ValueMapping mapping : c.table()) {
            if (mapping.forwards()) {
                m.beginControlFlow("if ($T.equal(v, $N))", JsonValues.class, constant(mapping.from()));
                m.addStatement("return $N", constant(mapping.to()));
                m.endControlFlow();
            }
        }
        if (c.forwardFallback() != null) {
            m.addStatement("return $N", constant(c.forwardFallback()));
        } else {
            // null is a value of its own, never looked up as the text "null"; it stays null
            m.beginControlFlow("if (v.isNull())").addStatement("return v").endControlFlow();
            if (!c.table().isEmpty()) {
                m.addStatement("return null");
            } else if (c.toType() == null) {
                m.addStatement("return v");
            } else {
                m.addStatement("return $T.coerce(v, $N)", STEPS, typeConstant(c.toType()));
            }
        }
        methods.add(m.build());
        return name;
    }

    private String constant(JsonNode value) {
        String text = value.toString();
        String existing = constants.get("json:" + text);
        if (existing != null) {
            return existing;
        }
        String name = "JSON_" + counter++;
        constants.put("json:" + text, name);
        fields.add(FieldSpec.builder(JSON_NODE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.json($S)", STEPS, text).build());
        return name;
    }

    private String typeConstant(Type type) {
        String key = "type:" + type;
        String existing = constants.get(key);
        if (existing != null) {
            return existing;
        }
        String name = "TYPE_" + counter++;
        constants.put(key, name);
        fields.add(FieldSpec.builder(Type.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(Literals.type(type)).build());
        return name;
    }

    private String customLens(LensOp.Custom c) {
        String key = "custom:" + c.className();
        String existing = constants.get(key);
        if (existing != null) {
            return existing;
        }
        String name = "CUSTOM_" + counter++;
        constants.put(key, name);
        fields.add(FieldSpec.builder(CustomLens.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", ClassName.bestGuess(c.className())).build());
        return name;
    }

    private String reserve(Object key, String prefix) {
        String name = prefix + counter++;
        methodNames.put(key, name);
        return name;
    }

    private static MethodSpec.Builder method(String name, boolean withBase) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE).addParameter(JSON_NODE, "x");
        if (withBase) {
            m.addParameter(JSON_NODE, "base");
        }
        return m;
    }

    private static String describeAll(List<LensOp> ops) {
        List<String> parts = new ArrayList<>();
        for (LensOp op : ops) {
            parts.add(LensOps.describe(op));
        }
        return String.join("; ", parts);
    }
}
