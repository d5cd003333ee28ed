package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** A type as written. */
public sealed interface TypeNode {
    Location location();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of type, so the compiler checks that every consumer handles each. */
    interface Visitor<R> {
        R scalar(ScalarTypeNode t);
        R enumType(EnumTypeNode t);
        R object(ObjectTypeNode t);
        R array(ArrayTypeNode t);
        R map(MapTypeNode t);
        R nullable(NullableTypeNode t);
    }

    enum Scalar { STRING, INT, LONG, DOUBLE, BOOLEAN, ANY }

    record ScalarTypeNode(Scalar scalar, Location location) implements TypeNode {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.scalar(this);
        }
    }

    record EnumTypeNode(List<Name> values, Location location) implements TypeNode {
        public EnumTypeNode {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.enumType(this);
        }
    }

    record ObjectTypeNode(List<FieldNode> fields, Location location) implements TypeNode {
        public ObjectTypeNode {
            fields = List.copyOf(fields);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.object(this);
        }
    }

    record ArrayTypeNode(TypeNode items, Location location) implements TypeNode {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.array(this);
        }
    }

    record MapTypeNode(TypeNode values, Location location) implements TypeNode {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.map(this);
        }
    }

    /** {@code T?}; {@code marks} counts the question marks ({@code T??} is an error). */
    record NullableTypeNode(TypeNode inner, int marks, Location location) implements TypeNode {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.nullable(this);
        }
    }
}
