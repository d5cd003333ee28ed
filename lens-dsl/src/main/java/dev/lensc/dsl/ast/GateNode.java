package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/** {@code gate assignees min-version 3: "reason"}. */
public record GateNode(FieldPathNode field, int minVersion, Location versionLocation, String reason,
        Location location) implements SchemaItem {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.gate(this);
    }
}
