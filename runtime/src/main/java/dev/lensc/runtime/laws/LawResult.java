package dev.lensc.runtime.laws;

import java.util.List;

/**
 * The outcome of checking one law on one lens.
 *
 * @param lens which lens, e.g. {@code TodoItem 1 -> 3}
 * @param tries documents tried (up to the failing one)
 * @param seed the run's seed: the same seed and tries replay the same documents
 * @param counterexample the shrunk failure, or null
 * @param losses the known losses that break this law (static analysis and declarations)
 */
public record LawResult(String lens, Law law, Status status, int tries, long seed, Counterexample counterexample,
        List<Loss> losses) {

    public enum Status {
        /** No counterexample in all tries. */
        PASSED,
        /** A counterexample, with no known loss to explain it. */
        FAILED,
        /** A counterexample that a known or declared loss explains. */
        EXPECTED_LOSS
    }

    public LawResult {
        losses = List.copyOf(losses);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
