package dev.lensc.runtime.laws;

import dev.lensc.runtime.lens.LensOp;
import java.util.Set;

/** A place where an op cannot keep some laws, and why. */
public record Loss(LensOp op, Set<Law> laws, String reason) {
    public Loss {
        laws = Set.copyOf(laws);
    }
}
