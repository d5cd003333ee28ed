package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/** What a lens block holds: ops, and declarations about the lens as a whole. */
public sealed interface LensItem permits OpNode, LossDeclaration, ReuseDeclaration {
    Location location();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of item, so the compiler checks that every consumer handles each. */
    interface Visitor<R> {
        R op(OpNode op);
        R loss(LossDeclaration loss);
        R reuse(ReuseDeclaration reuse);
    }
}
