package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/** {@code mode read-new-write-old}: the schema's rollout phase; {@code mode} is the name as written. */
public record ModeNode(String mode, Location location) implements SchemaItem {
    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.mode(this);
    }
}
