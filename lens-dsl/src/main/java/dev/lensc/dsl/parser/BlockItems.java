package dev.lensc.dsl.parser;

import dev.lensc.dsl.DiagnosticCode;
import dev.lensc.dsl.Diagnostics;
import dev.lensc.dsl.Location;
import dev.lensc.dsl.ast.EpochNode;
import dev.lensc.dsl.ast.LensItem;
import dev.lensc.dsl.ast.LensNode;
import dev.lensc.dsl.ast.LossDeclaration;
import dev.lensc.dsl.ast.OpNode;
import dev.lensc.dsl.ast.ReuseDeclaration;
import dev.lensc.dsl.ast.SchemaItem;
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
        final List<OpNode.SemanticOp> semantics = new ArrayList<>();
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
        public Void semantic(OpNode.SemanticOp semantic) {
            semantics.add(semantic);
            return null;
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
}
