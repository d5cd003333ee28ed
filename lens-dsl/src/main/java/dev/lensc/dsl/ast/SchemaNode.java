package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code schema Name { ... }}: versions, lenses, epochs and semantic markers in source order. */
public record SchemaNode(Name name, List<VersionNode> versions, List<LensNode> lenses, List<EpochNode> epochs,
        List<OpNode.SemanticOp> semantics, Location location) {
    public SchemaNode {
        versions = List.copyOf(versions);
        lenses = List.copyOf(lenses);
        epochs = List.copyOf(epochs);
        semantics = List.copyOf(semantics);
    }
}
