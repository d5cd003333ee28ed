package it.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.lens.CustomLens;

/** A custom lens that reverses a string: its own inverse. */
public class Reverse implements CustomLens {
    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        return value.isTextual() ? TextNode.valueOf(new StringBuilder(value.asText()).reverse().toString()) : value;
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        return forward(value, null);
    }
}
