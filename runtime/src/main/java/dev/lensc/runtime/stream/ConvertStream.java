package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code convert} on a streamed value: read (checked against its type) and mapped through the
 * op's table or coercion. A type with few values (boolean, enum, and null where nullable) has their
 * images computed once, when built, so such a value goes straight to its image; what has none (a
 * value the convert fails on) takes the general way and fails there. Immutable and thread-safe.
 */
public final class ConvertStream implements ValueStream {
    private final TypeStream values;
    private final UnaryOperator<JsonNode> convert;
    private final Constant ifNull;
    private final Constant ifTrue;
    private final Constant ifFalse;
    private final Map<String, Constant> texts = new HashMap<>();

    private ConvertStream(Type type, String context, UnaryOperator<JsonNode> convert) {
        this.values = TypeStream.of(type, context);
        this.convert = convert;
        Type inner = Type.nonNull(type);
        this.ifNull = type.isNullable() ? image(NullNode.getInstance()) : null;
        boolean bool = inner instanceof Type.BooleanType;
        this.ifTrue = bool ? image(BooleanNode.TRUE) : null;
        this.ifFalse = bool ? image(BooleanNode.FALSE) : null;
        if (inner instanceof Type.EnumType e) {
            for (String v : e.values()) {
                Constant image = image(TextNode.valueOf(v));
                if (image != null) {
                    texts.put(v, image);
                }
            }
        }
    }

    /** Values of {@code type} through {@code convert}, the op on one value. */
    public static ConvertStream of(Type type, String context, UnaryOperator<JsonNode> convert) {
        return new ConvertStream(type, context, convert);
    }

    private Constant image(JsonNode value) {
        try {
            return Constant.of(convert.apply(value));
        } catch (LensException e) {
            return null;
        }
    }

    @Override
    public void stream(JsonParser p, JsonGenerator g) throws IOException {
        JsonToken t = p.currentToken();
        Constant image = t == JsonToken.VALUE_TRUE ? ifTrue : t == JsonToken.VALUE_FALSE ? ifFalse
                : t == JsonToken.VALUE_NULL ? ifNull : t == JsonToken.VALUE_STRING ? texts.get(p.getText()) : null;
        if (image != null) {
            image.write(g);
            return;
        }
        JsonNode value = values.read(p);
        JsonNode result;
        try {
            result = convert.apply(value);
        } catch (LensException e) {
            HeldFailure.fail(StreamChecks.failedAt(e, p));
            g.writeNull();
            return;
        }
        StreamChecks.write(result, g);
    }
}
