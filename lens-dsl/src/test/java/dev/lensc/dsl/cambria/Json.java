package dev.lensc.dsl.cambria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helper: JSON written with single quotes for readability. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError("bad test JSON: " + text, e);
        }
    }

    static CambriaLens lens(String... yamlLines) {
        return CambriaLensReader.parse(String.join("\n", yamlLines), "test.lens.yml");
    }
}
