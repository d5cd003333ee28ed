package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/** {@code semantic meta.dots} in a schema block: a field whose meaning affects merging. */
public record SemanticNode(FieldPathNode field, Location location) implements SchemaItem {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.semantic(this);
    }
}
