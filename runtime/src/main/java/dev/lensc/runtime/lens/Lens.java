package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of ops from a source version to a target version.
 *
 * <ul>
 *   <li>{@code forward(a)} is get; {@code forward(a, b)} translates onto an existing target document
 *       {@code b}, keeping what only the target version holds.</li>
 *   <li>{@code backward(b, a)} is put; {@code backward(b)} is create (defaults fill the rest).</li>
 * </ul>
 * Results never share nodes with the arguments, and the arguments are never changed.
 */
public record Lens(List<LensOp> ops) {

    public Lens {
        ops = List.copyOf(ops);
    }

    public static Lens of(LensOp... ops) {
        return new Lens(List.of(ops));
    }

    public JsonNode forward(JsonNode source) {
        return forward(source, null);
    }

    /** @param base an existing document of the target version, or null */
    public JsonNode forward(JsonNode source, JsonNode base) {
        return Interpreter.run(ops, source, base, "").deepCopy();
    }

    /** {@link #forward(JsonNode, JsonNode)}, telling custom lenses where they run. */
    public JsonNode forward(JsonNode source, JsonNode base, LensContext context) {
        return Interpreter.run(ops, source, base, context).deepCopy();
    }

    public JsonNode backward(JsonNode target) {
        return backward(target, null);
    }

    /** @param base the original document of the source version, or null to create one */
    public JsonNode backward(JsonNode target, JsonNode base) {
        return reverse().forward(target, base);
    }

    public Lens reverse() {
        return new Lens(LensOp.reverseAll(ops));
    }

    public Lens andThen(Lens next) {
        List<LensOp> all = new ArrayList<>(ops);
        all.addAll(next.ops);
        return new Lens(all);
    }

    /** The target version's type, derived from the source version's. */
    public Type targetType(Type sourceType) {
        return SchemaTransform.apply(ops, sourceType);
    }
}
