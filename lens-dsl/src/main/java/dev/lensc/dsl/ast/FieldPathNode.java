package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;
import java.util.stream.Collectors;

/** A field named by its path, {@code meta.dots}, as written. */
public record FieldPathNode(List<Name> names, Location location) {
    public FieldPathNode {
        names = List.copyOf(names);
    }

    public List<String> texts() {
        return names.stream().map(Name::text).toList();
    }

    /** The path as written, names joined by dots. */
    public String text() {
        return names.stream().map(Name::text).collect(Collectors.joining("."));
    }
}
