package dev.lensc.runtime.sync;

import java.util.Optional;

/**
 * The replica's side of a decision: the epoch it is in, and the rollout mode when it differs from
 * the schema's declared one (a canary in {@code read-new-write-new} while the fleet is in
 * {@code read-new-write-old}).
 */
public record WritePolicy(int currentEpoch, Optional<CompatibilityMode> mode) {
    public WritePolicy {
        if (currentEpoch < 0) {
            throw new IllegalArgumentException("an epoch is 0 or more: " + currentEpoch);
        }
    }

    public static WritePolicy inEpoch(int epoch) {
        return new WritePolicy(epoch, Optional.empty());
    }

    public WritePolicy withMode(CompatibilityMode m) {
        return new WritePolicy(currentEpoch, Optional.of(m));
    }
}
