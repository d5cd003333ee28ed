package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.header.Headers;

/**
 * Tells which version a record is written in, and gives a translated document the form its topic
 * carries. Two come with Lensc: {@link #header()} (the {@code lensc-version} header) and
 * {@link #field(String)} (a member of the document itself); an envelope that wraps the document
 * is a third implementation of this interface.
 */
public interface VersionDetector {

    /** The version of a record and the document to translate, or why neither can be told. */
    Detection detect(Headers headers, JsonNode value);

    /** The value to publish for {@code document}, translated to {@code version}. */
    JsonNode publish(JsonNode document, int version);

    /** What {@link #detect} found. */
    sealed interface Detection {
        /** The record is written in {@code version}; {@code document} is what the lenses translate. */
        record Found(int version, JsonNode document) implements Detection {}

        /** The record does not tell its version; {@code reason} says why. */
        record Missing(String reason) implements Detection {}
    }

    /** The version from the {@code lensc-version} header; the value is the document as it is. */
    static VersionDetector header() {
        return new HeaderVersionDetector(LensHeaders.VERSION);
    }

    /**
     * The version from a top-level member of the document (e.g. {@code "schemaVersion": 2}),
     * removed before translation and written first into every translated document.
     */
    static VersionDetector field(String name) {
        return new FieldVersionDetector(name);
    }
}
