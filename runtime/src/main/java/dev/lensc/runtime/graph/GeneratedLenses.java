package dev.lensc.runtime.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedSet;

/**
 * Translators that {@code lensc} generated for one document type. Generated code registers an
 * implementation in {@code META-INF/services/dev.lensc.runtime.graph.GeneratedLenses}, so a
 * program finds them with {@link #load(ClassLoader)} instead of wiring them by hand.
 *
 * <p>A generated translator gives the same results as the interpreter running the lens model
 * on documents that are valid in their version.
 */
public interface GeneratedLenses extends Translator {

    /** Every registered implementation on the class path, by document type name. */
    static Map<String, GeneratedLenses> load(ClassLoader loader) {
        Map<String, GeneratedLenses> out = new LinkedHashMap<>();
        for (GeneratedLenses g : ServiceLoader.load(GeneratedLenses.class, loader)) {
            GeneratedLenses previous = out.putIfAbsent(g.documentType(), g);
            if (previous != null) {
                throw new IllegalStateException("two generated translators for document type '" + g.documentType()
                        + "': " + previous.getClass().getName() + " and " + g.getClass().getName());
            }
        }
        return out;
    }
}
