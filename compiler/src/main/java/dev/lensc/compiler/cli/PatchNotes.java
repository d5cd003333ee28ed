package dev.lensc.compiler.cli;

import dev.lensc.runtime.patch.PatchTranslation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code lensc patch} says about a translation, on standard error in op order: each dropped op
 * and each reading as a warning, each rejected op as an error, all naming the op's index and JSON
 * pointer. A translation with a rejection is not printed: the command exits 1.
 */
final class PatchNotes {
    private PatchNotes() {}

    /** Prints the notes; true when the translated patch may be printed (nothing was rejected). */
    static boolean report(PatchTranslation t, PrintStream err) {
        List<PatchTranslation.Note> notes = new ArrayList<>(t.dropped());
        notes.addAll(t.warnings());
        notes.addAll(t.rejected());
        notes.sort(Comparator.comparingInt(PatchTranslation.Note::index));
        for (PatchTranslation.Note n : notes) {
            err.println(line(n));
        }
        if (t.isRejected()) {
            err.println("error: the patch is not translated: " + t.rejected().size() + " of its ops "
                    + (t.rejected().size() == 1 ? "is" : "are") + " rejected");
        }
        return !t.isRejected();
    }

    private static String line(PatchTranslation.Note n) {
        if (n instanceof PatchTranslation.Dropped) {
            return "warning: dropped " + n.describe();
        } else if (n instanceof PatchTranslation.Rejected r) {
            String hint = r.cause() == PatchTranslation.Cause.NEEDS_DOCUMENT
                    ? "\n  hint: pass the document the patch applies to with --doc DOC.json" : "";
            return "error: rejected " + n.describe() + hint;
        }
        return "warning: " + n.describe();
    }
}
