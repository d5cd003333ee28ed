package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code version N { fields }}. */
public record VersionNode(int number, List<FieldNode> fields, Location location) implements SchemaItem {
    public VersionNode {
        fields = List.copyOf(fields);
    }

    @Override
    public <R> R accept(SchemaItem.Visitor<R> visitor) {
        return visitor.version(this);
    }
}
