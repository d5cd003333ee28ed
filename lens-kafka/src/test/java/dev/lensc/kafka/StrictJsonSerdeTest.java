package dev.lensc.kafka;

import static dev.lensc.kafka.TopologyHarness.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StrictJsonSerdeTest {
    final StrictJsonSerde serde = new StrictJsonSerde();

    private JsonNode read(String text) {
        return serde.deserializer().deserialize("t", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDocument_roundTrips_numbersKeepTheirDigits() {
        String text = "{\"a\":1.10,\"b\":12345678901234567890123,\"c\":[true,null,\"x\"]}";
        JsonNode node = read(text);
        assertEquals(text, new String(serde.serializer().serialize("t", node), StandardCharsets.UTF_8));
    }

    @Test
    void duplicateKeys_areAnError_namingTopicAndPosition() {
        SerializationException e = assertThrows(SerializationException.class, () -> read("{\"a\":1,\n\"a\":2}"));
        assertEquals("a record of topic t is not strict JSON: at 2:4: invalid JSON: Duplicate field 'a'", e.getMessage());
    }

    @Test
    void trailingTokensAndEmptyValues_areErrors() {
        assertThrows(SerializationException.class, () -> read("{} {}"));
        assertThrows(SerializationException.class, () -> read(""));
        assertEquals(json("{'x':1}"), read(" {\"x\":1} "));
    }

    @Test
    void tombstones_stayNull() {
        assertNull(serde.deserializer().deserialize("t", null));
        assertNull(serde.serializer().serialize("t", null));
    }
}
