package dev.lensc.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A topology under {@code TopologyTestDriver} (no broker, exactly-once on), with text keys and values. */
final class TopologyHarness implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final TopologyTestDriver driver;
    private final String source;

    TopologyHarness(Topology topology, String source, Path stateDir) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "lensc-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(topology, config);
        this.source = source;
    }

    /** JSON from text with single quotes for readability. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Headers headers(String... namesAndValues) {
        Headers headers = new RecordHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** A record written by a client of {@code version}: single quotes in {@code value} become double. */
    void send(String key, int version, String value) {
        send(key, value == null ? null : value.replace('\'', '"'), headers(LensHeaders.VERSION, String.valueOf(version)));
    }

    /** A record exactly as given. */
    void send(String key, String value, Headers headers) {
        driver.createInputTopic(source, new StringSerializer(), new StringSerializer())
                .pipeInput(new TestRecord<>(key, value, headers));
    }

    List<TestRecord<String, String>> read(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer()).readRecordsToList();
    }

    /** The values read from {@code topic}, as JSON (null for tombstones). */
    List<JsonNode> values(String topic) {
        return read(topic).stream().map(r -> r.value() == null ? null : json(r.value())).toList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
