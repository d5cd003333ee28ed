package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.lensc.runtime.schema.Type;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * An enum for an enum type. Each constant carries its JSON value ({@code value()}, Jackson's
 * {@code @JsonValue}) and {@code fromValue} finds a constant by value, so any JSON string works,
 * {@code ""} included; constant names are only Java's side ({@link Naming#constant}).
 */
final class EnumGenerator {
    private EnumGenerator() {}

    static TypeSpec enumType(ClassName name, Type.EnumType t, String javadoc) {
        TypeSpec.Builder e = TypeSpec.enumBuilder(name.simpleName()).addModifiers(Modifier.PUBLIC);
        e.addJavadoc("$L\n", javadoc);
        Map<String, String> constants = constantNames(t);
        for (String value : t.values()) {
            e.addEnumConstant(constants.get(value), TypeSpec.anonymousClassBuilder("$S", value).build());
        }
        e.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        e.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "value")
                .addStatement("this.value = value").build());
        e.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).addAnnotation(JsonValue.class)
                .addJavadoc("The value as JSON writes it.\n").returns(String.class)
                .addStatement("return value").build());
        e.addMethod(MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(AnnotationSpec.builder(JsonCreator.class)
                        .addMember("mode", "$T.DELEGATING", JsonCreator.Mode.class).build())
                .addJavadoc("The constant of a JSON value.\n\n@throws $T when {@code value} is none of $L\n",
                        IllegalArgumentException.class, RecordGenerator.javadocText(t.values().toString()))
                .returns(name).addParameter(String.class, "value")
                .beginControlFlow("for ($T c : values())", name)
                .beginControlFlow("if (c.value.equals(value))")
                .addStatement("return c")
                .endControlFlow()
                .endControlFlow()
                .addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class, "\"",
                        "\" is not one of " + t.values())
                .build());
        return e.build();
    }

    /** The Java names of an enum type's constants, in the order of its values. */
    static java.util.List<String> constants(Type.EnumType t) {
        Map<String, String> names = constantNames(t);
        return t.values().stream().map(names::get).toList();
    }

    private static Map<String, String> constantNames(Type.EnumType t) {
        return Naming.allocate(t.values(), Naming::constant);
    }
}
