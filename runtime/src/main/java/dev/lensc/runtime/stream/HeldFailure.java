package dev.lensc.runtime.stream;

import dev.lensc.runtime.lens.LensException;

/**
 * An op's failure met while a document streams, held until the rest of the input has been read:
 * the tree translator checks its whole input before any op runs, so a document that does not fit
 * fails for that even where an op would fail on a value before the misfit. Where an op fails, the
 * stream writes null in place of the value and reads on (what it writes after that is never a
 * result: the translation ends in a failure); the first failure held is thrown at the document's
 * end, unless the input fails first. An output that does not fit its version is held apart and
 * thrown only where no op failed, as the tree translator checks its output after all ops ran. Outside {@link StreamChecks#translate} a failure is thrown at once.
 */
final class HeldFailure {
    /** Each thread's holder, kept (a document costs a look-up, not a new entry). */
    private static final ThreadLocal<HeldFailure> HELD = ThreadLocal.withInitial(HeldFailure::new);

    private boolean open;
    private LensException op;
    private LensException output;

    private HeldFailure() {}

    /** This thread's holder, to {@link #open} for a document. */
    static HeldFailure current() {
        return HELD.get();
    }

    /**
     * Starts holding for a document; returns what to give {@link #close}: null, or the state of the
     * document whose op started this one (a translation nested in a custom lens).
     */
    HeldFailure open() {
        HeldFailure outer = null;
        if (open) {
            outer = new HeldFailure();
            outer.open = true;
            outer.op = op;
            outer.output = output;
        }
        open = true;
        op = null;
        output = null;
        return outer;
    }

    /** Stops holding for the document; {@code outer} is what {@link #open} returned. */
    void close(HeldFailure outer) {
        open = outer != null;
        op = outer == null ? null : outer.op;
        output = outer == null ? null : outer.output;
    }

    /** Throws the failure held for the document, if any: its input has been read whole and fits. */
    void throwHeld() {
        if (op != null || output != null) {
            throw op != null ? op : output;
        }
    }

    /** Holds {@code e} (unless an op's failure is held already) while a document streams; throws it otherwise. */
    static void fail(LensException e) {
        HeldFailure held = HELD.get();
        if (!held.open) {
            throw e;
        }
        if (held.op == null) {
            held.op = e;
        }
    }

    /** {@link #fail} for an output that does not fit the target version. */
    static void misfit(LensException e) {
        HeldFailure held = HELD.get();
        if (!held.open) {
            throw e;
        }
        if (held.output == null) {
            held.output = e;
        }
    }
}
