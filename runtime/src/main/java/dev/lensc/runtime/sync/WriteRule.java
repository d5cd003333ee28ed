package dev.lensc.runtime.sync;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule of an epoch: {@code reject writes to tags from versions < 3: "reason"}, or
 * {@code accept writes to notes from versions < 3} (an exception to a rule without a field).
 *
 * @param field the field the rule is about; empty for every field
 * @param belowVersion the rule is about writers of versions below this one
 * @param reason why, for a reject rule (shown to the writer); empty for an accept rule
 */
public record WriteRule(Kind kind, Optional<FieldPath> field, int belowVersion, String reason) {
    public enum Kind { REJECT, ACCEPT }

    public WriteRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        reason = reason == null ? "" : reason;
    }

    public static WriteRule reject(String field, int belowVersion, String reason) {
        return new WriteRule(Kind.REJECT, Optional.ofNullable(field).map(FieldPath::of), belowVersion, reason);
    }

    public static WriteRule accept(String field, int belowVersion) {
        return new WriteRule(Kind.ACCEPT, Optional.of(FieldPath.of(field)), belowVersion, "");
    }

    /** Whether the rule speaks about a write at {@code pointer} by a writer of {@code version}. */
    public boolean covers(String pointer, int version) {
        return version < belowVersion && field.map(f -> f.writtenBy(pointer)).orElse(true);
    }

    /** How specific the rule is: the length of its field path, 0 for every field. */
    int specificity() {
        return field.map(f -> f.names().size()).orElse(0);
    }

    /** The rule as the {@code .lens} file writes it. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " writes" + field.map(f -> " to " + f).orElse("")
                + " from versions < " + belowVersion + (reason.isEmpty() ? "" : ": \"" + reason + "\"");
    }
}
