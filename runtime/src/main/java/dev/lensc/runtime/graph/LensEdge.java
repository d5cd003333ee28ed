package dev.lensc.runtime.graph;

import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Lens;
import java.util.Objects;
import java.util.Set;

/**
 * A lens registered between two versions of one document type.
 *
 * @param acceptedLosses laws the lens's author declared it may break (in either direction)
 */
public record LensEdge(int from, int to, Lens lens, String description, Set<Law> acceptedLosses) {
    public LensEdge(int from, int to, Lens lens, String description) {
        this(from, to, lens, description, Set.of());
    }

    public LensEdge {
        Objects.requireNonNull(lens, "lens");
        acceptedLosses = Set.copyOf(acceptedLosses);
        if (from == to) {
            throw new IllegalArgumentException("a lens joins two different versions, not " + from + " and " + to);
        }
    }
}
