package dev.lensc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.bench.generated.BigArrayLenses;
import dev.lensc.bench.generated.ChainLenses;
import dev.lensc.bench.generated.Issue30Lenses;
import dev.lensc.bench.generated.TodoItemLenses;
import dev.lensc.runtime.json.JsonValues;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generated JsonNode translators against hand-written Jackson code doing the same work, and a
 * ten-version chain against one hop. Setup checks that each pair gives equal JSON, so the
 * benchmark compares equal work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TranslatorBenchmarks {
    private JsonNode issue;
    private JsonNode todo;
    private JsonNode bigArray;
    private JsonNode chain;

    @Setup
    public void setUp() {
        issue = Documents.issue();
        todo = Documents.todo();
        bigArray = Documents.bigArray();
        chain = Documents.chain();
        same("issue", Issue30Lenses.v1ToV2(issue), HandWritten.issue(issue));
        same("todo", TodoItemLenses.v1ToV3(todo), HandWritten.todoV1ToV3(todo));
        same("big array", BigArrayLenses.v1ToV2(bigArray), HandWritten.bigArray(bigArray));
    }

    private static void same(String what, JsonNode generated, JsonNode handWritten) {
        if (!JsonValues.equal(generated, handWritten)) {
            throw new IllegalStateException(what + ": generated " + generated + " but hand-written " + handWritten);
        }
    }

    @Benchmark
    public JsonNode issueGenerated() {
        return Issue30Lenses.v1ToV2(issue);
    }

    @Benchmark
    public JsonNode issueHandWritten() {
        return HandWritten.issue(issue);
    }

    @Benchmark
    public JsonNode todoThreeVersionsGenerated() {
        return TodoItemLenses.v1ToV3(todo);
    }

    @Benchmark
    public JsonNode todoThreeVersionsHandWritten() {
        return HandWritten.todoV1ToV3(todo);
    }

    @Benchmark
    public JsonNode bigArrayGenerated() {
        return BigArrayLenses.v1ToV2(bigArray);
    }

    @Benchmark
    public JsonNode bigArrayHandWritten() {
        return HandWritten.bigArray(bigArray);
    }

    @Benchmark
    public JsonNode chainOneHop() {
        return ChainLenses.v1ToV2(chain);
    }

    @Benchmark
    public JsonNode chainTenVersions() {
        return ChainLenses.v1ToV10(chain);
    }
}
