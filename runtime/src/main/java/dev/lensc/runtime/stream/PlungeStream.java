package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;

/**
 * {@code plunge field -> host} in an object read from a stream, for the streaming translators (the
 * generated ones and the interpreter): the object is written as it is read, in the input's key
 * order, and only the plunged field's value is held, or, when the host comes first, the host and
 * what the object writes after it until its end. The results are those of the tree op: the field
 * moves to the end of a host that is there; a null host takes a non-null field as a new host
 * holding only it (a null field leaves it null); an absent host is appended as a new one where
 * the op's other appended fields put it ({@link Level#newHost}). The planner streams a plunge only
 * where a new host fits the version (its other fields optional) and the host does not declare
 * the field. Immutable; one {@link Level} per object read.
 */
public final class PlungeStream {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SerializableString host;
    private final SerializableString field;
    private final String fieldName;
    private final boolean hostNullable;
    private final TypeStream hostObject;
    private final TypeStream value;

    private PlungeStream(String host, String field, Type hostType, Type fieldType, String context) {
        this.host = WrittenText.of(host);
        this.field = WrittenText.of(field);
        this.fieldName = field;
        this.hostNullable = hostType.isNullable();
        this.hostObject = TypeStream.of(Type.nonNull(hostType), context);
        this.value = TypeStream.of(fieldType, context);
    }

    /**
     * The plunge of {@code field} (of type {@code fieldType}) into {@code host} (an object type,
     * maybe nullable), named as the object writes them; {@code context} opens a misfit's message.
     */
    public static PlungeStream of(String host, String field, Type hostType, Type fieldType, String context) {
        return new PlungeStream(host, field, hostType, fieldType, context);
    }

    /** The plunge in one object, writing to {@code g}. */
    public Level begin(JsonGenerator g) {
        return new Level(g);
    }

    /** The plunge in one object being read. */
    public final class Level {
        private final JsonGenerator out;
        private JsonNode plunged;
        private boolean hostSeen;
        private JsonNode heldHost;
        private TokenBuffer after;

        private Level(JsonGenerator out) {
            this.out = out;
        }

        /** At the plunged field's value: reads it (checked) and holds it; nothing is written. */
        public void field(JsonParser p) throws IOException {
            plunged = value.read(p);
        }

        /**
         * At the host's value: writes it, with the field when it came first; else holds it and
         * returns where the object's later fields go until {@link #end}.
         *
         * @return the generator the object writes to from now on
         */
        public JsonGenerator host(JsonParser p) throws IOException {
            hostSeen = true;
            boolean isNull = hostNullable && p.currentToken() == JsonToken.VALUE_NULL;
            if (plunged == null) {
                heldHost = isNull ? NullNode.getInstance() : hostObject.read(p);
                after = new TokenBuffer(null, false);
                return after;
            }
            out.writeFieldName(host);
            if (isNull) {
                writeNullHost();
            } else {
                hostObject.copyWith(p, out, field, plunged);
            }
            return out;
        }

        /**
         * After the object's last key: writes a held host and what came after it.
         *
         * @return the object's generator, to write its appended fields and end to
         */
        public JsonGenerator end() throws IOException {
            if (after != null) {
                out.writeFieldName(host);
                if (heldHost.isNull()) {
                    if (plunged == null) {
                        out.writeNull();
                    } else {
                        writeNullHost();
                    }
                } else {
                    ObjectNode moved = ((ObjectNode) heldHost);
                    if (plunged != null) {
                        moved.set(fieldName, plunged);
                    }
                    StreamChecks.write(moved, out);
                }
                after.serialize(out);
                after = null;
            }
            return out;
        }

        /** Where the op appends a new host: one holding only the field, when there was none and the field was there. */
        public void newHost() throws IOException {
            if (!hostSeen && plunged != null) {
                out.writeFieldName(host);
                writeNewHost();
            }
        }

        private void writeNullHost() throws IOException {
            if (plunged.isNull()) {
                out.writeNull(); // a null field into a null host leaves it null
            } else {
                writeNewHost();
            }
        }

        private void writeNewHost() throws IOException {
            out.writeStartObject();
            out.writeFieldName(field);
            StreamChecks.write(plunged, out);
            out.writeEndObject();
        }
    }
}
