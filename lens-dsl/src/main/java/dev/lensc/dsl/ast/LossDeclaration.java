package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/**
 * {@code lossy PutGet, CreateGet "why"}: the lens's author accepts that the lens breaks these laws;
 * {@code reason} is null when not given. A declaration about the lens, not an op on documents.
 */
public record LossDeclaration(List<Name> laws, String reason, Location location) implements LensItem, SchemaItem {
    public LossDeclaration {
        laws = List.copyOf(laws);
    }

    @Override
    public <R> R accept(LensItem.Visitor<R> visitor) {
        return visitor.loss(this);
    }

    @Override
    public <R> R accept(SchemaItem.Visitor<R> visitor) {
        return visitor.loss(this);
    }
}
