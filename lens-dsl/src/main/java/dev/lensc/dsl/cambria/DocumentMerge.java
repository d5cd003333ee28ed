package dev.lensc.dsl.cambria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Putting a translated document onto a base document. */
final class DocumentMerge {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentMerge() {}

    /**
     * The translated document over the base, merged at every depth of nested objects: a field the
     * translation does not hold keeps the base's value; where both hold a value, the translation's
     * wins (arrays included: the lens has already put array items onto the base's items).
     */
    static JsonNode over(JsonNode base, JsonNode translated) {
        if (base == null || !base.isObject() || !translated.isObject()) {
            return translated;
        }
        ObjectNode out = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = base.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode mine = translated.get(e.getKey());
            out.set(e.getKey(), mine == null ? e.getValue().deepCopy() : over(e.getValue(), mine));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = translated.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!base.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * The same document with object keys in the order the base has them (keys the base lacks come
     * after, in their own order). Only the order changes, so a round trip prints as the original.
     */
    static JsonNode orderedLike(JsonNode value, JsonNode base) {
        if (base == null) {
            return value;
        }
        if (value.isObject() && base.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<String> it = base.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (value.has(key)) {
                    out.set(key, orderedLike(value.get(key), base.get(key)));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!out.has(e.getKey())) {
                    out.set(e.getKey(), e.getValue());
                }
            }
            return out;
        }
        if (value.isArray() && base.isArray()) {
            ArrayNode out = NODES.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(i < base.size() ? orderedLike(value.get(i), base.get(i)) : value.get(i));
            }
            return out;
        }
        return value;
    }
}
