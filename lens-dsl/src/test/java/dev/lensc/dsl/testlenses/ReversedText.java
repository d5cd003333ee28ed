package dev.lensc.dsl.testlenses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.lens.CustomLens;

/** A lawful custom lens for tests: text reversed going forward, and back again. */
public final class ReversedText implements CustomLens {
    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        return value.isTextual() ? new TextNode(new StringBuilder(value.textValue()).reverse().toString()) : value;
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        return forward(value, base);
    }
}
