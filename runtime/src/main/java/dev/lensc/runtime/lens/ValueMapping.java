package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One entry of a convert table. {@code BOTH} is {@code from <-> to}; {@code FORWARD} is
 * {@code from -> to} only (going back, {@code to} does not become {@code from}); {@code BACKWARD}
 * is {@code from <- to} only.
 */
public record ValueMapping(JsonNode from, JsonNode to, Direction direction) {

    public enum Direction {
        BOTH, FORWARD, BACKWARD;

        Direction reverse() {
            return switch (this) {
                case BOTH -> BOTH;
                case FORWARD -> BACKWARD;
                case BACKWARD -> FORWARD;
            };
        }
    }

    public ValueMapping {
        Objects.requireNonNull(from, "from (use NullNode for null)");
        Objects.requireNonNull(to, "to (use NullNode for null)");
        Objects.requireNonNull(direction, "direction");
    }

    public static ValueMapping both(JsonNode from, JsonNode to) {
        return new ValueMapping(from, to, Direction.BOTH);
    }

    public boolean forwards() {
        return direction != Direction.BACKWARD;
    }

    public boolean backwards() {
        return direction != Direction.FORWARD;
    }

    public ValueMapping reverse() {
        return new ValueMapping(to, from, direction.reverse());
    }
}
