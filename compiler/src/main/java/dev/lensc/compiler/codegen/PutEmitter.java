package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Steps;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Put mode (onto a base): the ops as written, unfused, each given the base at its own level,
 * which is the base walked back through the reversed later ops, as {@code Interpreter.run} does.
 */
final class PutEmitter {
    private static final TypeName REVERSES = ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(UnaryOperator.class, JsonNode.class));
    private final MemberRegistry members;
    private final GetEmitter gets;
    private final OpEmitter ops;

    PutEmitter(MemberRegistry members, GetEmitter gets, OpEmitter ops) {
        this.members = members;
        this.gets = gets;
        this.ops = ops;
    }

    /** {@code JsonNode name(JsonNode x, JsonNode base)}; a null base runs the get method. */
    String put(TranslationPlan plan) {
        List<LensOp> list = plan.ops();
        Object key = List.of("put", list);
        return members.method(key, "put", name -> {
            String get = gets.get(plan);
            MethodSpec.Builder m = MemberRegistry.opMethod(name, true);
            if (!list.isEmpty()) {
                m.addJavadoc("$L, onto a base\n", RecordGenerator.javadocText(MemberRegistry.describeAll(list)));
            }
            m.beginControlFlow("if (base == null)").addStatement("return $N(x)", get).endControlFlow();
            int n = list.size();
            Optional<Set<String>> kept = n > 1 ? BaseFields.of(list) : Optional.empty();
            boolean walk = n > 1 && !(kept.isPresent() && kept.get().isEmpty());
            if (kept.isPresent() && walk) {
                m.addStatement("base = $T.only(base$L)", Steps.class, strings(kept.get()));
            }
            if (walk) {
                // bases[i] is the base for op i: the base walked back through the later ops
                // emitted last op first, as the walk runs, so that member names follow the walk
                CodeBlock[] reversed = new CodeBlock[n];
                for (int i = n - 1; i >= 1; i--) {
                    LensOp op = list.get(i);
                    reversed[i] = kept.isEmpty() ? walkBack(op, CodeBlock.of("b.deepCopy()"))
                            : BaseFields.untouched(op, kept.get()) ? CodeBlock.of("b")
                            : walkBack(op, CodeBlock.of("b"));
                }
                CodeBlock.Builder reverses = CodeBlock.builder();
                for (int i = 1; i < n; i++) {
                    reverses.add(i == 1 ? "\n$>" : ",\n").add("b -> $L", reversed[i]);
                }
                if (kept.isPresent()) {
                    // one copy of the kept fields walked back in place; each op gets only what it reads
                    CodeBlock.Builder reads = CodeBlock.builder();
                    for (int i = 0; i < n - 1; i++) {
                        reads.add(i == 0 ? "{$L}" : ", {$L}", BaseFields.read(list.get(i)).stream().sorted()
                                .map(f -> CodeBlock.of("$S", f)).collect(CodeBlock.joining(", ")));
                    }
                    m.addStatement("$T[] bases = $T.basesReading(base, new $T[][] {$L}, $T.of($L$<))", JsonNode.class,
                            Steps.class, String.class, reads.build(), List.class, reverses.build());
                } else {
                    m.addStatement("$T[] bases = $T.basesThrough(base, $T.of($L$<))", JsonNode.class, Steps.class,
                            List.class, reverses.build());
                }
            }
            for (int i = 0; i < n; i++) {
                CodeBlock base = walk ? CodeBlock.of("bases[$L]", i) : CodeBlock.of("base");
                m.addStatement("x = $L", ops.apply(list.get(i), CodeBlock.of("x"), base));
            }
            m.addStatement("return x");
            return m.build();
        });
    }

    /**
     * {@link #put} of several hops' ops, made of pieces shared with every pair whose route takes the
     * same hop: per hop, its ops run forward onto their bases (a method) and the reverses its ops
     * are walked back through (a constant). The pair keeps what is its own: which fields of the
     * base the route reads ({@link BaseFields}) and the one walk of them through all its ops, so it
     * runs what {@link #put} runs. Where every op's base cannot be cut down so, the ops run as written.
     * Only a pair method calls it, with a base (it runs the get without one), so it does not check.
     * With {@code walk} ({@link Routes#putWalks}) it first tries one walk of the document and the base.
     */
    String putAlong(List<List<LensOp>> hops, boolean walk) {
        List<LensOp> all = hops.stream().flatMap(List::stream).toList();
        Optional<Set<String>> kept = BaseFields.of(all);
        if (hops.size() == 1 || all.size() < 2 || kept.isEmpty() || kept.get().isEmpty()) {
            return put(TranslationPlan.of(all));
        }
        return members.method(List.of("put along", hops, walk), "put", name -> {
            MethodSpec.Builder m = MemberRegistry.opMethod(name, true)
                    .addJavadoc("$L ops of $L hops onto a base (not null), hop by hop: each hop's forward method.\n",
                            all.size(), hops.size());
            String putWalk = walk ? gets.putWalk(all) : null;
            if (putWalk != null) {
                // the walk reads x; the ops one by one, for what it does not hold, change a copy
                m.addStatement("$T walked = $N(x, base)", JsonNode.class, putWalk);
                m.beginControlFlow("if (walked != null)").addStatement("return walked").endControlFlow();
                m.addStatement("x = x.deepCopy()");
                members.borrowing(name);
                m.addJavadoc("One walk where it holds {@code x} and the base; reads {@code x} without changing it.\n");
            }
            m.addStatement("base = $T.only(base$L)", Steps.class, strings(kept.get()));
            CodeBlock.Builder reads = CodeBlock.builder();
            for (int i = 0; i < all.size() - 1; i++) {
                reads.add(i == 0 ? "{$L}" : ", {$L}", BaseFields.read(all.get(i)).stream().sorted()
                        .map(f -> CodeBlock.of("$S", f)).collect(CodeBlock.joining(", ")));
            }
            m.addStatement("$T[] bases = $T.basesReading(base, new $T[][] {$L}, $N)", JsonNode.class, Steps.class,
                    String.class, reads.build(), walk(hops, kept.get()));
            return m.addStatement("return $N(x, bases, 0)", forwardAlong(hops)).build();
        });
    }

    /**
     * {@link #forward} of several hops' ops: a method calling each hop's own forward method, which
     * the pairs whose routes take the hop share (one hop: its forward method itself).
     */
    String forwardAlong(List<List<LensOp>> hops) {
        if (hops.size() == 1) {
            return forward(hops.get(0));
        }
        return members.method(List.of("forward along", hops), "along", name -> {
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(JsonNode.class).addParameter(JsonNode.class, "x")
                    .addParameter(JsonNode[].class, "bases").addParameter(int.class, "at")
                    .addJavadoc("$L hops op by op onto {@code bases} from {@code at}, hop by hop\n", hops.size());
            int at = 0;
            for (List<LensOp> hop : hops) {
                CodeBlock from = at == 0 ? CodeBlock.of("at") : CodeBlock.of("at + $L", at);
                m.addStatement("x = $N(x, bases, $L)", forward(hop), from);
                at += hop.size();
            }
            return m.addStatement("return x").build();
        });
    }

    /** {@code JsonNode name(JsonNode x, JsonNode[] bases, int at)}: a hop's ops, op {@code i} onto {@code bases[at + i]}. */
    String forward(List<LensOp> hop) {
        return members.method(List.of("forward", hop), "forward", name -> {
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(JsonNode.class).addParameter(JsonNode.class, "x")
                    .addParameter(JsonNode[].class, "bases").addParameter(int.class, "at")
                    .addJavadoc("$L, op by op onto {@code bases} from {@code at}\n",
                            RecordGenerator.javadocText(MemberRegistry.describeAll(hop)));
            for (int i = 0; i < hop.size(); i++) {
                CodeBlock base = i == 0 ? CodeBlock.of("bases[at]") : CodeBlock.of("bases[at + $L]", i);
                m.addStatement("x = $L", ops.apply(hop.get(i), CodeBlock.of("x"), base));
            }
            return m.addStatement("return x").build();
        });
    }

    /** The constant {@code laterReverses} of a route's walk: its hops' reverses ({@link #reverses}) joined. */
    private String walk(List<List<LensOp>> hops, Set<String> kept) {
        CodeBlock parts = hops.stream().map(hop -> CodeBlock.of("$N", reverses(hop, kept)))
                .collect(CodeBlock.joining(", "));
        return members.constant("walk:" + hops + kept, "WALK_", name -> FieldSpec.builder(REVERSES, name,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.laterReverses($L)", Steps.class, parts).build());
    }

    /**
     * The constant list of a hop's ops' reverses, in the ops' order, each run in place without a
     * base; one that touches no kept field is skipped ({@code b -> b}), as in {@link #put}.
     */
    private String reverses(List<LensOp> hop, Set<String> kept) {
        List<Boolean> skipped = hop.stream().map(op -> BaseFields.untouched(op, kept)).toList();
        return members.constant("reverses:" + hop + skipped, "REVERSES_", name -> {
            CodeBlock.Builder list = CodeBlock.builder();
            for (int i = 0; i < hop.size(); i++) {
                list.add(i == 0 ? "\n$>" : ",\n").add("b -> $L", skipped.get(i) ? CodeBlock.of("b")
                        : walkBack(hop.get(i), CodeBlock.of("b")));
            }
            return FieldSpec.builder(REVERSES, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($L$<)", List.class, list.build()).build();
        });
    }

    /**
     * The reverse of {@code op} run on a base walked back: a rename does not keep the walked base's
     * key order, which no op reads ({@link Steps#renameInBase}).
     */
    private CodeBlock walkBack(LensOp op, CodeBlock b) {
        if (op.reverse() instanceof LensOp.Rename r) {
            return CodeBlock.of("$T.renameInBase($L, $S, $S, $S)", Steps.class, b, r.from(), r.to(),
                    LensOps.describe(r));
        }
        return ops.apply(op.reverse(), b, null);
    }

    /** {@code , "a", "b"}: names as further arguments. */
    private static CodeBlock strings(Set<String> names) {
        return names.stream().sorted().map(f -> CodeBlock.of(", $S", f)).collect(CodeBlock.joining(""));
    }
}
