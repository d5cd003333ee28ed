package dev.lensc.runtime.lens;

/**
 * Receives what {@link SchemaTransform} finds wrong with an op against the schema it runs on. The
 * DSL checker attaches source positions to the op; {@link #throwing()} fails at the first problem.
 */
@FunctionalInterface
public interface SchemaProblems {

    void report(Problem problem);

    static SchemaProblems throwing() {
        return p -> {
            throw new LensException(p.text(), null, LensOps.describe(p.op()));
        };
    }

    static SchemaProblems ignoring() {
        return p -> {};
    }
}
