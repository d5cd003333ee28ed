package dev.lensc.dsl.ast;

import dev.lensc.dsl.Location;
import java.util.List;

/** {@code schema Name { ... }}: versions, lenses, sync rules and assembled versions, each kind in source order. */
public record SchemaNode(Name name, List<VersionNode> versions, List<LensNode> lenses, SyncItems sync,
        List<AssemblyNode> assemblies, Location location) {
    public SchemaNode {
        versions = List.copyOf(versions);
        lenses = List.copyOf(lenses);
        assemblies = List.copyOf(assemblies);
    }

    /** The schema's sync rules as written: semantic fields, epochs, modes, gates and envelopes. */
    public record SyncItems(List<SemanticNode> semantics, List<EpochNode> epochs, List<ModeNode> modes,
            List<GateNode> gates, List<EnvelopeNode> envelopes) {
        public SyncItems {
            semantics = List.copyOf(semantics);
            epochs = List.copyOf(epochs);
            modes = List.copyOf(modes);
            gates = List.copyOf(gates);
            envelopes = List.copyOf(envelopes);
        }
    }
}
