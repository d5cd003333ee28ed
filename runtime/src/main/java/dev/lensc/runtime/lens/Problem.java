package dev.lensc.runtime.lens;

/**
 * What {@link SchemaTransform} finds wrong with an op against the schema it runs on, as data: the
 * DSL maps {@link Kind} to its diagnostic code in one switch and places the problem at the op (or
 * at the field name {@link #subject} within it), never by reading the message.
 *
 * @param op the op the problem is about, as given to the transform (its origin travels with it)
 * @param subject the name the problem is about (a field, a host) or null when it is the whole op
 * @param hint a suggestion ("did you mean 'isDone'?") or null
 */
public record Problem(Kind kind, LensOp op, String subject, String message, String hint) {

    public enum Kind {
        /** The op names a field the schema does not have at that point ({@link #subject} is the name). */
        UNKNOWN_FIELD,
        /** The op would write a field that already exists. */
        FIELD_EXISTS,
        /** The op needs an object, an array or another kind of value than the schema has there. */
        WRONG_SHAPE,
        /** A type declared in the op (remove, convert) differs from the schema's. */
        DECLARED_TYPE_DIFFERS,
        /** A default value does not fit its type. */
        DEFAULT_TYPE,
        /** A convert table entry does not fit its side's type. */
        CONVERT_ENTRY,
        /** The key of {@code map by key} cannot identify the items ({@link #subject} is the key). */
        INVALID_KEY
    }

    public String text() {
        return message + (hint == null ? "" : " (" + hint + ")");
    }
}
