package dev.lensc.dsl;

import dev.lensc.runtime.lens.Lens;
import java.util.Objects;

/** A checked lens between two versions; {@code description} is null when the file gives none. */
public record LinkedLens(int from, int to, String description, Lens lens, Location location) {
    public LinkedLens {
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(location, "location");
    }
}
