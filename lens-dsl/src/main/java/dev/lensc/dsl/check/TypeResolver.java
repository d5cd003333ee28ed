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
            fields.add(field(f.name().text(), f.optional(), type, def));
        }
        return new Type.ObjectType(fields);
    }

    /**
     * {@code name?: T} may be absent; otherwise presence follows the runtime's rule for a field as
     * written without the mark (its three-argument {@link Field} constructor), so declared and derived
     * fields agree.
     */
    static Field field(String name, boolean optional, Type type, JsonNode defaultValue) {
        return optional ? new Field(name, type, defaultValue, true) : new Field(name, type, defaultValue);
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
        return node.accept(resolve);
    }

    private final TypeNode.Visitor<Type> resolve = new TypeNode.Visitor<>() {
        @Override
        public Type scalar(TypeNode.ScalarTypeNode s) {
            return switch (s.scalar()) {
                case STRING -> new Type.StringType();
                case INT -> new Type.IntType();
                case LONG -> new Type.LongType();
                case DOUBLE -> new Type.DoubleType();
                case BOOLEAN -> new Type.BooleanType();
                case ANY -> new Type.AnyType();
            };
        }

        @Override
        public Type enumType(TypeNode.EnumTypeNode e) {
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
        }

        @Override
        public Type object(TypeNode.ObjectTypeNode o) {
            return TypeResolver.this.object(o.fields());
        }

        @Override
        public Type array(TypeNode.ArrayTypeNode a) {
            return new Type.ArrayType(type(a.items()));
        }

        @Override
        public Type map(TypeNode.MapTypeNode m) {
            return new Type.MapType(type(m.values()));
        }

        @Override
        public Type nullable(TypeNode.NullableTypeNode n) {
            if (n.marks() > 1) {
                diagnostics.error(n.location(), DiagnosticCode.INVALID_SCHEMA, "a type takes one '?'", null);
            }
            return Type.nullable(type(n.inner()));
        }
    };
}
