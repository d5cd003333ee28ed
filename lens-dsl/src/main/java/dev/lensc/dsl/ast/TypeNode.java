package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** A type as written. */
public sealed interface TypeNode {
    Location location();

    enum Scalar { STRING, INT, LONG, DOUBLE, BOOLEAN, ANY }

    record ScalarTypeNode(Scalar scalar, Location location) implements TypeNode {}

    record EnumTypeNode(List<Name> values, Location location) implements TypeNode {
        public EnumTypeNode {
            values = List.copyOf(values);
        }
    }

    record ObjectTypeNode(List<FieldNode> fields, Location location) implements TypeNode {
        public ObjectTypeNode {
            fields = List.copyOf(fields);
        }
    }

    record ArrayTypeNode(TypeNode items, Location location) implements TypeNode {}

    record MapTypeNode(TypeNode values, Location location) implements TypeNode {}

    /** {@code T?}; {@code marks} counts the question marks ({@code T??} is an error). */
    record NullableTypeNode(TypeNode inner, int marks, Location location) implements TypeNode {}
}
