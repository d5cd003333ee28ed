package dev.lensc.dsl.testlenses;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.schema.Type;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link ReversedText} that counts how often a schema is derived through it: each derivation of a
 * chain holding a custom op asks the op's lens for the field's type exactly once.
 */
public final class CountedText implements CustomLens {
    public static final AtomicInteger FORWARD_TYPES = new AtomicInteger();
    public static final AtomicInteger BACKWARD_TYPES = new AtomicInteger();

    private final ReversedText text = new ReversedText();

    public static void reset() {
        FORWARD_TYPES.set(0);
        BACKWARD_TYPES.set(0);
    }

    @Override
    public Type forwardType(Type sourceType) {
        FORWARD_TYPES.incrementAndGet();
        return sourceType;
    }

    @Override
    public Type backwardType(Type targetType) {
        BACKWARD_TYPES.incrementAndGet();
        return targetType;
    }

    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        return text.forward(value, base);
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        return text.backward(value, base);
    }
}
