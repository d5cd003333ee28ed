package dev.lensc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The interpreter (lens models run by the runtime, as {@code lensc apply} and {@code DocumentType}
 * run them) on the todo chain and the 1,000-item array, beside the same hand-written Jackson code
 * as {@link TranslatorBenchmarks}. Built with the runtime API only, so the figures do not depend on
 * code generation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InterpreterBenchmarks {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    static final Lens TODO_V1_TO_V3 = Lens.of(
            new LensOp.Rename("isDone", "status"),
            new LensOp.Convert("status", new Type.BooleanType(),
                    new Type.EnumType(List.of("active", "done", "blocked", "halted")), List.of(
                    ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                    ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                    new ValueMapping(N.booleanNode(false), N.textNode("blocked"), ValueMapping.Direction.BACKWARD),
                    new ValueMapping(N.booleanNode(false), N.textNode("halted"), ValueMapping.Direction.BACKWARD)),
                    null, null),
            new LensOp.Add("groupId", new Type.StringType(), N.textNode("inbox")),
            new LensOp.Wrap("assignee"),
            new LensOp.Rename("assignee", "assignees"),
            new LensOp.Remove("isImportant", Type.nullable(new Type.BooleanType()), N.nullNode()));

    static final Lens BIG_ARRAY = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(
            new LensOp.Rename("done", "isDone"),
            new LensOp.Add("priority", new Type.IntType(), N.numberNode(0)))))));

    private JsonNode todo;
    private JsonNode bigArray;

    @Setup
    public void setUp() {
        todo = Documents.todo();
        bigArray = Documents.bigArray();
        same("todo", TODO_V1_TO_V3.forward(todo), HandWritten.todoV1ToV3(todo));
        same("big array", BIG_ARRAY.forward(bigArray), HandWritten.bigArray(bigArray));
    }

    private static void same(String what, JsonNode interpreted, JsonNode handWritten) {
        if (!JsonValues.equal(interpreted, handWritten)) {
            throw new IllegalStateException(what + ": interpreted " + interpreted + " but hand-written " + handWritten);
        }
    }

    @Benchmark
    public JsonNode todoInterpreted() {
        return TODO_V1_TO_V3.forward(todo);
    }

    @Benchmark
    public JsonNode todoHandWritten() {
        return HandWritten.todoV1ToV3(todo);
    }

    @Benchmark
    public JsonNode bigArrayInterpreted() {
        return BIG_ARRAY.forward(bigArray);
    }

    @Benchmark
    public JsonNode bigArrayHandWritten() {
        return HandWritten.bigArray(bigArray);
    }
}
