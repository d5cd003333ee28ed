package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.RecordReads;
import dev.lensc.runtime.schema.Type;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code that reads a JSON tree into a version's records. Reading checks as it binds, each value
 * once, so a valid document costs one walk; every way a document can fail its schema makes a read
 * throw (a missing or mistyped field, a null where none is allowed, an undeclared field). Then the
 * record's {@code fromJson} asks the runtime's {@code SchemaValidator} what is wrong, so messages
 * and pointers are the validator's. The reads call the runtime's {@link RecordReads}, qualified (a
 * component named {@code list} cannot hide them): one copy of the helpers, not one per record.
 */
final class RecordReaders {
    private static final ClassName READS = ClassName.get(RecordReads.class);

    /** {@code json} is an object with exactly the declared fields: the first statement of a bind. */
    CodeBlock object(Type.ObjectType object) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.object(json, $L", READS,
                object.fields().stream().filter(Field::required).count());
        object.fields().stream().filter(Field::optional).forEach(f -> b.add(", $S", f.name()));
        return b.add(")").build();
    }

    /**
     * The node of field {@code f} of {@code json}: required, or its default when absent (a
     * constant added to {@code record}), or a JSON null when absent without a default.
     */
    CodeBlock field(Field f, String component, TypeSpec.Builder record) {
        if (f.required()) {
            return CodeBlock.of("$T.required(json, $S)", READS, f.name());
        }
        if (f.defaultValue() == null && !(f.type() instanceof Type.NullableType)) {
            // absent reads as null in Java, but a JSON null is not a value of the field
            return CodeBlock.of("$T.optional(json, $S)", READS, f.name());
        }
        if (f.defaultValue() == null) {
            return CodeBlock.of("$T.field(json, $S, $T.getInstance())", READS, f.name(), NullNode.class);
        }
        String constant = "DEFAULT_" + component;
        record.addField(FieldSpec.builder(JsonNode.class, constant, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(Literals.json(f.defaultValue())).build());
        return CodeBlock.of("$T.field(json, $S, $N)", READS, f.name(), constant);
    }

    CodeBlock text(CodeBlock value) {
        return call("text", value);
    }

    CodeBlock int32(CodeBlock value) {
        return call("int32", value);
    }

    CodeBlock int64(CodeBlock value) {
        return call("int64", value);
    }

    CodeBlock number(CodeBlock value) {
        return call("number", value);
    }

    CodeBlock bool(CodeBlock value) {
        return call("bool", value);
    }

    CodeBlock nullable(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> inner) {
        return lambdaCall("nullable", value, depth, inner);
    }

    CodeBlock list(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> item) {
        return lambdaCall("list", value, depth, item);
    }

    CodeBlock map(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> item) {
        return lambdaCall("map", value, depth, item);
    }

    /** The body of a record's {@code fromJson}: bind, and on any failure the validator's account of it. */
    CodeBlock fromJson(String what) {
        return CodeBlock.builder()
                .beginControlFlow("try")
                .addStatement("return bind(json)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw $T.invalid(json, SCHEMA, $S, e)", READS, what)
                .endControlFlow().build();
    }

    private static CodeBlock call(String helper, CodeBlock value) {
        return CodeBlock.of("$T.$N($L)", READS, helper, value);
    }

    private static CodeBlock lambdaCall(String helper, CodeBlock value, int depth, Function<CodeBlock, CodeBlock> read) {
        return CodeBlock.of("$T.$N($L, x$L -> $L)", READS, helper, value, depth, read.apply(CodeBlock.of("x$L", depth)));
    }
}
