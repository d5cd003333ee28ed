package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code that reads a valid JSON tree into a version's records: expressions for fields, lists,
 * maps and nullable values, and the few static helpers they call, emitted once into the version's
 * top-level record (and called qualified, so a component named {@code list} cannot hide them).
 */
final class RecordReaders {
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final TypeName READ = ParameterizedTypeName.get(ClassName.get(Function.class), JSON_NODE, T);

    private final ClassName root;
    private boolean field;
    private boolean nullable;
    private boolean list;
    private boolean map;

    RecordReaders(ClassName root) {
        this.root = root;
    }

    /**
     * The node of field {@code f} of {@code json}: as it is when required, else its default (a
     * constant added to {@code record}) or a JSON null when absent.
     */
    CodeBlock field(Field f, String component, TypeSpec.Builder record) {
        if (f.required()) {
            return CodeBlock.of("json.get($S)", f.name());
        }
        field = true;
        if (f.defaultValue() == null) {
            return CodeBlock.of("$T.field(json, $S, $T.getInstance())", root, f.name(), NullNode.class);
        }
        String constant = "DEFAULT_" + component;
        record.addField(FieldSpec.builder(JsonNode.class, constant, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(Literals.json(f.defaultValue())).build());
        return CodeBlock.of("$T.field(json, $S, $N)", root, f.name(), constant);
    }

    CodeBlock nullable(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> inner) {
        nullable = true;
        return CodeBlock.of("$T.nullable($L, x$L -> $L)", root, value, depth, inner.apply(CodeBlock.of("x$L", depth)));
    }

    CodeBlock list(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> item) {
        list = true;
        return CodeBlock.of("$T.list($L, x$L -> $L)", root, value, depth, item.apply(CodeBlock.of("x$L", depth)));
    }

    CodeBlock map(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> item) {
        map = true;
        return CodeBlock.of("$T.map($L, x$L -> $L)", root, value, depth, item.apply(CodeBlock.of("x$L", depth)));
    }

    /** The helpers the reads used, and {@code requireValid}, which every record's fromJson calls. */
    List<MethodSpec> helpers() {
        List<MethodSpec> out = new ArrayList<>();
        out.add(MethodSpec.methodBuilder("requireValid").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JSON_NODE, "json").addParameter(Type.class, "schema").addParameter(String.class, "what")
                .addStatement("$T<$T> violations = $T.validate(json, schema)", List.class, Violation.class,
                        SchemaValidator.class)
                .beginControlFlow("if (!violations.isEmpty())")
                .addStatement("throw new $T($S + what + $S + violations.get(0).message(), violations.get(0).pointer(),"
                        + " null)", LensException.class, "not a valid ", ": ")
                .endControlFlow().build());
        if (field) {
            out.add(MethodSpec.methodBuilder("field").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(JSON_NODE).addParameter(JSON_NODE, "object").addParameter(String.class, "name")
                    .addParameter(JSON_NODE, "absent")
                    .addStatement("$T value = object.get(name)", JSON_NODE)
                    .addStatement("return value != null ? value : absent").build());
        }
        if (nullable) {
            out.add(generic("nullable", T).addParameter(JSON_NODE, "value").addParameter(READ, "read")
                    .addStatement("return value.isNull() ? null : read.apply(value)").build());
        }
        if (list) {
            out.add(generic("list", ParameterizedTypeName.get(ClassName.get(List.class), T))
                    .addParameter(JSON_NODE, "array").addParameter(READ, "read")
                    .addStatement("$T<$T> out = new $T<>(array.size())", List.class, T, ArrayList.class)
                    .beginControlFlow("for ($T item : array)", JSON_NODE)
                    .addStatement("out.add(read.apply(item))")
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableList(out)", Collections.class).build());
        }
        if (map) {
            TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                    JSON_NODE);
            out.add(generic("map", ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), T))
                    .addParameter(JSON_NODE, "object").addParameter(READ, "read")
                    .addStatement("$T<$T, $T> out = new $T<>()", Map.class, String.class, T, LinkedHashMap.class)
                    .beginControlFlow("for ($T e : object.properties())", entry)
                    .addStatement("out.put(e.getKey(), read.apply(e.getValue()))")
                    .endControlFlow()
                    .addStatement("return $T.unmodifiableMap(out)", Collections.class).build());
        }
        return out;
    }

    private static MethodSpec.Builder generic(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).addTypeVariable(T)
                .returns(returns);
    }
}
