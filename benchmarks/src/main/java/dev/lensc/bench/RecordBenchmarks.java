package dev.lensc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lensc.bench.generated.Issue30Lenses;
import dev.lensc.bench.generated.Issue30V1;
import dev.lensc.bench.generated.Issue30V2;
import dev.lensc.bench.generated.TodoItemLenses;
import dev.lensc.bench.generated.TodoItemV1;
import dev.lensc.bench.generated.TodoItemV3;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Typed translators, record to record: the generated ones (built without a tree) against
 * hand-written record-to-record code and against the tree path they replaced (record to tree,
 * translate, {@code fromJson}). Setup checks that all three give equal records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecordBenchmarks {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private TodoItemV1 todo;
    private Issue30V1 issue;

    @Setup
    public void setUp() {
        todo = TodoItemV1.fromJson(Documents.todo());
        issue = Issue30V1.fromJson(Documents.issue());
        same("todo", TodoItemLenses.v1ToV3(todo), HandWritten.todoRecordV1ToV3(todo), todoTreePath());
        same("issue", Issue30Lenses.v1ToV2(issue), HandWritten.issueRecord(issue), issueTreePath());
    }

    private static void same(String what, Object generated, Object handWritten, Object tree) {
        if (!generated.equals(handWritten) || !generated.equals(tree)) {
            throw new IllegalStateException(what + ": generated " + generated + " but hand-written " + handWritten
                    + " and the tree path " + tree);
        }
    }

    @Benchmark
    public TodoItemV3 todoRecordGenerated() {
        return TodoItemLenses.v1ToV3(todo);
    }

    @Benchmark
    public TodoItemV3 todoRecordHandWritten() {
        return HandWritten.todoRecordV1ToV3(todo);
    }

    @Benchmark
    public TodoItemV3 todoRecordTreePath() {
        return todoTreePath();
    }

    @Benchmark
    public Issue30V2 issueRecordGenerated() {
        return Issue30Lenses.v1ToV2(issue);
    }

    @Benchmark
    public Issue30V2 issueRecordHandWritten() {
        return HandWritten.issueRecord(issue);
    }

    @Benchmark
    public Issue30V2 issueRecordTreePath() {
        return issueTreePath();
    }

    /** What the typed translators did before they built records directly. */
    private TodoItemV3 todoTreePath() {
        return TodoItemV3.fromJson(TodoItemLenses.v1ToV3(MAPPER.valueToTree(todo)));
    }

    private Issue30V2 issueTreePath() {
        return Issue30V2.fromJson(Issue30Lenses.v1ToV2(MAPPER.valueToTree(issue)));
    }
}
