package dev.lensc.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A {@code Serde<JsonNode>} that reads strictly: a duplicate key, trailing tokens or malformed JSON
 * is a {@link SerializationException} naming the topic and line:column. A null value (a tombstone)
 * stays null both ways.
 *
 * <p>{@link LensTopology} does not use it on its input: it reads raw bytes so that a malformed
 * record goes to the dead-letter topic instead of stopping the stream thread. Use it to read the
 * per-version topics, or wherever an application handles JSON of its own.
 */
public final class StrictJsonSerde implements Serde<JsonNode> {

    @Override
    public Serializer<JsonNode> serializer() {
        return (topic, node) -> node == null ? null : StrictJson.write(node);
    }

    @Override
    public Deserializer<JsonNode> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return StrictJson.read(bytes);
            } catch (StrictJson.MalformedJson e) {
                throw new SerializationException("a record of topic " + topic + " is not strict JSON: " + e.getMessage(), e);
            }
        };
    }
}
