package dev.lensc.runtime.graph;

import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.lens.Lens;
import java.util.EnumSet;
import java.util.Set;

/**
 * One step of a {@linkplain DocumentType#route route} between two versions: a registered lens,
 * run the way it was written or reversed.
 */
public record Hop(LensEdge edge, boolean reversed) {

    public int from() {
        return reversed ? edge.to() : edge.from();
    }

    public int to() {
        return reversed ? edge.from() : edge.to();
    }

    /** The lens in this hop's direction. */
    public Lens lens() {
        return reversed ? edge.lens().reverse() : edge.lens();
    }

    /** The laws the lens's author accepted it may break, in this hop's direction. */
    public Set<Law> acceptedLosses() {
        Set<Law> out = EnumSet.noneOf(Law.class);
        for (Law law : edge.acceptedLosses()) {
            out.add(reversed ? law.reversed() : law);
        }
        return out;
    }

    @Override
    public String toString() {
        return from() + " -> " + to() + (reversed ? " (lens " + edge.from() + " -> " + edge.to() + " reversed)" : "");
    }
}
