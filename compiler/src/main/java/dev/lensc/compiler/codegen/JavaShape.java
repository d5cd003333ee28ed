package dev.lensc.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/**
 * What the record generator made of a schema type on the Java side: the Java type of every value,
 * the record classes of objects with their components, the constants of enums. Code that reads or
 * builds records ({@link RecordTranslatorEmitter}) works from shapes, so it never guesses a name
 * the record generator chose.
 */
sealed interface JavaShape {
    TypeName javaType();

    /** Whether a Java null is a value of this shape (it is null in JSON, or absent). */
    default boolean allowsNull() {
        return this instanceof Nullable;
    }

    /** string, int, long, double, boolean or any: {@code kind} is the schema type without nullability. */
    record Scalar(Type kind, TypeName javaType) implements JavaShape {}

    /** An enum class; {@code constants} are the Java names of the values, in the values' order. */
    record Enum(Type.EnumType type, ClassName javaType, List<String> constants) implements JavaShape {
        public Enum {
            constants = List.copyOf(constants);
        }
    }

    record ListOf(TypeName javaType, JavaShape items) implements JavaShape {}

    record MapOf(TypeName javaType, JavaShape values) implements JavaShape {}

    /** A value that may be null; its Java type is the inner one, boxed. */
    record Nullable(JavaShape inner) implements JavaShape {
        @Override
        public TypeName javaType() {
            return inner.javaType().box();
        }
    }

    /** A record class and its components, in the schema's order. */
    record Record(Type.ObjectType type, ClassName javaType, List<Component> components) implements JavaShape {
        public Record {
            components = List.copyOf(components);
        }

        Component component(String jsonName) {
            for (Component c : components) {
                if (c.field().name().equals(jsonName)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * One record component: its field, its accessor, and the shape of a present value (a field that
     * may be absent without a default has a boxed component, null when absent: {@link #absentIsNull}).
     */
    record Component(Field field, String accessor, JavaShape present, boolean absentIsNull) {}

    /** {@code shape}, or the shape that also allows null. */
    static JavaShape nullable(JavaShape shape) {
        return shape.allowsNull() ? shape : new Nullable(shape);
    }

    /** The shape without its null. */
    static JavaShape nonNull(JavaShape shape) {
        return shape instanceof Nullable n ? n.inner() : shape;
    }
}
