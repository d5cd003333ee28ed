package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/**
 * {@code envelope "todo-item" { schema: type  version: version  _id: id "{type}@{version}:{key}" }}:
 * which document fields carry the type, the version and the id.
 *
 * @param typeName the type as documents spell it, or null for the schema's name
 */
public record EnvelopeNode(String typeName, Location typeNameLocation, List<EnvelopeFieldNode> fields,
        Location location) implements SchemaItem {
    public EnvelopeNode {
        fields = List.copyOf(fields);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.envelope(this);
    }

    /** {@code _id: id "{type}@{version}:{key}"}: a document field and its role; the pattern is null when not written. */
    public record EnvelopeFieldNode(Name field, Name role, String pattern, Location patternLocation) {}
}
