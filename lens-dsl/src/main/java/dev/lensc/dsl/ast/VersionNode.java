package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code version N { fields }}. */
public record VersionNode(int number, List<FieldNode> fields, Location location) {
    public VersionNode {
        fields = List.copyOf(fields);
    }
}
