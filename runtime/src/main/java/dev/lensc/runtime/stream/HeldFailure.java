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
    /** The failures held for the document streaming on this thread (an op's, an output's), or none outside one. */
    private static final ThreadLocal<LensException[]> HELD = new ThreadLocal<>();

    private HeldFailure() {}

    /** Starts holding for a document; returns what to give {@link #close} (a translation nested in an op's). */
    static LensException[] open() {
        LensException[] outer = HELD.get();
        HELD.set(new LensException[2]);
        return outer;
    }

    /** Stops holding for the document; {@code outer} is what {@link #open} returned. */
    static void close(LensException[] outer) {
        if (outer == null) {
            HELD.remove();
        } else {
            HELD.set(outer);
        }
    }

    /** Holds {@code e} (unless a failure is held already) while a document streams; throws it otherwise. */
    static void fail(LensException e) {
        hold(e, 0);
    }

    /** {@link #fail} for an output that does not fit the target version. */
    static void misfit(LensException e) {
        hold(e, 1);
    }

    private static void hold(LensException e, int slot) {
        LensException[] held = HELD.get();
        if (held == null) {
            throw e;
        }
        if (held[slot] == null) {
            held[slot] = e;
        }
    }

    /** Throws the failure held for the document, if any: its input has been read whole and fits. */
    static void throwHeld() {
        LensException[] held = HELD.get();
        if (held != null && (held[0] != null || held[1] != null)) {
            throw held[0] != null ? held[0] : held[1];
        }
    }
}
