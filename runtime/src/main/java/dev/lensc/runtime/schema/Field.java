package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A named field of an object type. Presence and nullability are separate: {@code optional} says the
 * field may be absent from a document, {@link Type.NullableType} says its value may be {@code null}.
 * {@code defaultValue} is the value a reader sees for an absent field (and a writer that does not
 * know the field gives it); {@code null} means "no declared default". A field with a default is
 * always optional.
 */
public record Field(String name, Type type, JsonNode defaultValue, boolean optional) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        optional = optional || defaultValue != null;
    }

    /**
     * A field that may be absent when it declares a default or its type is nullable (the rule before
     * presence was modelled on its own).
     */
    public Field(String name, Type type, JsonNode defaultValue) {
        this(name, type, defaultValue, defaultValue != null || type.isNullable());
    }

    public Field(String name, Type type) {
        this(name, type, null);
    }

    public boolean required() {
        return !optional;
    }

    /** The declared default, or the type's own default when none was declared. */
    public JsonNode effectiveDefault() {
        return defaultValue != null ? defaultValue : Types.defaultValue(type);
    }
}
