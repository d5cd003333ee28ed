package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code reuse flag "why"} (or {@code reuse addr.city "why"}): a field name an earlier lens removed
 * comes back in this lens on purpose, for the reason given.
 */
public record ReuseDeclaration(List<Name> path, String reason, Location location) implements LensItem {
    public ReuseDeclaration {
        path = List.copyOf(path);
    }

    /** The field's path as the checker names it: names joined by dots. */
    public String pathText() {
        return path.stream().map(Name::text).collect(Collectors.joining("."));
    }

    @Override
    public <R> R accept(LensItem.Visitor<R> visitor) {
        return visitor.reuse(this);
    }
}
