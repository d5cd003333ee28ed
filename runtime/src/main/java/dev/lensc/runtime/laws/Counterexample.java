package dev.lensc.runtime.laws;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A shrunk document that breaks a law.
 *
 * @param input the document the law starts from (a of A, or b of B)
 * @param original the other document the law uses as a base, or null
 * @param translated the input after its first trip
 * @param roundTripped the document after the trip back, to compare with the input (null on error)
 * @param pointer where {@code roundTripped} first differs from {@code input}
 * @param problem what went wrong, in words
 */
public record Counterexample(JsonNode input, JsonNode original, JsonNode translated, JsonNode roundTripped,
        String pointer, String problem) {}
