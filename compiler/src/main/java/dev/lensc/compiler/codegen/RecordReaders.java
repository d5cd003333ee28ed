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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code that reads a JSON tree into a version's records. Reading checks as it binds, each value
 * once, so a valid document costs one walk; every way a document can fail its schema makes a read
 * throw (a missing or mistyped field, a null where none is allowed, an undeclared field). Then the
 * record's {@code fromJson} asks the runtime's {@code SchemaValidator} what is wrong, so messages
 * and pointers are the validator's. The static helpers the reads call are emitted once, into the
 * version's top-level record, and called qualified (a component named {@code list} cannot hide
 * them).
 */
final class RecordReaders {
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final TypeName READ = ParameterizedTypeName.get(ClassName.get(Function.class), JSON_NODE, T);

    /** The helpers, in the order they are emitted. */
    private enum Helper { INVALID, OBJECT, REQUIRED, FIELD, OPTIONAL, TEXT, INT32, INT64, NUMBER, BOOL, NULLABLE, LIST, MAP }

    private final ClassName root;
    private final Set<Helper> used = EnumSet.of(Helper.INVALID);

    RecordReaders(ClassName root) {
        this.root = root;
    }

    /** {@code json} is an object with exactly the declared fields: the first statement of a bind. */
    CodeBlock object(Type.ObjectType object) {
        used.add(Helper.OBJECT);
        CodeBlock.Builder b = CodeBlock.builder().add("$T.object(json, $L", root,
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
            used.add(Helper.REQUIRED);
            return CodeBlock.of("$T.required(json, $S)", root, f.name());
        }
        if (f.defaultValue() == null && !(f.type() instanceof Type.NullableType)) {
            // absent reads as null in Java, but a JSON null is not a value of the field
            used.add(Helper.OPTIONAL);
            return CodeBlock.of("$T.optional(json, $S)", root, f.name());
        }
        used.add(Helper.FIELD);
        if (f.defaultValue() == null) {
            return CodeBlock.of("$T.field(json, $S, $T.getInstance())", root, f.name(), NullNode.class);
        }
        String constant = "DEFAULT_" + component;
        record.addField(FieldSpec.builder(JsonNode.class, constant, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(Literals.json(f.defaultValue())).build());
        return CodeBlock.of("$T.field(json, $S, $N)", root, f.name(), constant);
    }

    CodeBlock text(CodeBlock value) {
        return call(Helper.TEXT, value);
    }

    CodeBlock int32(CodeBlock value) {
        return call(Helper.INT32, value);
    }

    CodeBlock int64(CodeBlock value) {
        return call(Helper.INT64, value);
    }

    CodeBlock number(CodeBlock value) {
        return call(Helper.NUMBER, value);
    }

    CodeBlock bool(CodeBlock value) {
        return call(Helper.BOOL, value);
    }

    CodeBlock nullable(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> inner) {
        return lambdaCall(Helper.NULLABLE, value, depth, inner);
    }

    CodeBlock list(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> item) {
        return lambdaCall(Helper.LIST, value, depth, item);
    }

    CodeBlock map(CodeBlock value, int depth, Function<CodeBlock, CodeBlock> item) {
        return lambdaCall(Helper.MAP, value, depth, item);
    }

    /** The body of a record's {@code fromJson}: bind, and on any failure the validator's account of it. */
    CodeBlock fromJson(String what) {
        return CodeBlock.builder()
                .beginControlFlow("try")
                .addStatement("return bind(json)")
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw $T.invalid(json, SCHEMA, $S, e)", root, what)
                .endControlFlow().build();
    }

    private CodeBlock call(Helper h, CodeBlock value) {
        used.add(h);
        return CodeBlock.of("$T.$N($L)", root, name(h), value);
    }

    private CodeBlock lambdaCall(Helper h, CodeBlock value, int depth, Function<CodeBlock, CodeBlock> read) {
        used.add(h);
        return CodeBlock.of("$T.$N($L, x$L -> $L)", root, name(h), value, depth, read.apply(CodeBlock.of("x$L", depth)));
    }

    private static String name(Helper h) {
        return h.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The helpers the reads used. */
    List<MethodSpec> helpers() {
        List<MethodSpec> out = new ArrayList<>();
        for (Helper h : used) {
            out.add(helper(h));
        }
        return out;
    }

    private static MethodSpec helper(Helper h) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name(h)).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
        switch (h) {
            case INVALID:
                return m.addJavadoc("What is wrong with a document a bind failed on, as the schema's validator says it;"
                        + "\n{@code failure} itself when the document is valid.\n")
                        .returns(RuntimeException.class).addParameter(JSON_NODE, "json")
                        .addParameter(Type.class, "schema").addParameter(String.class, "what")
                        .addParameter(RuntimeException.class, "failure")
                        .addStatement("$T<$T> violations = $T.validate(json, schema)", List.class, Violation.class,
                                SchemaValidator.class)
                        .beginControlFlow("if (violations.isEmpty())").addStatement("return failure").endControlFlow()
                        .addStatement("return new $T($S + what + $S + violations.get(0).message(),"
                                + " violations.get(0).pointer(), null)", LensException.class, "not a valid ", ": ")
                        .build();
            case OBJECT:
                return m.addParameter(JSON_NODE, "json").addParameter(int.class, "required")
                        .addParameter(String[].class, "optional").varargs()
                        .beginControlFlow("if (!json.isObject())").addStatement(fail("an object")).endControlFlow()
                        .addStatement("int declared = required")
                        .beginControlFlow("for ($T name : optional)", String.class)
                        .beginControlFlow("if (json.has(name))").addStatement("declared++").endControlFlow()
                        .endControlFlow()
                        .beginControlFlow("if (json.size() != declared)")
                        .addStatement(fail("only declared fields")).endControlFlow().build();
            case REQUIRED:
                return m.returns(JSON_NODE).addParameter(JSON_NODE, "object").addParameter(String.class, "name")
                        .addStatement("$T value = object.get(name)", JSON_NODE)
                        .beginControlFlow("if (value == null)").addStatement(fail("a required field")).endControlFlow()
                        .addStatement("return value").build();
            case FIELD:
                return m.returns(JSON_NODE).addParameter(JSON_NODE, "object").addParameter(String.class, "name")
                        .addParameter(JSON_NODE, "absent")
                        .addStatement("$T value = object.get(name)", JSON_NODE)
                        .addStatement("return value != null ? value : absent").build();
            case OPTIONAL:
                return m.addJavadoc("An optional field that may not be null: absent reads as null, a JSON null fails.\n")
                        .returns(JSON_NODE).addParameter(JSON_NODE, "object").addParameter(String.class, "name")
                        .addStatement("$T value = object.get(name)", JSON_NODE)
                        .beginControlFlow("if (value == null)").addStatement("return $T.getInstance()", NullNode.class)
                        .endControlFlow()
                        .beginControlFlow("if (value.isNull())").addStatement(fail("a value, not null")).endControlFlow()
                        .addStatement("return value").build();
            case TEXT:
                return scalar(m, String.class, "v.isTextual()", "textValue", "a string");
            case INT32:
                return scalar(m, int.class, "v.isIntegralNumber() && v.canConvertToInt()", "intValue", "an int");
            case INT64:
                return scalar(m, long.class, "v.isIntegralNumber() && v.canConvertToLong()", "longValue", "a long");
            case NUMBER:
                return scalar(m, double.class, "v.isNumber()", "doubleValue", "a number");
            case BOOL:
                return scalar(m, boolean.class, "v.isBoolean()", "booleanValue", "a boolean");
            case NULLABLE:
                return m.addTypeVariable(T).returns(T).addParameter(JSON_NODE, "value").addParameter(READ, "read")
                        .addStatement("return value.isNull() ? null : read.apply(value)").build();
            case LIST:
                return m.addTypeVariable(T).returns(ParameterizedTypeName.get(ClassName.get(List.class), T))
                        .addParameter(JSON_NODE, "array").addParameter(READ, "read")
                        .beginControlFlow("if (!array.isArray())").addStatement(fail("an array")).endControlFlow()
                        .addStatement("$T<$T> out = new $T<>(array.size())", List.class, T, ArrayList.class)
                        .beginControlFlow("for ($T item : array)", JSON_NODE)
                        .addStatement("out.add(read.apply(item))")
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableList(out)", Collections.class).build();
            case MAP:
                TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                        JSON_NODE);
                return m.addTypeVariable(T).returns(ParameterizedTypeName.get(ClassName.get(Map.class),
                                ClassName.get(String.class), T))
                        .addParameter(JSON_NODE, "object").addParameter(READ, "read")
                        .beginControlFlow("if (!object.isObject())").addStatement(fail("an object")).endControlFlow()
                        .addStatement("$T<$T, $T> out = new $T<>()", Map.class, String.class, T, LinkedHashMap.class)
                        .beginControlFlow("for ($T e : object.properties())", entry)
                        .addStatement("out.put(e.getKey(), read.apply(e.getValue()))")
                        .endControlFlow()
                        .addStatement("return $T.unmodifiableMap(out)", Collections.class).build();
            default:
                throw new IllegalStateException("no helper " + h);
        }
    }

    private static MethodSpec scalar(MethodSpec.Builder m, Class<?> type, String check, String read, String what) {
        return m.returns(type).addParameter(JSON_NODE, "v")
                .beginControlFlow("if (!($L))", check).addStatement(fail(what)).endControlFlow()
                .addStatement("return v.$N()", read).build();
    }

    /** A bind's failure; fromJson replaces it with the validator's message. */
    private static CodeBlock fail(String expected) {
        return CodeBlock.of("throw new $T($S)", IllegalArgumentException.class, "expected " + expected);
    }
}
