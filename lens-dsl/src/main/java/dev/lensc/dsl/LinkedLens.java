package dev.lensc.dsl;

import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Lens;
import java.util.Objects;
import java.util.Set;

/**
 * A checked lens between two versions; {@code description} is null when the file gives none.
 *
 * @param acceptedLosses the laws the lens declares it may break ({@code lossy ...})
 */
public record LinkedLens(int from, int to, String description, Lens lens, Location location, Set<Law> acceptedLosses) {
    public LinkedLens(int from, int to, String description, Lens lens, Location location) {
        this(from, to, description, lens, location, Set.of());
    }

    public LinkedLens {
        Objects.requireNonNull(lens, "lens");
        Objects.requireNonNull(location, "location");
        acceptedLosses = Set.copyOf(acceptedLosses);
    }

    public LensEdge toEdge() {
        return new LensEdge(from, to, lens, description, acceptedLosses);
    }
}
