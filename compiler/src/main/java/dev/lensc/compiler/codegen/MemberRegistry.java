package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensOps;
import dev.lensc.runtime.lens.Steps;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The private members of a generated lenses class: constants and methods, each emitted once per
 * distinct key (identical lists and ops share one) and named in the order first needed, so the
 * output is stable.
 */
final class MemberRegistry {
    private static final ClassName STEPS = ClassName.get(Steps.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

    private final Map<String, String> constants = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Map<Object, String> methodNames = new LinkedHashMap<>();
    private final List<MethodSpec> methods = new ArrayList<>();
    /** Get-mode methods that only read their input (they start with a pass): callers need not copy. */
    private final Set<String> borrowing = new HashSet<>();
    /** Version schemas, which the records hold as {@code SCHEMA}. */
    private final Map<Type, ClassName> schemas;
    /** Methods another generated class of the package calls: package-private, not private. */
    private final Set<String> shared = new HashSet<>();
    private int counter;

    MemberRegistry() {
        this(new HashMap<>());
    }

    private MemberRegistry(Map<Type, ClassName> schemas) {
        this.schemas = schemas;
    }

    /** A registry for another class of the same type, knowing the version schemas this one knows. */
    MemberRegistry sibling() {
        return new MemberRegistry(schemas);
    }

    List<FieldSpec> fields() {
        return fields;
    }

    /** The methods, those another class calls ({@link #share}) package-private. */
    List<MethodSpec> methods() {
        return methods.stream().map(m -> shared.contains(m.name()) ? packagePrivate(m) : m).toList();
    }

    /** Makes {@code method} (one of this registry's) callable from the other classes of the package. */
    String share(String method) {
        shared.add(method);
        return method;
    }

    private static MethodSpec packagePrivate(MethodSpec m) {
        return MethodSpec.methodBuilder(m.name()).addJavadoc(m.javadoc()).addAnnotations(m.annotations())
                .addModifiers(m.modifiers().stream().filter(x -> x != Modifier.PRIVATE).toList())
                .addTypeVariables(m.typeVariables()).returns(m.returnType()).addParameters(m.parameters())
                .varargs(m.varargs()).addExceptions(m.exceptions()).addCode(m.code()).build();
    }

    /**
     * The method for {@code key}: the one already emitted, or a new one named {@code prefix} and a
     * number, which {@code build} makes (it may emit the methods it calls first).
     */
    String method(Object key, String prefix, Function<String, MethodSpec> build) {
        String existing = methodNames.get(key);
        if (existing != null) {
            return existing;
        }
        String name = prefix + counter++;
        methodNames.put(key, name);
        methods.add(build.apply(name));
        return name;
    }

    void borrowing(String getMethod) {
        borrowing.add(getMethod);
    }

    boolean borrows(String getMethod) {
        return borrowing.contains(getMethod);
    }

    String constant(JsonNode value) {
        String text = value.toString();
        return constant("json:" + text, "JSON_", name -> FieldSpec.builder(JSON_NODE, name, Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL).initializer("$T.json($S)", STEPS, text).build());
    }

    /** The constant holding {@code type}: a version's schema is its record's {@code SCHEMA}, not spelled out again. */
    String typeConstant(Type type) {
        ClassName record = schemas.get(type);
        return constant("type:" + type, "TYPE_", name -> FieldSpec.builder(Type.class, name, Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
                .initializer(record == null ? Literals.type(type) : CodeBlock.of("$T.SCHEMA", record)).build());
    }

    /** Makes {@link #typeConstant} refer to {@code record}'s {@code SCHEMA} for {@code schema} (the first one given wins). */
    void schema(Type schema, ClassName record) {
        schemas.putIfAbsent(schema, record);
    }

    String customLens(LensOp.Custom c) {
        return constant("custom:" + c.className(), "CUSTOM_", name -> FieldSpec.builder(CustomLens.class, name,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", ClassName.bestGuess(c.className())).build());
    }

    /** A split or merge op held as a constant: the data its {@code Steps} call runs. */
    String splitOp(LensOp op) {
        String prefix = op instanceof LensOp.Split ? "SPLIT_" : "MERGE_";
        return constant("split:" + op, prefix, name -> FieldSpec.builder(op.getClass(), name, Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL).initializer(Literals.split(op)).build());
    }

    /** The constant for {@code key}: the one already emitted, or a new one named {@code prefix} and a number. */
    String constant(String key, String prefix, Function<String, FieldSpec> field) {
        String existing = constants.get(key);
        if (existing != null) {
            return existing;
        }
        String name = prefix + counter++;
        constants.put(key, name);
        fields.add(field.apply(name));
        return name;
    }

    /** {@code private static JsonNode name(JsonNode x[, JsonNode base])}. */
    static MethodSpec.Builder opMethod(String name, boolean withBase) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_NODE).addParameter(JSON_NODE, "x");
        if (withBase) {
            m.addParameter(JSON_NODE, "base");
        }
        return m;
    }

    /** {@code private static JsonNode name(JsonNode param)}: a value in, a value out. */
    static MethodSpec.Builder valueMethod(String name, String param) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(JSON_NODE)
                .addParameter(JSON_NODE, param);
    }

    static String describeAll(List<LensOp> ops) {
        List<String> parts = new ArrayList<>();
        for (LensOp op : ops) {
            parts.add(LensOps.describe(op));
        }
        return String.join("; ", parts);
    }
}
