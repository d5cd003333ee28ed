package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.schema.Type;

/**
 * A hand-written lens on the value of one field, for migrations no table can say (an add-only set
 * becoming an observed-remove set). Implementations must not mutate their arguments and must have
 * a public no-argument constructor when named from a {@code .lens} file.
 *
 * <p>The laws the engine checks apply: {@code backward(forward(a, null), a) == a} and
 * {@code forward(backward(b, null), b) == b}.
 */
public interface CustomLens {

    /**
     * @param value the field's value in the source version (never a Java null; JSON null is NullNode)
     * @param base the field's value in an existing target-version document, or null when there is none
     */
    JsonNode forward(JsonNode value, JsonNode base);

    /** The inverse direction: {@code base} is the field's value in an existing source-version document. */
    JsonNode backward(JsonNode value, JsonNode base);

    /** The field's type after {@link #forward}; unchanged by default. */
    default Type forwardType(Type sourceType) {
        return sourceType;
    }

    /** The field's type after {@link #backward}; unchanged by default. */
    default Type backwardType(Type targetType) {
        return targetType;
    }
}
