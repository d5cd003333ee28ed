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
public interface GeneratedLenses {

    /** The document type's name, as {@link DocumentType#name()} spells it. */
    String documentType();

    /**
     * The document type's name qualified by the Java package of its generated code
     * ({@code com.example.todo.TodoItem}): two types of one name in two packages stay apart.
     */
    default String qualifiedName() {
        String pkg = getClass().getPackageName();
        return pkg.isEmpty() ? documentType() : pkg + "." + documentType();
    }

    /** The versions the generated code translates between (every pair of them). */
    SortedSet<Integer> versions();

    /**
     * Translates {@code doc} from version {@code from} to version {@code to}; {@code base}, when
     * not null, is an existing document of version {@code to} (see
     * {@link DocumentType#translate(JsonNode, int, int, JsonNode)}). The result shares no nodes
     * with the arguments.
     */
    JsonNode translate(JsonNode doc, int from, int to, JsonNode base);

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
