package dev.lensc.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.lens.LensException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every document in every version of its type side by side ("per-version documents"), under
 * keys {@code type@version:id}. A write in version k is stored as written and carried to every
 * other version through the version graph, each onto the document already stored there, so what
 * only that version knows survives writers of other versions.
 *
 * <p>A write that cannot be carried to some version fails as a whole and stores nothing.
 */
public final class MultiVersionStore {
    private final SortedSet<Integer> versions;
    private final Translator translator;
    private final String keyPrefix;
    private final Map<String, Map<Integer, JsonNode>> documents = new ConcurrentHashMap<>();

    /**
     * A store over any translator: the interpreter ({@link DocumentType}, which checks every write
     * against its version's schema) or generated code ({@code VersionGraph.load(loader).translator("TodoItem")}).
     * Keys start with the type's name in kebab case ({@code todo-item@2:...}).
     */
    public MultiVersionStore(Translator translator) {
        this.versions = new java.util.TreeSet<>(translator.versions());
        this.translator = translator;
        this.keyPrefix = kebab(translator.documentType());
    }

    /** The storage key of a document in one version, e.g. {@code todo-item@2:6f1c...}. */
    public String key(int version, String id) {
        return keyPrefix + "@" + version + ":" + id;
    }

    /**
     * Stores a document written by a client of {@code version}, and its translation into every other
     * version; custom lenses are told {@code id} as the document id.
     */
    public synchronized void write(String id, int version, JsonNode doc) {
        Map<Integer, JsonNode> stored = documents.getOrDefault(id, Map.of());
        if (!versions.contains(version)) {
            throw new LensException("unknown version " + version + "; known versions: " + versions, null, null);
        }
        Map<Integer, JsonNode> next = new TreeMap<>();
        next.put(version, translator.translate(doc, version, version, null, id));
        for (int v : versions) {
            if (v != version) {
                try {
                    next.put(v, translator.translate(doc, version, v, stored.get(v), id));
                } catch (LensException e) {
                    throw new LensException("write of " + key(version, id) + " cannot be carried to version " + v
                            + ": " + e.getMessage(), e.pointer(), e.op());
                }
            }
        }
        documents.put(id, Collections.unmodifiableMap(next));
    }

    /** The document as a client of {@code version} reads it. */
    public Optional<JsonNode> read(String id, int version) {
        Map<Integer, JsonNode> stored = documents.get(id);
        return stored == null ? Optional.empty() : Optional.ofNullable(stored.get(version)).map(JsonNode::deepCopy);
    }

    /** Every stored document by key, in key order. */
    public Map<String, JsonNode> snapshot() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        new TreeMap<>(documents).forEach((id, byVersion) ->
                byVersion.forEach((v, doc) -> out.put(key(v, id), doc.deepCopy())));
        return out;
    }

    /** {@code TodoItem} becomes {@code todo-item} ({@link TypeNames#kebab}). */
    public static String kebab(String name) {
        return TypeNames.kebab(name);
    }
}
