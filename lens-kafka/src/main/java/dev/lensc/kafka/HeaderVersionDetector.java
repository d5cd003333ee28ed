package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.header.Headers;

/** Reads the version from a header holding a decimal number; the record's value is the document. */
record HeaderVersionDetector(String header) implements VersionDetector {

    @Override
    public Detection detect(Headers headers, JsonNode value) {
        String text = LensHeaders.text(headers, header);
        if (text == null) {
            return new Detection.Missing("the record has no " + header + " header");
        }
        try {
            return new Detection.Found(Integer.parseInt(text.strip()), value);
        } catch (NumberFormatException e) {
            return new Detection.Missing("the " + header + " header is '" + text + "', not a version number");
        }
    }

    @Override
    public JsonNode publish(JsonNode document, int version, Detection.Found source) {
        return document;
    }
}
