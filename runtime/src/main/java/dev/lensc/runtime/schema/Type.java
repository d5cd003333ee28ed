package dev.lensc.runtime.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The type of a value in one version of a document type. */
public sealed interface Type {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of type; the compiler checks that every concern handles every kind. */
    interface Visitor<R> {
        R stringType(StringType t);
        R intType(IntType t);
        R longType(LongType t);
        R doubleType(DoubleType t);
        R booleanType(BooleanType t);
        R anyType(AnyType t);
        R enumType(EnumType t);
        R arrayType(ArrayType t);
        R mapType(MapType t);
        R nullableType(NullableType t);
        R objectType(ObjectType t);
    }

    record StringType() implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stringType(this);
        }
    }

    record IntType() implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.intType(this);
        }
    }

    record LongType() implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.longType(this);
        }
    }

    /** Any JSON number; Cambria's {@code number}. */
    record DoubleType() implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.doubleType(this);
        }
    }

    record BooleanType() implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.booleanType(this);
        }
    }

    /** Values of an unknown or unconstrained type (inferred schemas, custom lenses). */
    record AnyType() implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anyType(this);
        }
    }

    record EnumType(List<String> values) implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.enumType(this);
        }

        public EnumType {
            values = List.copyOf(values);
        }
    }

    record ArrayType(Type items) implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.arrayType(this);
        }

        public ArrayType {
            Objects.requireNonNull(items, "items");
        }
    }

    /** A JSON object used as a dictionary: string keys, values of one type. */
    record MapType(Type values) implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mapType(this);
        }

        public MapType {
            Objects.requireNonNull(values, "values");
        }
    }

    record NullableType(Type inner) implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.nullableType(this);
        }

        public NullableType {
            Objects.requireNonNull(inner, "inner");
            if (inner instanceof NullableType) {
                throw new IllegalArgumentException("nullable of nullable");
            }
        }
    }

    /** A record-like object with named fields in declaration order. */
    record ObjectType(List<Field> fields) implements Type {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.objectType(this);
        }

        public ObjectType {
            fields = List.copyOf(fields);
        }

        public static ObjectType empty() {
            return new ObjectType(List.of());
        }

        public Optional<Field> field(String name) {
            for (Field f : fields) {
                if (f.name().equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        public boolean has(String name) {
            return field(name).isPresent();
        }

        public List<String> fieldNames() {
            return fields.stream().map(Field::name).toList();
        }

        /** Adds the field at the end, or replaces the field of the same name in place. */
        public ObjectType with(Field field) {
            List<Field> out = new ArrayList<>(fields);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals(field.name())) {
                    out.set(i, field);
                    return new ObjectType(out);
                }
            }
            out.add(field);
            return new ObjectType(out);
        }

        public ObjectType without(String name) {
            return new ObjectType(fields.stream().filter(f -> !f.name().equals(name)).toList());
        }

        public ObjectType renamed(String from, String to) {
            return new ObjectType(fields.stream()
                    .map(f -> f.name().equals(from) ? new Field(to, f.type(), f.defaultValue(), f.optional()) : f)
                    .toList());
        }
    }

    static Type nullable(Type t) {
        return t instanceof NullableType ? t : new NullableType(t);
    }

    static Type nonNull(Type t) {
        return t instanceof NullableType n ? n.inner() : t;
    }

    default boolean isNullable() {
        return this instanceof NullableType || this instanceof AnyType;
    }
}
