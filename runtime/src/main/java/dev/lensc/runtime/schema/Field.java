package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A named field of an object type. Presence and nullability are independent: {@code optional} says
 * the field may be absent from a document, {@link Type.NullableType} says its value may be
 * {@code null}. A field is required (must be present), optional without a default (may be absent,
 * and then is absent), or optional with a default (a reader sees {@code defaultValue} when it is
 * absent, and a writer that does not know the field gives it). A nullable field without a default
 * is required: it must be present, its value may be null. {@code defaultValue} null means "no
 * declared default"; a field with a default is always optional.
 */
public record Field(String name, Type type, JsonNode defaultValue, boolean optional) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        optional = optional || defaultValue != null;
    }

    /** A field that is optional exactly when it declares a default (required otherwise). */
    public Field(String name, Type type, JsonNode defaultValue) {
        this(name, type, defaultValue, defaultValue != null);
    }

    /** A required field. */
    public Field(String name, Type type) {
        this(name, type, null);
    }

    /** A field that may be absent and has no default (the DSL's {@code name?: T}). */
    public static Field optional(String name, Type type) {
        return new Field(name, type, null, true);
    }

    /** The same field with another type and default, present exactly when it was. */
    public Field with(Type newType, JsonNode newDefault) {
        return new Field(name, newType, newDefault, optional);
    }

    public boolean required() {
        return !optional;
    }

    /** The declared default, or the type's own default when none was declared. */
    public JsonNode effectiveDefault() {
        return defaultValue != null ? defaultValue : Types.defaultValue(type);
    }
}
