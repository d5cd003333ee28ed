package dev.lensc.dsl.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.ast.FieldNode;
import dev.lensc.dsl.ast.Name;
import dev.lensc.dsl.ast.TypeNode;
import dev.lensc.dsl.ast.ValueNode;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Written types to runtime types; reports duplicate names, {@code T??} and defaults that do not fit. */
final class TypeResolver {
    private final Diagnostics diagnostics;

    TypeResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Type.ObjectType object(List<FieldNode> nodes) {
        List<Field> fields = new ArrayList<>();
        Map<String, Name> seen = new HashMap<>();
        for (FieldNode f : nodes) {
            Type type = type(f.type());
            Name first = seen.putIfAbsent(f.name().text(), f.name());
            if (first != null) {
                diagnostics.error(f.name().location(), DiagnosticCode.DUPLICATE, "field '" + f.name().text()
                        + "' is declared twice", "first declared at " + first.location());
                continue;
            }
            if (f.name().text().isEmpty()) {
                diagnostics.error(f.name().location(), DiagnosticCode.INVALID_SCHEMA, "a field name cannot be empty");
            }
            JsonNode def = null;
            if (f.defaultValue() != null && checkDefault(f.name().text(), f.defaultValue(), type)) {
                def = f.defaultValue().value();
            }
            fields.add(new Field(f.name().text(), type, def));
        }
        return new Type.ObjectType(fields);
    }

    /** Whether the value fits; reports it when it does not. */
    boolean checkDefault(String field, ValueNode value, Type type) {
        List<Violation> violations = SchemaValidator.validate(value.value(), type);
        if (violations.isEmpty()) {
            return true;
        }
        Violation v = violations.get(0);
        diagnostics.error(value.location(), DiagnosticCode.DEFAULT_TYPE, "the default " + value.value() + " of '"
                + field + "' is not of type " + TypeText.display(type)
                + (v.pointer().isEmpty() ? "" : ": at " + v.pointer() + ": " + v.message()),
                type.isNullable() ? null : value.value().isNull()
                        ? "make the type nullable (" + TypeText.display(type) + "?) to allow null"
                        : "give a default of type " + TypeText.display(type));
        return false;
    }

    Type type(TypeNode node) {
        if (node instanceof TypeNode.ScalarTypeNode s) {
            switch (s.scalar()) {
                case STRING: return new Type.StringType();
                case INT: return new Type.IntType();
                case LONG: return new Type.LongType();
                case DOUBLE: return new Type.DoubleType();
                case BOOLEAN: return new Type.BooleanType();
                default: return new Type.AnyType();
            }
        } else if (node instanceof TypeNode.EnumTypeNode e) {
            List<String> values = new ArrayList<>();
            for (Name n : e.values()) {
                if (values.contains(n.text())) {
                    diagnostics.error(n.location(), DiagnosticCode.DUPLICATE, "enum value '" + n.text()
                            + "' is listed twice");
                } else {
                    values.add(n.text());
                }
            }
            return new Type.EnumType(values);
        } else if (node instanceof TypeNode.ObjectTypeNode o) {
            return object(o.fields());
        } else if (node instanceof TypeNode.ArrayTypeNode a) {
            return new Type.ArrayType(type(a.items()));
        } else if (node instanceof TypeNode.MapTypeNode m) {
            return new Type.MapType(type(m.values()));
        } else {
            TypeNode.NullableTypeNode n = (TypeNode.NullableTypeNode) node;
            if (n.marks() > 1) {
                diagnostics.error(n.location(), DiagnosticCode.INVALID_SCHEMA, "a type takes one '?'",
                        null);
            }
            return Type.nullable(type(n.inner()));
        }
    }
}
