package dev.lensc.dsl.parser;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.AssemblyNode;
import dev.lensc.dsl.ast.EnvelopeNode;
import dev.lensc.dsl.ast.EpochNode;
import dev.lensc.dsl.ast.GateNode;
import dev.lensc.dsl.ast.LensItem;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.LossDeclaration;
import dev.lensc.dsl.ast.ModeNode;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.dsl.ast.ReuseDeclaration;
import dev.lensc.dsl.ast.SchemaItem;
import dev.lensc.dsl.ast.SchemaNode;
import dev.lensc.dsl.ast.SemanticNode;
import dev.lensc.dsl.ast.VersionNode;
import java.util.ArrayList;
import java.util.List;

/** Sorts the items of a block into the AST's lists; a declaration in the wrong block is reported there. */
final class BlockItems {
    private BlockItems() {}

    /** A schema block's items by kind; a loss declaration there is reported: it belongs in a lens. */
    static final class Schema implements SchemaItem.Visitor<Void> {
        final List<VersionNode> versions = new ArrayList<>();
        final List<LensNode> lenses = new ArrayList<>();
        final List<EpochNode> epochs = new ArrayList<>();
        final List<SemanticNode> semantics = new ArrayList<>();
        final List<ModeNode> modes = new ArrayList<>();
        final List<GateNode> gates = new ArrayList<>();
        final List<EnvelopeNode> envelopes = new ArrayList<>();
        final List<AssemblyNode> assemblies = new ArrayList<>();
        private final Diagnostics diagnostics;

        Schema(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        @Override
        public Void version(VersionNode version) {
            versions.add(version);
            return null;
        }

        @Override
        public Void lens(LensNode lens) {
            lenses.add(lens);
            return null;
        }

        @Override
        public Void epoch(EpochNode epoch) {
            epochs.add(epoch);
            return null;
        }

        @Override
        public Void semantic(SemanticNode semantic) {
            semantics.add(semantic);
            return null;
        }

        @Override
        public Void mode(ModeNode mode) {
            modes.add(mode);
            return null;
        }

        @Override
        public Void gate(GateNode gate) {
            gates.add(gate);
            return null;
        }

        @Override
        public Void envelope(EnvelopeNode envelope) {
            envelopes.add(envelope);
            return null;
        }

        @Override
        public Void assembly(AssemblyNode assembly) {
            assemblies.add(assembly);
            return null;
        }

        SchemaNode.SyncItems sync() {
            return new SchemaNode.SyncItems(semantics, epochs, modes, gates, envelopes);
        }

        @Override
        public Void loss(LossDeclaration loss) {
            diagnostics.error(loss.location(), DiagnosticCode.INVALID_OP, "'lossy' declares what a lens may break;"
                    + " it belongs inside a lens block", "move it into the lens it is about: lens <from> -> <to> { ..."
                    + " lossy <law> \"why\" }");
            return null;
        }
    }

    /** A lens block's ops and declarations; inside {@code in} and {@code map} a declaration is reported. */
    static final class Lens implements LensItem.Visitor<Void> {
        final List<OpNode> ops = new ArrayList<>();
        final List<LossDeclaration> losses = new ArrayList<>();
        final List<ReuseDeclaration> reuses = new ArrayList<>();
        private final Diagnostics diagnostics;
        private final boolean nested;

        Lens(Diagnostics diagnostics, boolean nested) {
            this.diagnostics = diagnostics;
            this.nested = nested;
        }

        @Override
        public Void op(OpNode op) {
            ops.add(op);
            return null;
        }

        @Override
        public Void loss(LossDeclaration loss) {
            if (nested) {
                misplaced(loss.location(), "'lossy' declares what a whole lens may break", "");
            } else {
                losses.add(loss);
            }
            return null;
        }

        @Override
        public Void reuse(ReuseDeclaration reuse) {
            if (nested) {
                misplaced(reuse.location(), "'reuse' declares a field name the whole lens brings back",
                        " and name the field by its path: reuse <host>.<field> \"why\"");
            } else {
                reuses.add(reuse);
            }
            return null;
        }

        private void misplaced(Location at, String what, String more) {
            diagnostics.error(at, DiagnosticCode.INVALID_OP, what + "; it belongs directly in the lens block, not inside"
                    + " 'in' or 'map'", "move it to the top level of the lens" + more);
        }
    }

    /** The ops of an {@code assemble} input's block: ops that are no lens of their own, so a declaration there is reported. */
    static final class InputOps implements LensItem.Visitor<Void> {
        final List<OpNode> ops = new ArrayList<>();
        private final Diagnostics diagnostics;

        InputOps(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        @Override
        public Void op(OpNode op) {
            ops.add(op);
            return null;
        }

        @Override
        public Void loss(LossDeclaration loss) {
            return misplaced(loss.location(), "'lossy'");
        }

        @Override
        public Void reuse(ReuseDeclaration reuse) {
            return misplaced(reuse.location(), "'reuse'");
        }

        private Void misplaced(Location at, String what) {
            diagnostics.error(at, DiagnosticCode.INVALID_OP, what + " declares something about a lens; the ops of an"
                    + " 'assemble' input only pick the fields it supplies", "remove it");
            return null;
        }
    }
}
