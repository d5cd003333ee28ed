package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.Steps;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/** Java expressions that rebuild runtime values (types, split rules) in generated code. */
final class Literals {
    private static final ClassName TYPE = ClassName.get(Type.class);
    private static final ClassName STEPS = ClassName.get(Steps.class);

    private Literals() {}

    static CodeBlock type(Type type) {
        return type.accept(new Type.Visitor<CodeBlock>() {
            public CodeBlock stringType(Type.StringType t) { return CodeBlock.of("new $T()", TYPE.nestedClass("StringType")); }
            public CodeBlock intType(Type.IntType t) { return CodeBlock.of("new $T()", TYPE.nestedClass("IntType")); }
            public CodeBlock longType(Type.LongType t) { return CodeBlock.of("new $T()", TYPE.nestedClass("LongType")); }
            public CodeBlock doubleType(Type.DoubleType t) { return CodeBlock.of("new $T()", TYPE.nestedClass("DoubleType")); }
            public CodeBlock booleanType(Type.BooleanType t) {
                return CodeBlock.of("new $T()", TYPE.nestedClass("BooleanType"));
            }
            public CodeBlock anyType(Type.AnyType t) { return CodeBlock.of("new $T()", TYPE.nestedClass("AnyType")); }
            public CodeBlock enumType(Type.EnumType t) {
                CodeBlock values = t.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
                return CodeBlock.of("new $T($T.of($L))", TYPE.nestedClass("EnumType"), List.class, values);
            }
            public CodeBlock arrayType(Type.ArrayType t) {
                return CodeBlock.of("new $T($L)", TYPE.nestedClass("ArrayType"), type(t.items()));
            }
            public CodeBlock mapType(Type.MapType t) {
                return CodeBlock.of("new $T($L)", TYPE.nestedClass("MapType"), type(t.values()));
            }
            public CodeBlock nullableType(Type.NullableType t) {
                return CodeBlock.of("new $T($L)", TYPE.nestedClass("NullableType"), type(t.inner()));
            }
            public CodeBlock objectType(Type.ObjectType t) {
                CodeBlock fields = t.fields().stream().map(Literals::field).collect(CodeBlock.joining(",$W"));
                return CodeBlock.of("new $T($T.of($L))", TYPE.nestedClass("ObjectType"), List.class, fields);
            }
        });
    }

    /** A split or merge op: its parts and its rule, as data the runtime's {@code Steps} run. */
    static CodeBlock split(LensOp op) {
        if (op instanceof LensOp.Split s) {
            return CodeBlock.of("new $T($S, $L, $L)", LensOp.Split.class, s.name(), parts(s.parts()), splitting(s.splitting()));
        }
        LensOp.Merge m = (LensOp.Merge) op;
        return CodeBlock.of("new $T($L, $S, $L)", LensOp.Merge.class, parts(m.parts()), m.name(), splitting(m.splitting()));
    }

    private static CodeBlock parts(List<Splitting.Part> parts) {
        CodeBlock items = parts.stream().map(p -> CodeBlock.of("new $T($S, $S)", Splitting.Part.class, p.name(), p.missing()))
                .collect(CodeBlock.joining(",$W"));
        return CodeBlock.of("$T.of($L)", List.class, items);
    }

    private static CodeBlock splitting(Splitting splitting) {
        if (splitting instanceof Splitting.Separator s) {
            return CodeBlock.of("new $T($S)", Splitting.Separator.class, s.separator());
        }
        Splitting.Pattern p = (Splitting.Pattern) splitting;
        CodeBlock elseRule = p.elseRule() == null ? CodeBlock.of("null") : CodeBlock.of("$T.of($L)", List.class,
                p.elseRule().stream().map(e -> e.isWhole() ? CodeBlock.of("$T.whole()", Splitting.ElseValue.class)
                        : CodeBlock.of("$T.of($S)", Splitting.ElseValue.class, e.literal())).collect(CodeBlock.joining(", ")));
        return CodeBlock.of("new $T($S, $S, $L)", Splitting.Pattern.class, p.regex(), p.format(), elseRule);
    }

    /** A JSON value, parsed once where the expression is evaluated. */
    static CodeBlock json(JsonNode value) {
        return CodeBlock.of("$T.json($S)", STEPS, value.toString());
    }

    /** Presence spelled out: generated code must not depend on how the runtime derives it. */
    private static CodeBlock field(Field f) {
        CodeBlock def = f.defaultValue() == null ? CodeBlock.of("null") : json(f.defaultValue());
        return CodeBlock.of("new $T($S, $L, $L, $L)", Field.class, f.name(), type(f.type()), def, f.optional());
    }
}
