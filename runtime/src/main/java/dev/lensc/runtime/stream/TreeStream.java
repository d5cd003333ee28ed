package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensScope;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * A value whose ops do not stream: read into a tree (checked against its type), run through the
 * tree translator's code, and written; null stays null where the type allows it. Where the ops'
 * output is not vouched for by their derived schema, it is checked against {@code output}. Inside a
 * translation that tells custom lenses where they are ({@link LensScope}), the ops run at the
 * value's pointer in the input. Immutable and thread-safe.
 */
public final class TreeStream implements ValueStream {
    private final TypeStream values;
    private final boolean nullable;
    private final UnaryOperator<JsonNode> ops;
    private final Type output;
    private final String outputContext;
    private final String culprit;

    private TreeStream(Type type, String context, UnaryOperator<JsonNode> ops, Type output, String outputContext,
            String culprit) {
        this.values = TypeStream.of(type, context);
        this.nullable = type.isNullable();
        this.ops = ops;
        this.output = output;
        this.outputContext = outputContext;
        this.culprit = culprit;
    }

    /** Values of {@code type} through {@code ops} (which may change the tree they are given). */
    public static TreeStream of(Type type, String context, UnaryOperator<JsonNode> ops) {
        return new TreeStream(type, context, ops, null, null, null);
    }

    /**
     * {@link #of(Type, String, UnaryOperator)} with the result checked against {@code output}: a
     * misfit's message starts with {@code outputContext} and names {@code culprit} (or no op, when null).
     */
    public static TreeStream of(Type type, String context, UnaryOperator<JsonNode> ops, Type output,
            String outputContext, String culprit) {
        return new TreeStream(type, context, ops, output, outputContext, culprit);
    }

    @Override
    public void stream(JsonParser p, JsonGenerator g) throws IOException {
        JsonNode value = values.read(p);
        if (nullable && value.isNull()) {
            g.writeNull();
            return;
        }
        JsonNode result;
        LensContext outer = LensScope.current() == LensContext.NONE ? null
                : LensScope.enter(LensScope.current().at(StreamChecks.pointer(p)));
        try {
            result = ops.apply(value);
        } catch (LensException e) {
            HeldFailure.fail(StreamChecks.at(e, StreamChecks.pointer(p)));
            g.writeNull();
            return;
        } finally {
            if (outer != null) {
                LensScope.restore(outer);
            }
        }
        if (output != null) {
            try {
                StreamChecks.requireFits(result, output, outputContext, StreamChecks.pointer(p), culprit);
            } catch (LensException e) {
                HeldFailure.misfit(e);
                g.writeNull();
                return;
            }
        }
        StreamChecks.write(result, g);
    }
}
