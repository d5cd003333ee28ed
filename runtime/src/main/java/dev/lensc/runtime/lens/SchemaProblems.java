package dev.lensc.runtime.lens;

/**
 * Receives what {@link SchemaTransform} finds wrong with an op against the schema it runs on. The
 * DSL checker attaches source positions to the op; {@link #throwing()} fails at the first error.
 */
public interface SchemaProblems {

    /** @param hint a suggestion ("did you mean 'isDone'?") or null */
    void error(LensOp op, String message, String hint);

    default void warning(LensOp op, String message, String hint) {}

    static SchemaProblems throwing() {
        return (op, message, hint) -> {
            throw new LensException(message + (hint == null ? "" : " (" + hint + ")"), null, LensOps.describe(op));
        };
    }
}
