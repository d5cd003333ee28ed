package dev.lensc.dsl;

import dev.lensc.runtime.graph.LensEdge;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Derivation;
import dev.lensc.runtime.lens.Lens;
import java.util.Objects;
import java.util.Set;

/**
 * A checked lens between two versions; {@code description} is null when the file gives none.
 *
 * @param acceptedLosses the laws the lens declares it may break ({@code lossy ...})
 * @param derivation the lens's ops on its source version's type as the checker derived them, handed
 *     on to {@link dev.lensc.runtime.graph.DocumentType} so it need not derive them again; null when
 *     the checker found problems in the lens
 */
public record LinkedLens(int from, int to, String description, Lens lens, Location location, Set<Law> acceptedLosses,
        Derivation derivation) {
    public LinkedLens(int from, int to, String description, Lens lens, Location location) {
        this(from, to, description, lens, location, Set.of(), null);
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
