package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Steps;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Put mode (onto a base): the ops as written, unfused, each given the base at its own level,
 * which is the base walked back through the reversed later ops, as {@code Interpreter.run} does.
 */
final class PutEmitter {
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
                    reversed[i] = kept.isEmpty() ? ops.apply(op.reverse(), CodeBlock.of("b.deepCopy()"), null)
                            : BaseFields.untouched(op, kept.get()) ? CodeBlock.of("b")
                            : ops.apply(op.reverse(), CodeBlock.of("b"), null);
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

    /** {@code , "a", "b"}: names as further arguments. */
    private static CodeBlock strings(Set<String> names) {
        return names.stream().sorted().map(f -> CodeBlock.of(", $S", f)).collect(CodeBlock.joining(""));
    }
}
