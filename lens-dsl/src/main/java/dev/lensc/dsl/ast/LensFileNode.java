package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** A whole {@code .lens} file. {@code packageName} is null when the file declares none. */
public record LensFileNode(String file, String packageName, List<SchemaNode> schemas, Location location) {
    public LensFileNode {
        schemas = List.copyOf(schemas);
    }
}
