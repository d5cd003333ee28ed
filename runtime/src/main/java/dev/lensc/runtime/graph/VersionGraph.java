package dev.lensc.runtime.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The document types a program knows, each with its versions and lenses. */
public final class VersionGraph {
    private final Map<String, DocumentType> types = new LinkedHashMap<>();

    public VersionGraph register(DocumentType type) {
        if (types.putIfAbsent(type.name(), type) != null) {
            throw new IllegalArgumentException("document type " + type.name() + " is already registered");
        }
        return this;
    }

    public DocumentType type(String name) {
        DocumentType t = types.get(name);
        if (t == null) {
            throw new LensException("unknown document type '" + name + "'; known types: " + types.keySet(), null, null);
        }
        return t;
    }

    public Collection<DocumentType> types() {
        return Collections.unmodifiableCollection(types.values());
    }

    public JsonNode translate(String type, JsonNode doc, int from, int to) {
        return type(type).translate(doc, from, to);
    }

    public JsonNode translate(String type, JsonNode doc, int from, int to, JsonNode base) {
        return type(type).translate(doc, from, to, base);
    }
}
