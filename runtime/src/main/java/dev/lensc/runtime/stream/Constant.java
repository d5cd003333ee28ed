package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;

/** A value known before the stream starts (an added field's, a convert's image), text encoded once. */
final class Constant {
    private final JsonNode value;
    private final SerializedString text;

    private Constant(JsonNode value) {
        this.value = value;
        this.text = value.isTextual() ? new SerializedString(value.textValue()) : null;
    }

    static Constant of(JsonNode value) {
        return value == null ? null : new Constant(value);
    }

    /** Writes the value as the tree writer writes it. */
    void write(JsonGenerator g) throws IOException {
        if (text != null) {
            g.writeString(text);
        } else if (value.isBoolean()) {
            g.writeBoolean(value.booleanValue());
        } else if (value.isNull()) {
            g.writeNull();
        } else if (value.getClass() == IntNode.class) {
            g.writeNumber(value.intValue());
        } else {
            StreamChecks.write(value, g);
        }
    }
}
