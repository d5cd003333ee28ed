package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.CustomLens;
import java.util.Iterator;

/** A custom lens for the tests: a tag list becomes a set ({@code {"tag": true}}) and back. */
public final class TagsToSet implements CustomLens {
    @Override
    public JsonNode forward(JsonNode value, JsonNode base) {
        if (!value.isArray()) {
            throw new IllegalArgumentException("tags must be an array");
        }
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        value.forEach(tag -> set.put(tag.asText(), true));
        return set;
    }

    @Override
    public JsonNode backward(JsonNode value, JsonNode base) {
        ArrayNode tags = JsonNodeFactory.instance.arrayNode();
        for (Iterator<String> it = value.fieldNames(); it.hasNext();) {
            tags.add(it.next());
        }
        return tags;
    }
}
