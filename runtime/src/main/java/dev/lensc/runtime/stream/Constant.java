package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;

/**
 * A value known before the stream starts (an added field's, a convert's image), written as the
 * tree writer writes it: text encoded once, and a string, boolean, null or int told apart once,
 * when built, not at every write.
 */
final class Constant {
    private static final int TEXT = 0;
    private static final int BOOLEAN = 1;
    private static final int NULL = 2;
    private static final int INT = 3;
    private static final int OTHER = 4;

    private final JsonNode value;
    private final int kind;
    private final SerializableString text;

    private Constant(JsonNode value) {
        this.value = value;
        this.kind = value.isTextual() ? TEXT : value.isBoolean() ? BOOLEAN : value.isNull() ? NULL
                : value.getClass() == IntNode.class ? INT : OTHER;
        this.text = kind == TEXT ? WrittenText.of(value.textValue()) : null;
    }

    static Constant of(JsonNode value) {
        return value == null ? null : new Constant(value);
    }

    void write(JsonGenerator g) throws IOException {
        switch (kind) {
            case TEXT -> g.writeString(text);
            case BOOLEAN -> g.writeBoolean(value.booleanValue());
            case NULL -> g.writeNull();
            case INT -> g.writeNumber(value.intValue());
            default -> StreamChecks.write(value, g);
        }
    }
}
