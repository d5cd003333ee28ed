package dev.lensc.runtime.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A named field of an object type. {@code defaultValue} is the value a writer that does not know
 * the field gives it; {@code null} means "no declared default" (the type's own default applies).
 */
public record Field(String name, Type type, JsonNode defaultValue) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public Field(String name, Type type) {
        this(name, type, null);
    }

    /** The declared default, or the type's own default when none was declared. */
    public JsonNode effectiveDefault() {
        return defaultValue != null ? defaultValue : Types.defaultValue(type);
    }
}
