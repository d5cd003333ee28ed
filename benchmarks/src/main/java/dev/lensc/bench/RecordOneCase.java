package dev.lensc.bench;

import dev.lensc.bench.generated.Issue30Lenses;
import dev.lensc.bench.generated.Issue30V1;
import dev.lensc.bench.generated.Issue30V2;
import dev.lensc.bench.generated.TodoItemLenses;
import dev.lensc.bench.generated.TodoItemV1;
import java.util.Map;

/**
 * One record-to-record case per JVM, timed by this thread's CPU time ({@link CpuTime}, median of
 * the rounds). In one JVM the cases share the records' constructors: C2 inlines a constructor into
 * the callers it compiles before the constructor itself is compiled and calls it from the rest, so
 * an interleaved run ({@link RecordCpuTime}) can favour either side by the order of compilation.
 *
 * <p>Also the experiment behind the record translators' locals: {@code issueHandWrittenNestedInArguments}
 * is {@link HandWritten#issueRecord} with its nested record built inside the constructor's argument
 * list, where the generated code used to build it.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.RecordOneCase CASE [rounds]}
 * with CASE one of {@code issueGenerated}, {@code issueHandWritten}, {@code issueHandWrittenNestedInArguments},
 * {@code todoGenerated}, {@code todoHandWritten}.
 */
public final class RecordOneCase {
    private static Object kept;

    private RecordOneCase() {}

    public static void main(String[] args) throws Exception {
        Issue30V1 issue = Issue30V1.fromJson(Documents.issue());
        TodoItemV1 todo = TodoItemV1.fromJson(Documents.todo());
        String name = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 61;
        CpuTime.Case run = switch (name) {
            case "issueGenerated" -> () -> keep(Issue30Lenses.v1ToV2(issue));
            case "issueHandWritten" -> () -> keep(HandWritten.issueRecord(issue));
            case "issueHandWrittenNestedInArguments" -> () -> keep(nestedInArguments(issue));
            case "todoGenerated" -> () -> keep(TodoItemLenses.v1ToV3(todo));
            case "todoHandWritten" -> () -> keep(HandWritten.todoRecordV1ToV3(todo));
            default -> throw new IllegalArgumentException("no case " + name);
        };
        CpuTime.medians(Map.of(name, run), rounds, n -> 200_000);
    }

    private static long keep(Object result) {
        kept = result;
        return 1;
    }

    private static Issue30V2 nestedInArguments(Issue30V1 doc) {
        Issue30V1.LabelsItem first = doc.labels().isEmpty() ? null : doc.labels().get(0);
        return new Issue30V2(doc.id(), doc.number(), doc.title(), doc.body(), doc.state(), doc.stateReason(),
                doc.locked(), doc.comments(), doc.createdAt2(), doc.updatedAt(), doc.closedAt(),
                doc.authorAssociation(), doc.user(), first == null ? null : new Issue30V2.Labels(first.id(),
                first.nodeId(), first.url(), first.color(), first.default_(), first.description()),
                doc.assignee(), doc.milestone(), doc.reactions(), doc.draft(), doc.score(), doc.pinned(),
                first == null ? null : first.name());
    }
}
