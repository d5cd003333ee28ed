package dev.lensc.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;

/**
 * Says whether a document fits a version of its type, by throwing a
 * {@link dev.lensc.runtime.lens.LensException} naming the pointer when it does not. The store checks
 * every document it is given and every translation it stores. The interpreter ({@link DocumentType})
 * checks by itself; generated translators check nothing, so a store over generated code should be
 * given a check (or the model, through {@code VersionGraph.register}).
 */
@FunctionalInterface
public interface DocumentCheck {

    void check(JsonNode doc, int version);

    DocumentCheck NONE = (doc, version) -> { };

    /** The model's schemas. */
    static DocumentCheck of(DocumentType model) {
        return (doc, version) -> model.check(doc, version, "document");
    }
}
