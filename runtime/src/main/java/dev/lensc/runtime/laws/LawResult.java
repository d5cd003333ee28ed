package dev.lensc.runtime.laws;

import java.util.List;

/**
 * The outcome of checking one law on one lens.
 *
 * @param lens which lens, e.g. {@code TodoItem 1 -> 3}
 * @param tries documents tried (up to the failing one)
 * @param seed the run's seed: the same seed and tries replay the same documents
 * @param counterexample the shrunk failure, or null
 * @param losses for an accepted loss, the declared or stated losses that explain it; for a failure,
 *     what static analysis finds (undeclared) that the ops changing the unexplained pointers lose; for a
 *     pass, what static analysis finds that may break this law
 * @param unexplained each pointer where the counterexample differs that no loss explains, with the
 *     ops that changed it ({@code /b (changed by 'convert b ...')}); empty unless FAILED
 */
public record LawResult(String lens, Law law, Status status, int tries, long seed, Counterexample counterexample,
        List<Loss> losses, List<String> unexplained) {

    public enum Status {
        /** No counterexample in all tries. */
        PASSED,
        /** A counterexample, and the lens does not declare the loss. */
        FAILED,
        /**
         * A counterexample whose every difference is explained by a loss the lens declares for this
         * law or that an op touching it states itself (a new field, a one-way convert entry).
         */
        ACCEPTED_LOSS
    }

    public LawResult {
        losses = List.copyOf(losses);
        unexplained = List.copyOf(unexplained);
    }

    public LawResult(String lens, Law law, Status status, int tries, long seed, Counterexample counterexample,
            List<Loss> losses) {
        this(lens, law, status, tries, seed, counterexample, losses, List.of());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** Static analysis names a loss that explains this law breaking. */
    public boolean explained() {
        return !losses.isEmpty();
    }
}
