package dev.lensc.runtime.laws;

import dev.lensc.runtime.lens.LensOp;
import java.util.Set;

/**
 * A place where an op cannot keep some laws, and why.
 *
 * @param implicit the op itself says so, and no declaration is needed: a field that only the newer
 *     version has ({@code add}), a one-way convert entry, a fallback
 */
public record Loss(LensOp op, Set<Law> laws, String reason, boolean implicit) {
    public Loss {
        laws = Set.copyOf(laws);
    }

    public Loss(LensOp op, Set<Law> laws, String reason) {
        this(op, laws, reason, false);
    }
}
