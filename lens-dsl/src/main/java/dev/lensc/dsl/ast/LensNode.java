package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/**
 * {@code lens A -> B ["description"] { ... }}: its ops, and apart from them what it declares about
 * itself ({@code lossy}, {@code reuse}), each in source order; {@code description} is null when absent.
 */
public record LensNode(int from, int to, String description, List<OpNode> ops, List<LossDeclaration> losses,
        List<ReuseDeclaration> reuses, Location location) implements SchemaItem {
    public LensNode {
        ops = List.copyOf(ops);
        losses = List.copyOf(losses);
        reuses = List.copyOf(reuses);
    }

    @Override
    public <R> R accept(SchemaItem.Visitor<R> visitor) {
        return visitor.lens(this);
    }
}
