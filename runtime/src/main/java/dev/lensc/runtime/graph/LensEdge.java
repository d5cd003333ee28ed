package dev.lensc.runtime.graph;

import dev.lensc.runtime.lens.Lens;
import java.util.Objects;

/** A lens registered between two versions of one document type. */
public record LensEdge(int from, int to, Lens lens, String description) {
    public LensEdge {
        Objects.requireNonNull(lens, "lens");
        if (from == to) {
            throw new IllegalArgumentException("a lens joins two different versions, not " + from + " and " + to);
        }
    }
}
