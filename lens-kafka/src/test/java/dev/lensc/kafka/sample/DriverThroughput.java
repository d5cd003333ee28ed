package dev.lensc.kafka.sample;

import dev.lensc.kafka.LensHeaders;
import dev.lensc.kafka.LensTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * A rough single-thread figure, no broker: v1 todo items through the sample topology under
 * TopologyTestDriver (whose own piping is included), with and without bases. Not a test; run:
 * {@code java -cp ... dev.lensc.kafka.sample.DriverThroughput [records [processing.guarantee]]}.
 */
public final class DriverThroughput {
    private DriverThroughput() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String guarantee = args.length > 1 ? args[1] : StreamsConfig.EXACTLY_ONCE_V2;
        for (boolean bases : new boolean[] {false, true, false, true}) {
            LensTopology.Builder builder = LensTopology.builder().source("todo-item.in")
                    .translator(TodoItemStreams.TODO_ITEM).toVersions(1, 2, 3).deadLetters("todo-item.dlq");
            if (bases) {
                builder.keepBases();
            }
            System.out.printf("%s bases=%-5s %,d records: %,.0f records/s%n", guarantee, bases, records,
                    run(builder.build(), records, guarantee));
        }
    }

    private static double run(Topology topology, int records, String guarantee) throws Exception {
        Path state = Files.createTempDirectory("lensc-throughput");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "lensc-throughput");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, config)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic("todo-item.in",
                    new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<?, ?>[] outs = new TestOutputTopic<?, ?>[3];
            for (int v = 1; v <= 3; v++) {
                outs[v - 1] = driver.createOutputTopic("todo-item.v" + v, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            }
            long start = System.nanoTime();
            long out = 0;
            for (int i = 0; i < records; i++) {
                String doc = "{\"title\":\"item " + i + "\",\"isDone\":" + (i % 2 == 0) + ",\"assignee\":\"user" + (i % 50) + "\"}";
                RecordHeaders headers = new RecordHeaders();
                headers.add(LensHeaders.VERSION, "1".getBytes(StandardCharsets.UTF_8));
                in.pipeInput(new TestRecord<>(("key" + (i % 10_000)).getBytes(StandardCharsets.UTF_8),
                        doc.getBytes(StandardCharsets.UTF_8), headers));
                if (i % 1000 == 999) {
                    for (TestOutputTopic<?, ?> o : outs) {
                        out += o.readRecordsToList().size();
                    }
                }
            }
            for (TestOutputTopic<?, ?> o : outs) {
                out += o.readRecordsToList().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (out != 3L * records) {
                throw new IllegalStateException("expected " + 3L * records + " output records, got " + out);
            }
            return records / seconds;
        } finally {
            try (Stream<Path> left = Files.walk(state)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
