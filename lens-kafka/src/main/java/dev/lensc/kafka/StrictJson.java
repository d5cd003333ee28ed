package dev.lensc.kafka;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;

/**
 * Reads record values as the design asks of all input: strictly (a duplicate key, trailing tokens
 * or invalid UTF-8 is an error, never a silent last-one-wins) and exactly (numbers keep their
 * digits). Writes compact JSON.
 */
final class StrictJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private StrictJson() {}

    /** Thrown for bytes that are not one strict JSON document; the message names line:column. */
    static final class MalformedJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedJson(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static JsonNode read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new MalformedJson("invalid JSON: the value is empty", null);
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "at " + at.getLineNr() + ":" + at.getColumnNr() + ": ";
            throw new MalformedJson(where + "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedJson("invalid JSON: " + e.getMessage(), e);
        }
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written: " + e.getOriginalMessage(), e);
        }
    }
}
