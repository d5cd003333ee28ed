package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;

/**
 * What a schema block holds. A loss declaration parses here only to be reported: it belongs in a
 * lens.
 */
public sealed interface SchemaItem permits VersionNode, LensNode, EpochNode, SemanticNode, ModeNode, GateNode,
        EnvelopeNode, LossDeclaration, AssemblyNode {
    Location location();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of item, so the compiler checks that every consumer handles each. */
    interface Visitor<R> {
        R version(VersionNode version);
        R lens(LensNode lens);
        R epoch(EpochNode epoch);
        R semantic(SemanticNode semantic);
        R mode(ModeNode mode);
        R gate(GateNode gate);
        R envelope(EnvelopeNode envelope);
        R loss(LossDeclaration loss);
        R assembly(AssemblyNode assembly);
    }
}
