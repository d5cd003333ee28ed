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

    /**
     * The document type's name qualified by the Java package of its generated code
     * ({@code com.example.todo.TodoItem}): two types of one name in two packages stay apart.
     */
    default String qualifiedName() {
        String pkg = getClass().getPackageName();
        return pkg.isEmpty() ? documentType() : pkg + "." + documentType();
    }

    /** Every registered implementation on the class path, by {@linkplain #qualifiedName() qualified name}. */
    static Map<String, GeneratedLenses> load(ClassLoader loader) {
        Map<String, GeneratedLenses> out = new LinkedHashMap<>();
        for (GeneratedLenses g : ServiceLoader.load(GeneratedLenses.class, loader)) {
            GeneratedLenses previous = out.putIfAbsent(g.qualifiedName(), g);
            if (previous != null) {
                throw new IllegalStateException("two generated translators for document type '" + g.qualifiedName()
                        + "': " + previous.getClass().getName() + " and " + g.getClass().getName());
            }
        }
        return out;
    }
}
