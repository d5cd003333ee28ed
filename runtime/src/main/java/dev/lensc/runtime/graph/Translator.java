package dev.lensc.runtime.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.StrictJson;
import java.io.IOException;
import java.util.SortedSet;

/**
 * Translates documents of one type between any two of its versions: the interpreter running the
 * lens model ({@link DocumentType}) or code that {@code lensc} generated ({@link GeneratedLenses}).
 * Stores, streams and servers take a {@code Translator} and do not care which.
 */
public interface Translator {

    /** The document type's name, as its {@code .lens} schema spells it. */
    String documentType();

    /** The versions this translator joins (every pair of them). */
    SortedSet<Integer> versions();

    /**
     * Translates {@code doc} from version {@code from} to version {@code to}; {@code base}, when not
     * null, is an existing document of version {@code to} whose data the result keeps wherever
     * {@code doc} has no say (fields version {@code from} does not know, the tail of a wrapped array).
     * With {@code from == to} the result is a copy of {@code doc}. The result shares no nodes with
     * the arguments.
     *
     * @throws dev.lensc.runtime.lens.LensException naming the JSON pointer, the versions and the op
     */
    JsonNode translate(JsonNode doc, int from, int to, JsonNode base);

    default JsonNode translate(JsonNode doc, int from, int to) {
        return translate(doc, from, to, null);
    }

    /**
     * {@link #translate(JsonNode, int, int, JsonNode)} of the document with id {@code documentId} (may
     * be null), for custom lenses that make deterministic output from it
     * ({@link dev.lensc.runtime.lens.LensContext#documentId()}). Stores and streams call this one with
     * their key. By default the id is not passed on: a translator without custom lenses translates
     * as without it (generated code for a type with custom lenses overrides this and tells them).
     */
    default JsonNode translate(JsonNode doc, int from, int to, JsonNode base, String documentId) {
        return translate(doc, from, to, base);
    }

    /**
     * Translates one document from {@code in} (at its first token, or before it) to {@code out}
     * (not flushed), with the same results and failures as {@link #translate(JsonNode, int, int)},
     * and leaves {@code in} at the document's last token, so a stream of documents translates one
     * after another. On a failure what was written is incomplete: discard it.
     *
     * <p>This default reads the document into a tree ({@link StrictJson#readValue}), translates it and
     * writes the result; generated translators stream instead, holding no tree where the lens allows.
     *
     * @throws dev.lensc.runtime.lens.LensException naming the JSON pointer, the versions and the op
     * @throws IOException when reading or writing fails, or the input is not JSON
     */
    default void translate(JsonParser in, JsonGenerator out, int from, int to) throws IOException {
        StrictJson.write(translate(StrictJson.readValue(in, "the stream"), from, to, null), out);
    }
}
