package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import java.util.List;

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
            if (n > 1) {
                // b<i> is the base at the level after op i-1: the base walked back through the ops
                m.addStatement("$T b$L = base", JsonNode.class, n);
                for (int i = n - 1; i >= 1; i--) {
                    m.addStatement("$T b$L", JsonNode.class, i);
                }
                m.beginControlFlow("try");
                for (int i = n - 1; i >= 1; i--) {
                    m.addStatement("b$L = $L", i, ops.apply(list.get(i).reverse(), CodeBlock.of("b$L.deepCopy()", i + 1),
                            null));
                }
                m.nextControlFlow("catch ($T e)", LensException.class);
                m.addStatement("throw new $T($S + e.reason(), e.pointer(), e.op())", LensException.class,
                        "the base document does not fit: ");
                m.endControlFlow();
            }
            for (int i = 0; i < n; i++) {
                CodeBlock base = n == 1 ? CodeBlock.of("base") : CodeBlock.of("b$L", i + 1);
                m.addStatement("x = $L", ops.apply(list.get(i), CodeBlock.of("x"), base));
            }
            m.addStatement("return x");
            return m.build();
        });
    }
}
