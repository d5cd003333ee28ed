package dev.lensc.kafka.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.kafka.LensTopology;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * The sample application: todo items written by clients of versions 1, 2 and 3 to
 * {@code todo-item.in} are published on {@code todo-item.v1}, {@code .v2} and {@code .v3}, each
 * readers' channel in its own version; what cannot be translated goes to {@code todo-item.dlq}.
 *
 * <p>Run it against a cluster (see lens-kafka/README.md):
 * {@code java -cp ... dev.lensc.kafka.sample.TodoItemStreams [streams.properties]}. Every instance
 * started with the same {@code application.id} takes a share of the source topic's partitions.
 */
public final class TodoItemStreams {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    /**
     * TodoItem, built with the runtime API as {@code lensc} would from
     * <pre>
     * schema TodoItem {
     *   version 1 { title: string  isDone: boolean  assignee: string? = null }
     *   lens 1 -> 2 { rename isDone -> status  convert status: boolean -> enum { true &lt;-&gt; "done"  false &lt;-&gt; "active"  "blocked" -&gt; false } }
     *   lens 2 -> 3 { add groupId: string = "inbox"  wrap assignee  rename assignee -> assignees }
     * }
     * </pre>
     * An application would rather load the generated translator: {@code VersionGraph.load(loader).translator("TodoItem")}.
     */
    public static final DocumentType TODO_ITEM = DocumentType.builder("TodoItem")
            .version(1, new Type.ObjectType(List.of(
                    new Field("title", new Type.StringType()),
                    new Field("isDone", new Type.BooleanType()),
                    new Field("assignee", Type.nullable(new Type.StringType()), N.nullNode()))))
            .lens(1, 2, Lens.of(new LensOp.Rename("isDone", "status"), new LensOp.Convert("status",
                    new Type.BooleanType(), new Type.EnumType(List.of("active", "done", "blocked")), List.of(
                    ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                    ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                    new ValueMapping(N.booleanNode(false), N.textNode("blocked"), ValueMapping.Direction.BACKWARD)),
                    null, null)), "done flag becomes a status")
            .lens(2, 3, Lens.of(new LensOp.Add("groupId", new Type.StringType(), N.textNode("inbox")),
                    new LensOp.Wrap("assignee"), new LensOp.Rename("assignee", "assignees")))
            .build();

    private TodoItemStreams() {}

    /** The whole application: a few lines of wiring. */
    public static Topology topology() {
        return LensTopology.builder()
                .source("todo-item.in")
                .translator(TODO_ITEM)
                .toVersions(1, 2, 3)
                .deadLetters("todo-item.dlq")
                .keepBases()
                .build();
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Properties config = config(args.length > 0 ? Path.of(args[0]) : null);
        KafkaStreams streams = new KafkaStreams(topology(), config);
        // bad records never reach here (they are dead letters); what does is Kafka's own trouble, and a
        // fresh thread resumes from the last committed transaction
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.REPLACE_THREAD);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            stopped.countDown();
        }, "todo-item-streams-shutdown"));
        streams.start();
        stopped.await();
    }

    /** The sample configuration, overridden by the given properties file. */
    static Properties config(Path overrides) throws IOException {
        Properties config = new Properties();
        try (InputStream in = TodoItemStreams.class.getResourceAsStream("/sample/todo-item-streams.properties")) {
            config.load(in);
        }
        if (overrides != null) {
            try (Reader in = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
                config.load(in);
            }
        }
        return config;
    }
}
