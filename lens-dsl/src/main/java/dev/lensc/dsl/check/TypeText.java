package dev.lensc.dsl.check;

import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Types;
import java.util.ArrayList;
import java.util.List;

/** Types and fields as the DSL writes them, objects included ({@code {a: int, b: string?, c?: int}}), for messages. */
final class TypeText {
    private TypeText() {}

    static String display(Type type) {
        if (type instanceof Type.ObjectType o) {
            List<String> fields = new ArrayList<>();
            for (Field f : o.fields()) {
                fields.add(field(f));
            }
            return "{" + String.join(", ", fields) + "}";
        } else if (type instanceof Type.NullableType n) {
            return display(n.inner()) + "?";
        } else if (type instanceof Type.ArrayType a) {
            return "[" + display(a.items()) + "]";
        } else if (type instanceof Type.MapType m) {
            return "map<" + display(m.values()) + ">";
        }
        return Types.display(type);
    }

    /** {@code name[?]: T [= default]}, the {@code ?} written where the field's presence needs it. */
    static String field(Field f) {
        return DslText.name(f.name()) + (optionalMark(f) ? "?" : "") + ": " + display(f.type())
                + (f.defaultValue() == null ? "" : " = " + f.defaultValue());
    }

    /** Whether the field is optional only through the {@code ?} after its name. */
    static boolean optionalMark(Field f) {
        return f.optional() && !TypeResolver.field(f.name(), false, f.type(), f.defaultValue()).optional();
    }
}
