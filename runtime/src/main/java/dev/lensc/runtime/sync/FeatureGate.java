package dev.lensc.runtime.sync;

import java.util.Objects;

/**
 * {@code gate assignees min-version 3: "reason"}: once an object uses the field (present, not
 * null, not an empty array or object), writers of versions below {@code minVersion} may no longer
 * write it on that object; objects that do not use it yet still take their writes.
 */
public record FeatureGate(FieldPath field, int minVersion, String reason) {
    public FeatureGate {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "gate " + field + " min-version " + minVersion + ": \"" + reason + "\"";
    }
}
