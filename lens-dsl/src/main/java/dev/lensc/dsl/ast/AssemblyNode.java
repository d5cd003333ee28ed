package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/**
 * {@code assemble version N { inputs }}: version N of the schema is built from its other versions
 * and from documents of other schemas that reference it (Chesterfield's target-oriented
 * transformer).
 */
public record AssemblyNode(int version, Location versionLocation, List<InputNode> inputs, Location location)
        implements SchemaItem {
    public AssemblyNode {
        inputs = List.copyOf(inputs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.assembly(this);
    }

    /**
     * {@code isDone from Status version 1 by todoId { ops }}: the fields the document of
     * {@code schema@version} whose field {@code reference} holds this document's key supplies,
     * through {@code ops} (empty when the names already match).
     */
    public record InputNode(List<Name> fields, Name schema, int version, Location versionLocation, Name reference,
            List<OpNode> ops, Location location) {
        public InputNode {
            fields = List.copyOf(fields);
            ops = List.copyOf(ops);
        }
    }
}
