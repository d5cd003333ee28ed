package dev.lensc.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.bench.generated.BigArrayStreamTranslators;
import dev.lensc.bench.generated.Issue30StreamTranslators;
import dev.lensc.bench.generated.TodoItemStreamTranslators;
import dev.lensc.runtime.json.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bytes to bytes: generated streaming translators ({@code v1ToV2(JsonParser, JsonGenerator)},
 * which also check the input against its version) against hand-written Jackson tree code
 * (parse into a tree, transform, write: {@code ...Tree}) and against a plain token copy (parse and
 * write every token, no transform: {@code ...TokenCopy}), on the same bytes with the same
 * {@link JsonFactory}. Setup checks that streaming and tree code give equal JSON.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamingBenchmarks {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** A generated streaming translator. */
    interface Streaming {
        void translate(JsonParser in, JsonGenerator out) throws IOException;
    }

    private byte[] issue;
    private byte[] todo;
    private byte[] bigArray;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

    @Setup
    public void setUp() throws IOException {
        issue = MAPPER.writeValueAsBytes(Documents.issue());
        todo = MAPPER.writeValueAsBytes(Documents.todo());
        bigArray = MAPPER.writeValueAsBytes(Documents.bigArray());
        same("issue", issue, Issue30StreamTranslators::v1ToV2, HandWritten::issue);
        same("todo", todo, TodoItemStreamTranslators::v1ToV4, HandWritten::todoV1ToV4);
        same("big array", bigArray, BigArrayStreamTranslators::v1ToV2, HandWritten::bigArray);
    }

    private void same(String what, byte[] in, Streaming streaming, UnaryOperator<JsonNode> tree) throws IOException {
        stream(in, streaming);
        JsonNode streamed = MAPPER.readTree(out.toByteArray());
        tree(in, tree);
        JsonNode handWritten = MAPPER.readTree(out.toByteArray());
        if (!JsonValues.equal(streamed, handWritten)) {
            throw new IllegalStateException(what + ": streaming gave " + streamed + " but the tree code " + handWritten);
        }
    }

    private int stream(byte[] in, Streaming streaming) throws IOException {
        out.reset();
        try (JsonParser p = FACTORY.createParser(in); JsonGenerator g = FACTORY.createGenerator(out)) {
            streaming.translate(p, g);
        }
        return out.size();
    }

    private int tree(byte[] in, UnaryOperator<JsonNode> transform) {
        out.reset();
        try {
            MAPPER.writeValue(out, transform.apply(MAPPER.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private int tokenCopy(byte[] in) throws IOException {
        out.reset();
        try (JsonParser p = FACTORY.createParser(in); JsonGenerator g = FACTORY.createGenerator(out)) {
            while (p.nextToken() != null) {
                g.copyCurrentEvent(p);
            }
        }
        return out.size();
    }

    @Benchmark
    public int issueStreaming() throws IOException {
        return stream(issue, Issue30StreamTranslators::v1ToV2);
    }

    @Benchmark
    public int issueTree() {
        return tree(issue, HandWritten::issue);
    }

    @Benchmark
    public int issueTokenCopy() throws IOException {
        return tokenCopy(issue);
    }

    @Benchmark
    public int todoThreeHopsStreaming() throws IOException {
        return stream(todo, TodoItemStreamTranslators::v1ToV4);
    }

    @Benchmark
    public int todoThreeHopsTree() {
        return tree(todo, HandWritten::todoV1ToV4);
    }

    @Benchmark
    public int todoThreeHopsTokenCopy() throws IOException {
        return tokenCopy(todo);
    }

    @Benchmark
    public int bigArrayStreaming() throws IOException {
        return stream(bigArray, BigArrayStreamTranslators::v1ToV2);
    }

    @Benchmark
    public int bigArrayTree() {
        return tree(bigArray, HandWritten::bigArray);
    }

    @Benchmark
    public int bigArrayTokenCopy() throws IOException {
        return tokenCopy(bigArray);
    }
}
