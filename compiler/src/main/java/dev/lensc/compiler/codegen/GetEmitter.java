package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Steps;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Get mode (no base: get and create): a method per {@link TranslationPlan}, running its steps in
 * order, and a method per {@link TranslationPlan.Pass} that builds the output object in one loop
 * over the input's fields.
 */
final class GetEmitter {
    private static final ClassName STEPS = ClassName.get(Steps.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

    private final MemberRegistry members;
    private final ValueEmitter values;
    private final OpEmitter ops;
    private final WalkEmitter walks;

    GetEmitter(MemberRegistry members, ValueEmitter values, OpEmitter ops) {
        this.members = members;
        this.values = values;
        this.ops = ops;
        this.walks = new WalkEmitter(members, this);
    }

    /** {@link WalkEmitter#putWalk}: the method running {@code ops} onto a base in one walk, or null. */
    String putWalk(List<LensOp> ops) {
        return walks.putWalk(ops);
    }

    /** {@code 1 pass}, {@code 3 ops}. */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }

    /** The method running the plan without a base: {@code JsonNode name(JsonNode x)}. */
    String get(TranslationPlan plan) {
        return get(plan, List.of(plan.ops()));
    }

    /**
     * {@link #get(TranslationPlan)} of a plan made of {@code hops}' ops: a document the walk does
     * not hold runs the hops' forward methods, which puts share. A get that reads its input without
     * changing it runs them too where the fused steps fail: a document that does not fit may fail in
     * several ops, and the fused ones need not meet them in the interpreter's order.
     */
    String get(TranslationPlan plan, List<List<LensOp>> hops) {
        // keyed by the ops as written too: they say what a document that does not fit runs
        Object key = List.of("get", plan.fused(), plan.ops());
        return members.method(key, "get", name -> {
            MethodSpec.Builder m = MemberRegistry.opMethod(name, false);
            List<TranslationPlan.Step> steps = plan.get();
            Guard full = Guard.of(plan.ops());
            // a document that does not fit: the ops one by one on a copy, as the interpreter runs them
            // (named when first needed, so members keep their numbers where no check is added)
            Supplier<CodeBlock> oneByOne = () -> CodeBlock.of("$N(x.deepCopy(), new $T[$L], 0)",
                    ops.forwardAlong(hops), JSON_NODE, plan.ops().size());
            // more than one pass: one walk does them all, hoists and plunges too, where it can follow them
            boolean onePass = steps.size() == 1 && steps.get(0) instanceof TranslationPlan.Pass;
            // a get that fails runs the ops one by one (not twice a custom lens): where a nested get, or a walk of
            // that object, checks the key of a nested object, a document holding it fails there, then runs them
            boolean again = !OpEmitter.callsCustom(plan.ops());
            Guard guard = again ? full.without(nested(Guard.of(plan.fused()))) : full;
            String walk = onePass ? null : walks.walk(plan.fused(), guard);
            if (walk != null) {
                if (!again) {
                    stayNull(m);
                }
                if (again) {
                    m.beginControlFlow("try");
                }
                m.addStatement("$T walked = $N(x)", JSON_NODE, walk);
                m.beginControlFlow("if (walked != null)").addStatement("return walked").endControlFlow();
                if (again) {
                    failedAgain(m);
                }
                m.addStatement("return $L", oneByOne.get());
                members.borrowing(name);
                m.addJavadoc("$L without a base: one walk; $L one by one for a document it does not hold$L; reads"
                        + " {@code x} without changing it.\n", count(plan.fused().size(), "op"),
                        count(plan.ops().size(), "op"), again ? " or fails in" : "");
                return m.build();
            }
            // the keys in the way that a first pass meets in its loop; the others are looked for first
            TranslationPlan.Pass first = !steps.isEmpty() && steps.get(0) instanceof TranslationPlan.Pass p ? p : null;
            if (first == null) {
                // a map run alone: each item's get checks the items' keys itself, and fails as the interpreter does
                guard = steps.size() == 1 && steps.get(0) instanceof TranslationPlan.Single single
                        && single.op() instanceof LensOp.Map ? full.without(underItems(full)) : full;
            }
            if (!steps.isEmpty() && !(again && first != null)) {
                stayNull(m);
            }
            List<String> inTheWay = first == null ? List.of() : inTheWay(first, guard);
            Guard before = guard.without(inTheWay.stream().map(List::of).collect(Collectors.toSet()));
            if (!before.isEmpty()) {
                m.beginControlFlow("if ($T.holds(x, $N))", STEPS, paths(before)).addStatement("return $L", oneByOne.get())
                        .endControlFlow();
            }
            if (again && first != null) {
                // the steps on y, so that x is the untouched input for the ops one by one
                m.beginControlFlow("try");
                for (TranslationPlan.Step step : steps) {
                    if (step == first) {
                        m.addStatement("$T y = $N(x)", JSON_NODE, pass(first, false, inTheWay));
                        if (!inTheWay.isEmpty()) {
                            m.beginControlFlow("if (y != null)");
                        }
                    } else if (step instanceof TranslationPlan.Pass pass) {
                        m.addStatement("y = $N(y)", pass(pass, true, List.of()));
                    } else {
                        m.addStatement("y = $L", ops.apply(((TranslationPlan.Single) step).op(), CodeBlock.of("y"), null));
                    }
                }
                m.addStatement("return y");
                if (!inTheWay.isEmpty()) {
                    m.endControlFlow();
                }
                failedAgain(m);
                m.addStatement("return $L", oneByOne.get());
            }
            for (TranslationPlan.Step step : again && first != null ? List.<TranslationPlan.Step>of() : steps) {
                if (step == first && !inTheWay.isEmpty()) {
                    m.addStatement("$T passed = $N(x)", JSON_NODE, pass(first, false, inTheWay));
                    if (steps.size() == 1) {
                        m.addStatement("return passed != null ? passed : $L", oneByOne.get());
                        break;
                    }
                    m.beginControlFlow("if (passed == null)").addStatement("return $L", oneByOne.get()).endControlFlow();
                    m.addStatement("x = passed");
                } else if (step instanceof TranslationPlan.Pass pass) {
                    // only a first pass reads the caller's input; a later one owns what the steps before made
                    m.addStatement("x = $N(x)", pass(pass, step != first, List.of()));
                } else {
                    m.addStatement("x = $L", ops.apply(((TranslationPlan.Single) step).op(), CodeBlock.of("x"), null));
                }
            }
            if (!(again && first != null) && !(steps.size() == 1 && first != null && !inTheWay.isEmpty())) {
                m.addStatement("return x");
            }
            // a first pass (or a map whose items start with one) copies as it reads: the input stays untouched
            if (first != null || (!steps.isEmpty() && steps.get(0) instanceof TranslationPlan.Single single
                    && single.op() instanceof LensOp.Map map && members.borrows(ops.get(map.ops())))) {
                members.borrowing(name);
            }
            // what each step does is said where it is: a pass's comment lists its ops
            if (!steps.isEmpty()) {
                long passes = steps.stream().filter(TranslationPlan.Pass.class::isInstance).count();
                long alone = steps.size() - passes;
                m.addJavadoc("$L without a base, fused: $L$L$L$L.\n", count(plan.fused().size(), "op"),
                        passes == 0 ? "" : count(passes, "pass") + (alone == 0 ? "" : " and "),
                        alone == 0 ? "" : count(alone, "op") + " run alone",
                        again && first != null ? " (or one by one)" : "",
                        members.borrows(name) ? "; reads {@code x} without changing it" : "");
            }
            return m.build();
        });
    }

    /**
     * A new object sized for what it will hold, so that filling it never grows its table: the
     * fields of the input object {@code input} (null: none, an object the ops make) and
     * {@code added} more.
     */
    static CodeBlock newObject(String input, long added) {
        return input == null ? CodeBlock.of("$T.newObject($L)", STEPS, added)
                : CodeBlock.of("$T.newObject($L.size()$L)", STEPS, input, added == 0 ? "" : " + " + added);
    }

    /** The paths of a guard into the items of an array {@code x}. */
    private static Set<List<String>> underItems(Guard guard) {
        return guard.paths().stream().filter(p -> p.get(0).equals(OpTraits.ANY_INDEX)).collect(Collectors.toSet());
    }

    /** The paths of a guard below the top object. */
    private static Set<List<String>> nested(Guard guard) {
        return guard.paths().stream().filter(p -> p.size() > 1).collect(Collectors.toSet());
    }

    /**
     * A null value stays null, as in the interpreter (an item of a map, a whole document). Where the
     * fused steps are tried first this is not needed: they fail on it, and the ops one by one give null.
     */
    private static void stayNull(MethodSpec.Builder m) {
        m.beginControlFlow("if (x.isNull())").addStatement("return x").endControlFlow();
    }

    /**
     * Ends a {@code try} of fused steps: on a failure, the ops one by one follow, and fail as the
     * interpreter does where fused steps may meet two failures in another order (the method's
     * Javadoc says so once).
     */
    private static void failedAgain(MethodSpec.Builder m) {
        m.nextControlFlow("catch ($T f)", LensException.class).endControlFlow();
    }

    /** The constant {@code String[][]} of a guard's paths, for {@link Steps#holds}. */
    String paths(Guard guard) {
        return members.constant("guard:" + guard.paths(), "GUARD_", name -> FieldSpec.builder(String[][].class, name,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("{$L}", guard.paths().stream()
                        .map(p -> CodeBlock.of("{$L}", p.stream().map(t -> CodeBlock.of("$S", t))
                                .collect(CodeBlock.joining(", "))))
                        .collect(CodeBlock.joining(",$W"))).build());
    }

    /**
     * One pass over an object's fields doing a whole {@link TranslationPlan.Pass}: it copies what it
     * reads, unless it {@code owns} its input (earlier steps made it), when it moves the values over.
     * It returns null for an input holding a key {@code inTheWay} ({@link #inTheWay}).
     */
    private String pass(TranslationPlan.Pass run, boolean owns, List<String> inTheWay) {
        Object key = List.of("pass", run.ops(), owns, inTheWay);
        return members.method(key, "pass", name -> {
            MethodSpec.Builder m = MemberRegistry.opMethod(name, false)
                    .addJavadoc("$L, in one pass$L\n", RecordGenerator.javadocText(MemberRegistry.describeAll(run.ops())),
                            owns ? ", taking over the values of {@code x}" : "");
            m.addStatement("$T o = $T.object(x, $S)", ObjectNode.class, STEPS, LensOps.describe(run.ops().get(0)));
            m.addStatement("$T out = $L", ObjectNode.class, newObject("o", run.addedSlots().size()));
            // several slots may fail, or a key further on may be in the way: each failure waits, and the one of
            // the earliest op is thrown
            int failing = TranslationPlan.failingSlots(run);
            boolean deferred = failing > 1 || (failing == 1 && !inTheWay.isEmpty());
            if (deferred) {
                m.addStatement("$T failure = null", LensException.class);
                m.addStatement("int failedAt = $T.MAX_VALUE", Integer.class);
            }
            m.beginControlFlow("for ($T<$T, $T> e : o.properties())", Map.Entry.class, String.class, JSON_NODE);
            m.beginControlFlow("switch (e.getKey())");
            for (TranslationPlan.Slot s : run.inputSlots()) {
                m.addCode("case $S:\n$>", s.origin());
                slot(m, s, changes(s, CodeBlock.of("e.getValue()"), owns), deferred);
                m.addStatement("break").addCode("$<");
            }
            if (!inTheWay.isEmpty()) {
                m.addCode("case $L:\n$>", inTheWay.stream().map(n -> CodeBlock.of("$S", n))
                        .collect(CodeBlock.joining(",$W"))).addStatement("return null").addCode("$<");
            }
            m.addCode("default:\n$>").addStatement(owns ? "out.set(e.getKey(), e.getValue())"
                    : "out.set(e.getKey(), e.getValue().deepCopy())").addStatement("break")
                    .addCode("$<");
            m.endControlFlow();
            m.endControlFlow();
            for (TranslationPlan.Slot s : run.addedSlots()) {
                slot(m, s, changes(s, CodeBlock.of("$N.deepCopy()", members.constant(s.added())), true), deferred);
            }
            if (deferred) {
                m.beginControlFlow("if (failure != null)").addStatement("throw failure").endControlFlow();
            }
            m.addStatement("return out");
            return m.build();
        });
    }

    /**
     * The keys of the guard at the top that a first pass finds in its loop over the input: all but
     * those it reads (a name brought in where the input's field of that name moved away first).
     */
    private static List<String> inTheWay(TranslationPlan.Pass run, Guard guard) {
        Set<String> origins = new HashSet<>();
        run.inputSlots().forEach(s -> origins.add(s.origin()));
        return guard.namesAt(List.of()).stream().filter(n -> !origins.contains(n)).toList();
    }

    /**
     * Sets a slot's changed {@code value} in the output; a removed slot is still changed when the
     * change may fail, as the interpreter changes it before it goes. {@code deferred}: a failure is
     * kept until the pass has seen every field, unless an earlier op's failure is kept already.
     */
    private static void slot(MethodSpec.Builder m, TranslationPlan.Slot s, CodeBlock value, boolean deferred) {
        if (s.removed() && !s.changeMayFail()) {
            return;
        }
        CodeBlock set = s.removed() ? value : CodeBlock.of("out.set($S, $L)", s.name(), value);
        if (!deferred || !s.changeMayFail()) {
            m.addStatement("$L", set);
            return;
        }
        m.beginControlFlow("try").addStatement("$L", set);
        m.nextControlFlow("catch ($T f)", LensException.class);
        m.addStatement("failure = failedAt < $L ? failure : f", s.failsAt());
        m.addStatement("failedAt = $T.min(failedAt, $L)", Math.class, s.failsAt());
        m.endControlFlow();
    }

    /**
     * The value changes of a slot, innermost first, around {@code value}; the pass reads the input
     * without changing it, so a value is copied before a change that works in place, and at the end
     * unless a change already made a new one ({@code owned}).
     */
    private CodeBlock changes(TranslationPlan.Slot s, CodeBlock value, boolean owned) {
        return changes(s.changes(), value, owned);
    }

    /** {@link #changes(TranslationPlan.Slot, CodeBlock, boolean)} of a list of value changes. */
    CodeBlock changes(List<LensOp> changes, CodeBlock value, boolean owned) {
        return changes(changes, value, owned, op -> null, true);
    }

    /**
     * {@link #changes(List, CodeBlock, boolean)} where some changes run onto a base: {@code baseOf}
     * gives the expression of the base's value of the field for such a change (null: none).
     * {@code own}: the result is copied unless a change made it anew; otherwise it may share nodes
     * with {@code value} (a value only read), though a change that works in place still copies first.
     */
    CodeBlock changes(List<LensOp> changes, CodeBlock value, boolean owned, Function<LensOp, CodeBlock> baseOf,
            boolean own) {
        CodeBlock e = value;
        for (LensOp op : changes) {
            String text = LensOps.describe(op);
            CodeBlock base = baseOf.apply(op);
            if (base != null && op instanceof LensOp.Convert c) {
                e = CodeBlock.of("$T.convertOntoBase($L, $L, v -> $N(v), v -> $N(v))", STEPS, e, base,
                        values.image(c.reverse()), values.convertValue(c));
                owned = true;
            } else if (base != null && op instanceof LensOp.Wrap) {
                e = CodeBlock.of("$T.wrapOnto($L, $L)", STEPS, owned ? e : CodeBlock.of("$L.deepCopy()", e), base);
                owned = true;
            } else if (base != null && op instanceof LensOp.In in) {
                e = CodeBlock.of("$N($L, $L)", values.inValueOnto(in), owned ? e : CodeBlock.of("$L.deepCopy()", e),
                        base);
                owned = true;
            } else if (base != null) {
                throw new IllegalArgumentException("no change onto a base: " + text);
            } else if (op instanceof LensOp.Convert c) {
                e = CodeBlock.of("$N($L)", values.convertValue(c), e);
                owned = true;
            } else if (op instanceof LensOp.Wrap) {
                // the value copied rather than the array made around it: one array, not two
                e = CodeBlock.of("$T.wrapValue($L)", STEPS, owned ? e : CodeBlock.of("$L.deepCopy()", e));
                owned = true;
            } else if (op instanceof LensOp.Head h) {
                e = CodeBlock.of("$T.headValue($L, $S, $S)", STEPS, e, h.name(), text);
            } else if (op instanceof LensOp.In in) {
                String method = values.inValue(in);
                boolean borrows = members.borrows(ops.get(in.ops()));
                e = CodeBlock.of("$N($L)", method, owned || borrows ? e : CodeBlock.of("$L.deepCopy()", e));
                owned = true;
            }
        }
        return owned || !own ? e : CodeBlock.of("$L.deepCopy()", e);
    }
}
