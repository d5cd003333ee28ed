package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code lens A -> B ["description"] { ops }}; {@code description} is null when absent. */
public record LensNode(int from, int to, String description, List<OpNode> ops, Location location) {
    public LensNode {
        ops = List.copyOf(ops);
    }
}
