package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * One record per version: nested records for object fields, enums for enum types, {@code List}
 * and {@code Map} for arrays and maps. Jackson annotations carry every JSON name exactly as
 * written, so a record writes its version's JSON.
 *
 * <p>Reading goes through {@code fromJson(JsonNode)} (Jackson's creator), which takes only what
 * fits the version's schema (required fields, nulls only where nullable, no undeclared fields, enum
 * values; see {@link RecordReaders}), filling defaults for absent fields. A field that may be absent
 * without a default reads as null and is left out when written. The constructor refuses null
 * wherever the schema has none, so a record built by hand is as valid as one read.
 */
final class RecordGenerator {
    private static final ClassName JSON_PROPERTY = ClassName.get(JsonProperty.class);
    private static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
    private static final ClassName FROZEN = ClassName.get("dev.lensc.runtime.schema", "Frozen");
    private static final ClassName RECORD_CHECKS = ClassName.get("dev.lensc.runtime.schema", "RecordChecks");
    private static final ClassName RECORD_BUILDERS = ClassName.get("dev.lensc.runtime.schema", "RecordBuilders");
    private static final String BUILDER = "Builder";

    private final ClassName root;
    private final String title;
    private final MemberNames members;
    private final Naming.Scope nestedNames;
    private final List<TypeSpec> nested = new ArrayList<>();
    private final RecordReaders readers;
    private final Family family;

    /**
     * The records of one document type's versions, made in version order: a nested record or enum
     * whose path and type an earlier version already has is that version's class (the version that
     * introduced it owns it: {@code DocV1.Owner} serves every version whose owner is unchanged), so
     * translating between such versions hands the value over instead of copying it. So is one an
     * earlier version has under the same field name at another path, with the same type: a hoist or
     * a plunge moved it ({@code channel} into {@code meta}), it did not change.
     */
    static final class Family {
        private final MemberNames members;
        /** By path and type: the class made for it. */
        private final Map<List<Object>, ClassName> shared = new java.util.HashMap<>();
        /** By the name a field gives its class, and type: the first class made for it, in earlier versions. */
        private final Map<List<Object>, ClassName> moved = new java.util.HashMap<>();
        /** As {@link #moved}, for the version being made. */
        private final Map<List<Object>, ClassName> made = new java.util.HashMap<>();
        private final Map<ClassName, JavaShape> shapes = new java.util.HashMap<>();

        Family(MemberNames members) {
            this.members = members;
        }

        /** The record for one version; versions come in ascending order. */
        TypeSpec versionRecord(ClassName name, String documentType, int version, Type schema) {
            return RecordGenerator.versionRecord(name, documentType, version, schema, this);
        }

        /** The shape of a version record made by {@link #versionRecord}. */
        JavaShape.Record shape(ClassName versionRecord) {
            return (JavaShape.Record) shapes.get(versionRecord);
        }
    }

    private RecordGenerator(ClassName root, String title, Family family) {
        this.root = root;
        this.title = title;
        this.family = family;
        this.members = family.members;
        this.nestedNames = new Naming.Scope(root.simpleName(), BUILDER);
        this.readers = new RecordReaders();
    }

    /** The record for one version of a document type; {@code members} names components across versions. */
    private static TypeSpec versionRecord(ClassName name, String documentType, int version, Type schema, Family family) {
        if (!(schema instanceof Type.ObjectType object)) {
            throw new IllegalArgumentException("version " + version + " of " + documentType
                    + " is not an object type but " + Types.display(schema) + "; only objects become records");
        }
        RecordGenerator g = new RecordGenerator(name, documentType + " version " + version, family);
        TypeSpec.Builder record = g.record(name, List.of(), object, g.title,
                documentType + " version " + version + ", generated by lensc from the version's schema: do not edit.");
        record.addAnnotation(JavaGenerator.GENERATED);
        record.addTypes(g.nested);
        family.made.forEach(family.moved::putIfAbsent);
        family.made.clear();
        // a nested type named List, String or JsonProperty must not capture the imported name
        record.alwaysQualify(g.nested.stream().map(TypeSpec::name).toArray(String[]::new));
        return record.build();
    }

    private TypeSpec.Builder record(ClassName name, List<String> path, Type.ObjectType object, String what,
            String javadoc) {
        TypeSpec.Builder record = TypeSpec.recordBuilder(name.simpleName()).addModifiers(Modifier.PUBLIC);
        record.addJavadoc("$L\n", javadoc);
        if (!object.fields().isEmpty()) {
            record.addJavadoc("\n");
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        AnnotationSpec.Builder order = AnnotationSpec.builder(JsonPropertyOrder.class);
        List<CodeBlock> reads = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<JavaShape.Component> shape = new ArrayList<>();
        for (Field f : object.fields()) {
            if (f.name().isEmpty()) {
                // Jackson reads @JsonProperty("") as "use the Java name": the record could not keep it
                throw new IllegalArgumentException("the field name \"\" in " + root.simpleName()
                        + " cannot become a record component: Jackson treats an empty @JsonProperty as unnamed");
            }
            String component = members.member(path, f.name());
            // absent without a default reads as null, so the Java type must hold null
            boolean absentIsNull = f.optional() && f.defaultValue() == null;
            Type javaSide = absentIsNull ? Type.nullable(f.type()) : f.type();
            Binding b = binding(MemberNames.child(path, f.name()), f.name(), javaSide, false, 1);
            ParameterSpec.Builder param = ParameterSpec.builder(b.type(), component)
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", f.name()).build());
            if (absentIsNull && !(f.type() instanceof Type.NullableType)) {
                param.addAnnotation(AnnotationSpec.builder(JsonInclude.class)
                        .addMember("value", "$T.NON_NULL", JsonInclude.Include.class).build());
            }
            ctor.addParameter(param.build());
            boolean nullMeansAbsent = absentIsNull && !(f.type() instanceof Type.NullableType);
            shape.add(new JavaShape.Component(f, component,
                    nullMeansAbsent ? JavaShape.nonNull(b.shape()) : b.shape(), nullMeansAbsent));
            order.addMember("value", "$S", f.name());
            reads.add(b.read().apply(readers.field(f, component, record)));
            CodeBlock type = typeJavadoc(f, b.shape());
            components.add(new Component(component, f, b.type(),
                    f.defaultValue() == null ? null : b.read().apply(CodeBlock.of("DEFAULT_$L", component)), type));
            record.addJavadoc("@param $L $L: $L$L\n", component, javadocText(f.name()), type, presence(f));
        }
        if (!object.fields().isEmpty()) {
            record.addAnnotation(order.build());
        }
        family.shapes.put(name, new JavaShape.Record(object, name, shape));
        record.recordConstructor(ctor.build());
        MethodSpec checks = compactConstructor(record, what, components);
        if (checks != null) {
            record.addMethod(checks);
        }
        for (Component c : components) {
            if (Type.nonNull(c.field().type()) instanceof Type.AnyType) {
                // a tree has no unmodifiable form: the record gives out copies of its own
                record.addMethod(MethodSpec.methodBuilder(c.name()).addModifiers(Modifier.PUBLIC)
                        .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", c.field().name())
                                .build())
                        .addJavadoc("$L: a copy of the record's own tree, which never changes.\n",
                                javadocText(c.field().name()))
                        .returns(JSON_NODE).addStatement("return $T.node($L)", FROZEN, c.name()).build());
            }
        }
        record.addField(FieldSpec.builder(Type.class, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The schema {@link #fromJson} checks documents against.\n")
                .initializer(Literals.type(object)).build());
        record.addMethod(MethodSpec.methodBuilder("fromJson").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(JsonCreator.class)
                        .addMember("mode", "$T.DELEGATING", JsonCreator.Mode.class).build())
                .addJavadoc("Reads a valid $L, with defaults for absent fields.\n\n", javadocText(what))
                .addJavadoc("@throws $T naming the JSON pointer of the first place where {@code json} does not fit\n",
                        ClassName.get("dev.lensc.runtime.lens", "LensException"))
                .returns(name).addParameter(JSON_NODE, "json")
                .addCode(readers.fromJson(what)).build());
        // not private: a later version's record reads a nested record it shares with this one
        record.addMethod(MethodSpec.methodBuilder("bind").addModifiers(Modifier.STATIC)
                .returns(name).addParameter(JSON_NODE, "json")
                .addStatement("$L", readers.object(object))
                .addStatement("return new $T($L)", name, CodeBlock.join(reads, ",$W")).build());
        addBuilder(record, name, what, components, checks != null && checks.toString().contains("RecordChecks"));
        return record;
    }

    /**
     * A record component: its Java name, its field, its Java type, how its default reads (or null),
     * and its type as Javadoc says it.
     */
    private record Component(String name, Field field, TypeName type, CodeBlock defaultValue, CodeBlock javadoc) {}

    /**
     * The field's type as the schema writes it, with a link to the record or enum class of its
     * values (or of their items): a class a later version shares is named where it is used.
     */
    private static CodeBlock typeJavadoc(Field f, JavaShape shape) {
        CodeBlock type = CodeBlock.of("$L", javadocText(Types.display(f.type())));
        ClassName named = named(shape);
        return named == null ? type : CodeBlock.of("$L ({@link $T})", type, named);
    }

    /** The record or enum class of a value of {@code shape}, or of its list items or map values (null: none). */
    private static ClassName named(JavaShape shape) {
        JavaShape s = JavaShape.nonNull(shape);
        if (s instanceof JavaShape.ListOf l) {
            return named(l.items());
        }
        if (s instanceof JavaShape.MapOf m) {
            return named(m.values());
        }
        if (s instanceof JavaShape.Record r) {
            return r.javaType();
        }
        return s instanceof JavaShape.Enum e ? e.javaType() : null;
    }

    /**
     * The compact constructor, which makes every record a valid value of its version however it is
     * built: a component, list item or map value the schema says is not null is refused (a
     * {@code LensException} naming the record and the pointer, as {@code fromJson}'s), in lists and
     * maps inside lists and maps too; lists and maps handed in are copied and frozen first, at every
     * level, trees ({@code any}) deep-copied. Null when there is nothing to do. A list or map of
     * lists or maps is checked against its type, a constant of {@code record}'s; a flat one by one
     * null check per item.
     */
    private static MethodSpec compactConstructor(TypeSpec.Builder record, String what, List<Component> components) {
        MethodSpec.Builder ctor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        boolean any = false;
        for (Component c : components) {
            Field f = c.field();
            String pointer = JsonPointers.child("", f.name());
            boolean mayBeNull = f.type().isNullable() || f.optional() && f.defaultValue() == null;
            if (!mayBeNull && !c.type().isPrimitive()) {
                ctor.addStatement("$T.nonNull($L, $S, $S, $S)", RECORD_CHECKS, c.name(), what, pointer,
                        SchemaValidator.expected(f.type()));
                any = true;
            }
            Type value = Type.nonNull(f.type());
            if (value instanceof Type.AnyType) {
                // Java null is JSON null where it stands for neither absent nor a nullable's null, as fromJson reads it
                boolean jsonNull = f.type() instanceof Type.AnyType && !(f.optional() && f.defaultValue() == null);
                ctor.addStatement("$L = $T.$N($L)", c.name(), FROZEN, jsonNull ? "value" : "node", c.name());
                any = true;
                continue;
            }
            Type inner;
            if (value instanceof Type.ArrayType a) {
                ctor.addStatement("$L = $T.list($L)", c.name(), FROZEN, c.name());
                inner = a.items();
            } else if (value instanceof Type.MapType m) {
                ctor.addStatement("$L = $T.map($L)", c.name(), FROZEN, c.name());
                inner = m.values();
            } else {
                continue;
            }
            any = true;
            if (Type.nonNull(inner) instanceof Type.ArrayType || Type.nonNull(inner) instanceof Type.MapType) {
                String constant = "TYPE_" + c.name();
                record.addField(FieldSpec.builder(Type.class, constant, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer(Literals.type(value)).build());
                ctor.addStatement("$T.contents($L, $N, $S, $S)", RECORD_CHECKS, c.name(), constant, what, pointer);
            } else if (!inner.isNullable()) {
                ctor.addStatement("$T.$N($L, $S, $S, $S)", RECORD_CHECKS, value instanceof Type.ArrayType ? "items"
                        : "values", c.name(), what, pointer, SchemaValidator.expected(inner));
            }
        }
        return any ? ctor.build() : null;
    }

    /**
     * {@code builder()}, {@code toBuilder()} and a nested {@code Builder} with the version's
     * defaults filled in; {@code build()} names every required non-null field left unset
     * ({@code refusesNull}: the constructor may refuse a null, which its Javadoc then says too).
     */
    private static void addBuilder(TypeSpec.Builder record, ClassName name, String what, List<Component> components,
            boolean refusesNull) {
        ClassName builder = name.nestedClass(BUILDER);
        TypeSpec.Builder type = TypeSpec.classBuilder(BUILDER).addModifiers(Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL).addJavadoc("Builds a $L; fields with a default start with it.\n", javadocText(what));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> required = new ArrayList<>();
        for (Component c : components) {
            FieldSpec.Builder field = FieldSpec.builder(c.type().box(), c.name(), Modifier.PRIVATE);
            if (c.defaultValue() != null) {
                field.initializer(c.defaultValue());
            }
            type.addField(field.build());
            type.addMethod(MethodSpec.methodBuilder(c.name()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addJavadoc("$L: $L$L\n", javadocText(c.field().name()), c.javadoc(), presence(c.field()))
                    .addParameter(c.type(), c.name()).addStatement("this.$L = $L", c.name(), c.name())
                    .addStatement("return this").build());
            if (c.field().required() && !c.field().type().isNullable()) {
                required.add(c.name());
            }
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(name)
                .addJavadoc("@throws $T naming every required field that is not set\n", IllegalStateException.class);
        if (refusesNull) {
            build.addJavadoc("@throws $T naming the pointer of a null the version does not allow (a field set\n",
                    ClassName.get("dev.lensc.runtime.lens", "LensException")).addJavadoc("    to null, a list item, a map value)\n");
        }
        if (!required.isEmpty()) {
            List<CodeBlock> jsonNames = new ArrayList<>();
            for (Component c : components) {
                if (required.contains(c.name())) {
                    jsonNames.add(CodeBlock.of("$S", c.field().name()));
                }
            }
            build.addStatement("$T.requireSet($S, new $T[] {$L}, $L)", RECORD_BUILDERS, what, String.class,
                    CodeBlock.join(jsonNames, ", "), String.join(", ", required));
        }
        build.addStatement("return new $T($L)", name,
                String.join(", ", components.stream().map(Component::name).toList()));
        type.addMethod(build.build());
        record.addType(type.build());
        record.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder).addJavadoc("A builder with this version's defaults.\n")
                .addStatement("return new $T()", builder).build());
        MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC)
                .returns(builder).addJavadoc("A builder holding this record's values.\n")
                .addStatement("$T builder = new $T()", builder, builder);
        // 'builder' is reserved (Naming): no component shadows the local
        for (Component c : components) {
            toBuilder.addStatement("builder.$L = $L", c.name(), c.name());
        }
        record.addMethod(toBuilder.addStatement("return builder").build());
    }

    private static String presence(Field f) {
        if (f.defaultValue() != null) {
            return " (default " + javadocText(f.defaultValue().toString()) + ")";
        }
        if (f.optional()) {
            return f.type().isNullable() ? " (may be null or absent)" : " (null when absent)";
        }
        return f.type().isNullable() ? " (may be null)" : "";
    }

    /** A Java type and how to read it from a node of a valid document. */
    private record Binding(TypeName type, Function<CodeBlock, CodeBlock> read, JavaShape shape) {}

    private Binding binding(List<String> path, String fieldName, Type type, boolean boxed, int depth) {
        return type.accept(new Type.Visitor<Binding>() {
            public Binding stringType(Type.StringType t) { return scalar(t, ClassName.get(String.class), readers::text); }
            public Binding intType(Type.IntType t) { return scalar(t, box(TypeName.INT), readers::int32); }
            public Binding longType(Type.LongType t) { return scalar(t, box(TypeName.LONG), readers::int64); }
            public Binding doubleType(Type.DoubleType t) { return scalar(t, box(TypeName.DOUBLE), readers::number); }
            public Binding booleanType(Type.BooleanType t) { return scalar(t, box(TypeName.BOOLEAN), readers::bool); }
            public Binding anyType(Type.AnyType t) {
                // a component's tree is copied by the constructor; an item's here (a read list is not copied again)
                return scalar(t, JSON_NODE, boxed ? v -> CodeBlock.of("$L.deepCopy()", v) : v -> v);
            }
            public Binding enumType(Type.EnumType t) {
                ClassName e = family.shared.get(List.of(path, t));
                if (e == null) {
                    e = family.moved.get(List.of(Naming.type(fieldName), t));
                    if (e == null) {
                        e = enumFor(fieldName, t);
                        family.made.putIfAbsent(List.of(Naming.type(fieldName), t), e);
                        family.shapes.put(e, new JavaShape.Enum(t, e, EnumGenerator.constants(t)));
                    }
                    family.shared.put(List.of(path, t), e);
                }
                ClassName name = e;
                return new Binding(e, v -> CodeBlock.of("$T.fromValue($L)", name, readers.text(v)), family.shapes.get(e));
            }
            public Binding arrayType(Type.ArrayType t) {
                Binding item = binding(MemberNames.child(path, MemberNames.ITEMS), fieldName + " item", t.items(),
                        true, depth + 1);
                TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), item.type());
                return new Binding(list, v -> readers.list(v, depth, item.read()), new JavaShape.ListOf(list, item.shape()));
            }
            public Binding mapType(Type.MapType t) {
                Binding value = binding(MemberNames.child(path, MemberNames.VALUES), fieldName + " value",
                        t.values(), true, depth + 1);
                TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        value.type());
                return new Binding(map, v -> readers.map(v, depth, value.read()), new JavaShape.MapOf(map, value.shape()));
            }
            public Binding nullableType(Type.NullableType t) {
                Binding inner = binding(path, fieldName, t.inner(), true, depth + 1);
                return new Binding(inner.type(), v -> readers.nullable(v, depth, inner.read()),
                        JavaShape.nullable(inner.shape()));
            }
            public Binding objectType(Type.ObjectType t) {
                ClassName known = family.shared.get(List.of(path, t));
                if (known == null) {
                    known = family.moved.get(List.of(Naming.type(fieldName), t));
                    if (known == null) {
                        known = root.nestedClass(nestedNames.allocate(Naming.type(fieldName)));
                        nested.add(record(known, path, t, title + " value of " + fieldName,
                                "The value of " + javadocText(fieldName) + ".").build());
                        family.made.putIfAbsent(List.of(Naming.type(fieldName), t), known);
                    }
                    family.shared.put(List.of(path, t), known);
                }
                ClassName simple = known;
                return new Binding(simple, v -> CodeBlock.of("$T.bind($L)", simple, v), family.shapes.get(simple));
            }

            private Binding scalar(Type kind, TypeName javaType, Function<CodeBlock, CodeBlock> read) {
                return new Binding(javaType, read, new JavaShape.Scalar(kind, javaType));
            }

            private TypeName box(TypeName primitive) {
                return boxed ? primitive.box() : primitive;
            }
        });
    }

    private ClassName enumFor(String fieldName, Type.EnumType t) {
        ClassName name = root.nestedClass(nestedNames.allocate(Naming.type(fieldName)));
        nested.add(EnumGenerator.enumType(name, t, "The values of " + javadocText(fieldName) + "."));
        return name;
    }

    /**
     * A name as Javadoc code: HTML-escaped, and never a comment end, a tag or a unicode escape
     * (javac reads backslash-u even in comments).
     */
    static String javadocText(String s) {
        StringBuilder sb = new StringBuilder("<code>");
        for (char c : s.toCharArray()) {
            if (c == '*' || c == '/' || c == '{' || c == '}' || c == '@' || c == '\\' || c == '<' || c == '>'
                    || c == '&' || c < ' ') {
                sb.append("&#").append((int) c).append(';');
            } else {
                sb.append(c);
            }
        }
        return sb.append("</code>").toString();
    }
}
