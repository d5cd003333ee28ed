package dev.lensc.runtime.laws;

import java.util.List;

/**
 * The outcome of checking one law on one lens.
 *
 * @param lens which lens, e.g. {@code TodoItem 1 -> 3}
 * @param tries documents tried (up to the failing one)
 * @param seed the run's seed: the same seed and tries replay the same documents
 * @param counterexample the shrunk failure, or null
 * @param losses what static analysis finds that breaks this law: the likely explanation of a failure
 */
public record LawResult(String lens, Law law, Status status, int tries, long seed, Counterexample counterexample,
        List<Loss> losses) {

    public enum Status {
        /** No counterexample in all tries. */
        PASSED,
        /** A counterexample, and the lens does not declare the loss. */
        FAILED,
        /**
         * A counterexample for a law the lens declares it may break, or that only losses its ops
         * state themselves explain (a new field, a one-way convert entry).
         */
        ACCEPTED_LOSS
    }

    public LawResult {
        losses = List.copyOf(losses);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** Static analysis names a loss that explains this law breaking. */
    public boolean explained() {
        return !losses.isEmpty();
    }
}
