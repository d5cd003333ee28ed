package dev.lensc.runtime.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The document types a program knows. A type is known by its lens model ({@link DocumentType},
 * interpreted and schema-checked), by translators that {@code lensc} generated
 * ({@link GeneratedLenses}, found through {@code ServiceLoader}), or both: then documents are
 * checked against the model's schemas and translated by the generated code.
 */
public final class VersionGraph {
    private final Map<String, DocumentType> types = new LinkedHashMap<>();
    /** By qualified name: one simple name may live in several packages. */
    private final Map<String, GeneratedLenses> generated = new LinkedHashMap<>();

    /** Every generated translator on the class path, with no hand wiring. */
    public static VersionGraph load(ClassLoader loader) {
        return new VersionGraph().useGenerated(loader);
    }

    public VersionGraph register(DocumentType type) {
        if (types.putIfAbsent(type.name(), type) != null) {
            throw new IllegalArgumentException("document type " + type.name() + " is already registered");
        }
        return this;
    }

    /** Translates with the generated code found on the class path wherever it covers a type. */
    public VersionGraph useGenerated(ClassLoader loader) {
        generated.putAll(GeneratedLenses.load(loader));
        return this;
    }

    public DocumentType type(String name) {
        DocumentType t = types.get(name);
        if (t == null) {
            throw unknown(name);
        }
        return t;
    }

    public Collection<DocumentType> types() {
        return Collections.unmodifiableCollection(types.values());
    }

    /** Every type name known: the models' names and the generated code's qualified names. */
    public SortedSet<String> typeNames() {
        SortedSet<String> names = new TreeSet<>(types.keySet());
        names.addAll(generated.keySet());
        return names;
    }

    public JsonNode translate(String type, JsonNode doc, int from, int to) {
        return translator(type).translate(doc, from, to, null);
    }

    public JsonNode translate(String type, JsonNode doc, int from, int to, JsonNode base) {
        return translator(type).translate(doc, from, to, base);
    }

    /**
     * The translator of a type: its generated code where there is some, checking documents against
     * the model's schemas when the model is registered too; otherwise the interpreter.
     */
    public Translator translator(String type) {
        DocumentType model = types.get(type);
        GeneratedLenses fast = generated(type);
        if (fast == null) {
            if (model == null) {
                throw unknown(type);
            }
            return model;
        }
        return model == null ? fast : new CheckedTranslator(model, fast);
    }

    /** Generated code, with inputs and bases checked against the model's schemas first, and outputs after. */
    private record CheckedTranslator(DocumentType model, GeneratedLenses fast) implements Translator {
        @Override
        public String documentType() {
            return fast.documentType();
        }

        @Override
        public SortedSet<Integer> versions() {
            return fast.versions();
        }

        @Override
        public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
            try {
                model.path(from, to); // unknown or unconnected versions fail as in the interpreter (cached, no search)
                model.check(doc, from, "document");
                if (base != null) {
                    model.check(base, to, "base document");
                }
                JsonNode out = fast.translate(doc, from, to, base);
                model.requireFits(to, out);
                return out;
            } catch (LensException e) {
                throw e.inContext(model.name(), from, to);
            }
        }

        /** Generated streaming translators check their input and output as they go (against the same schemas). */
        @Override
        public void translate(JsonParser in, JsonGenerator out, int from, int to) throws IOException {
            try {
                model.path(from, to);
                fast.translate(in, out, from, to);
            } catch (LensException e) {
                throw e.inContext(model.name(), from, to);
            }
        }
    }

    /**
     * The generated translators of a type named by its qualified name, or by its simple name when
     * only one package generated a type of that name.
     */
    private GeneratedLenses generated(String name) {
        GeneratedLenses exact = generated.get(name);
        if (exact != null) {
            return exact;
        }
        List<GeneratedLenses> bySimpleName = generated.values().stream()
                .filter(g -> g.documentType().equals(name)).toList();
        if (bySimpleName.size() > 1) {
            throw new LensException("document type '" + name + "' is generated in several packages: "
                    + bySimpleName.stream().map(GeneratedLenses::qualifiedName).toList()
                    + "; name it by its qualified name", null, null);
        }
        return bySimpleName.isEmpty() ? null : bySimpleName.get(0);
    }

    private LensException unknown(String name) {
        return new LensException("unknown document type '" + name + "'; known types: " + typeNames(), null, null);
    }
}
