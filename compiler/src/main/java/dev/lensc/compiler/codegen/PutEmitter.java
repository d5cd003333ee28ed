package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.OpTraits;
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
            if (kept.isPresent()) {
                // the walk below keeps only the fields the ops read (BaseFields)
                m.addStatement("base = $T.only(base$L)", Steps.class, kept.get().stream()
                        .map(f -> CodeBlock.of(", $S", f)).collect(CodeBlock.joining("")));
            }
            if (n > 1) {
                // bases[i] is the base for op i: the base walked back through the later ops
                // emitted last op first, as the walk runs, so that member names follow the walk
                CodeBlock[] reversed = new CodeBlock[n];
                for (int i = n - 1; i >= 1; i--) {
                    reversed[i] = kept.isPresent() && BaseFields.untouched(list.get(i), kept.get()) ? CodeBlock.of("b")
                            : ops.apply(list.get(i).reverse(), copyFor(list.get(i)), null);
                }
                CodeBlock.Builder reverses = CodeBlock.builder();
                for (int i = 1; i < n; i++) {
                    reverses.add(i == 1 ? "\n$>" : ",\n").add("b -> $L", reversed[i]);
                }
                m.addStatement("$T[] bases = $T.basesThrough(base, $T.of($L$<))", JsonNode.class, Steps.class,
                        List.class, reverses.build());
            }
            for (int i = 0; i < n; i++) {
                CodeBlock base = n == 1 ? CodeBlock.of("base") : CodeBlock.of("bases[$L]", i);
                m.addStatement("x = $L", ops.apply(list.get(i), CodeBlock.of("x"), base));
            }
            m.addStatement("return x");
            return m.build();
        });
    }

    /**
     * The copy of a base that the reverse of {@code op} may change: the values of the fields it
     * touches copied, the rest shared ({@code Steps.copyFor}); a whole copy when those are unknown.
     */
    private static CodeBlock copyFor(LensOp op) {
        Set<String> fields = OpTraits.fields(op);
        if (fields == null) {
            return CodeBlock.of("b.deepCopy()");
        }
        return CodeBlock.of("$T.copyFor(b$L)", Steps.class, fields.stream().sorted()
                .map(f -> CodeBlock.of(", $S", f)).collect(CodeBlock.joining("")));
    }
}
