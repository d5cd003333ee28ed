package dev.lensc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.lensc.runtime.lens.LensException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The body of an any-version-to-any-other method: {@code T variable = switch (from) { case A ->
 * switch (to) { case B -> ...; } }}, one line per pair of versions, then a {@link LensException}
 * naming the versions where no pair matched.
 */
final class PairSwitch {
    private PairSwitch() {}

    /**
     * Declares {@code variable} of {@code type} in {@code m}, set by a switch on {@code int from}
     * and {@code int to} to {@code choice}'s expression for each pair of {@code versions} that has
     * one (null: none), and throws when it is null.
     */
    static void choose(MethodSpec.Builder m, TypeName type, String variable, String documentType,
            List<Integer> versions, BiFunction<Integer, Integer, CodeBlock> choice) {
        m.addCode("$T $N = switch (from) {\n$>", type, variable);
        for (int from : versions) {
            CodeBlock.Builder cases = CodeBlock.builder();
            for (int to : versions) {
                CodeBlock chosen = choice.apply(from, to);
                if (chosen != null) {
                    cases.add("case $L -> $L;\n", to, chosen);
                }
            }
            if (!cases.isEmpty()) {
                m.addCode("case $L -> switch (to) {\n$>", from).addCode(cases.build())
                        .addCode("default -> null;\n$<};\n");
            }
        }
        m.addCode("default -> null;\n$<};\n");
        m.beginControlFlow("if ($N == null)", variable);
        m.addStatement("throw new $T($S + from + $S + to + $S, null, null)", LensException.class,
                "no generated translation from version ", " to version ", " of " + documentType
                        + "; versions: " + versions);
        m.endControlFlow();
    }
}
