package dev.lensc.runtime.graph;

import com.fasterxml.jackson.databind.JsonNode;
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
}
