package dev.lensc.dsl.testlenses;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.CustomLens;

/** A custom lens the DSL cannot instantiate. */
public final class NoDefaultConstructor implements CustomLens {
    public NoDefaultConstructor(String unused) {}

    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        return value;
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        return value;
    }
}
