package dev.lensc.runtime.lens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.laws.Law;
import dev.lensc.runtime.schema.Type;
import java.util.Map;

/**
 * A hand-written lens on the value of one field, for migrations no table can say (an add-only set
 * becoming an observed-remove set). Implementations must not mutate their arguments and must have
 * a public no-argument constructor when named from a {@code .lens} file.
 *
 * <p>The law checks ({@code lensc check}, {@code lens:check}, {@code LensLaws}) run a custom lens on
 * generated values like a built-in op: {@code backward(forward(a, null), a) == a} (GetPut),
 * {@code forward(backward(b, null), b) == b} (PutGet onto base), and so on. A lens that cannot keep
 * a law says so in {@link #losses()}; the checks then expect exactly that: every other law holds,
 * and each declared one shows a counterexample.
 *
 * <p>Implement the two-argument methods; a lens that needs to know where it runs (to make
 * deterministic ids from the document id and the pointer, say) overrides the three-argument ones.
 */
public interface CustomLens {

    /**
     * @param value the field's value in the source version (never a Java null; JSON null is NullNode)
     * @param base the field's value in an existing target-version document, or null when there is none
     */
    JsonNode forward(JsonNode value, JsonNode base);

    /** The inverse direction: {@code base} is the field's value in an existing source-version document. */
    JsonNode backward(JsonNode value, JsonNode base);

    /** {@link #forward(JsonNode, JsonNode)}, told where it runs; what every caller calls. */
    default JsonNode forward(JsonNode value, JsonNode base, LensContext context) {
        return forward(value, base);
    }

    /** {@link #backward(JsonNode, JsonNode)}, told where it runs; what every caller calls. */
    default JsonNode backward(JsonNode value, JsonNode base, LensContext context) {
        return backward(value, base);
    }

    /** The field's type after {@link #forward}; unchanged by default. */
    default Type forwardType(Type sourceType) {
        return sourceType;
    }

    /** The field's type after {@link #backward}; unchanged by default. */
    default Type backwardType(Type targetType) {
        return targetType;
    }

    /**
     * The laws this lens does not keep going forward (from the field's older type to its newer),
     * each with why; none by default: it keeps them all. Static loss analysis reports them as the
     * lens's own losses (no {@code lossy} declaration needed), and the law checks expect a
     * counterexample for each.
     */
    default Map<Law, String> losses() {
        return Map.of();
    }

    /**
     * The laws this lens does not keep run the other way (a lens from the newer version to the
     * older, as every lens is also checked). By default {@link #losses()} seen from the other side:
     * GetPut and PutGet onto base swap, the others stay themselves.
     */
    default Map<Law, String> lossesGoingBack() {
        Map<Law, String> out = new java.util.EnumMap<>(Law.class);
        losses().forEach((law, why) -> out.put(law.reversed(), why));
        return out;
    }
}
