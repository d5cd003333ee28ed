package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.header.Headers;

/**
 * Reads the version from a top-level member of the document, an integer. The member is not part of
 * the schema: it is taken out before translation and put back, first, with the target version.
 */
record FieldVersionDetector(String member) implements VersionDetector {

    @Override
    public Detection detect(Headers headers, JsonNode value) {
        if (!value.isObject()) {
            return new Detection.Missing("the document is not an object, so it has no '" + member + "' member");
        }
        JsonNode v = value.get(member);
        if (v == null) {
            return new Detection.Missing("the document has no '" + member + "' member");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            return new Detection.Missing("the '" + member + "' member is " + v + ", not a version number");
        }
        ObjectNode document = ((ObjectNode) value).deepCopy();
        document.remove(member);
        return new Detection.Found(v.intValue(), document, value);
    }

    @Override
    public JsonNode publish(JsonNode document, int version, Detection.Found source) {
        if (!document.isObject()) {
            return document;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put(member, version);
        out.setAll((ObjectNode) document);
        return out;
    }
}
