package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.LensContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom lens for the tests that leaves its value as it is and writes down where it ran: the
 * context it was told, and which way it ran. A value {@code "boom"} makes it fail.
 */
public final class ContextRecorder implements CustomLens {
    private static final List<String> CALLS = new ArrayList<>();

    /** What was recorded since the last call, and forgets it. */
    static synchronized List<String> take() {
        List<String> out = List.copyOf(CALLS);
        CALLS.clear();
        return out;
    }

    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        throw new AssertionError("called without a context");
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        throw new AssertionError("called without a context");
    }

    @Override
    public JsonNode forward(JsonNode value, JsonNode base, LensContext context) {
        return record("forward", value, context);
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base, LensContext context) {
        return record("backward", value, context);
    }

    private static JsonNode record(String direction, JsonNode value, LensContext context) {
        synchronized (ContextRecorder.class) {
            CALLS.add(direction + " " + context);
        }
        if (value.isTextual() && value.textValue().equals("boom")) {
            throw new IllegalArgumentException("boom");
        }
        return value;
    }
}
