package dev.lensc.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link RecordBenchmarks} cases timed by this thread's CPU time, interleaved round by round
 * ({@link CpuTime}). Prints the median nanoseconds per operation and generated ÷ hand-written as
 * throughput.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.RecordCpuTime [rounds]}
 */
public final class RecordCpuTime {
    /** Where each result goes, so that it escapes and is built for real. */
    private static Object kept;

    private RecordCpuTime() {}

    private static long keep(Object result) {
        kept = result;
        return 1;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        RecordBenchmarks b = new RecordBenchmarks();
        b.setUp();
        Map<String, CpuTime.Case> cases = new LinkedHashMap<>();
        cases.put("todoRecordGenerated", () -> keep(b.todoRecordGenerated()));
        cases.put("todoRecordHandWritten", () -> keep(b.todoRecordHandWritten()));
        cases.put("todoRecordTreePath", () -> keep(b.todoRecordTreePath()));
        cases.put("issueRecordGenerated", () -> keep(b.issueRecordGenerated()));
        cases.put("issueRecordHandWritten", () -> keep(b.issueRecordHandWritten()));
        cases.put("issueRecordTreePath", () -> keep(b.issueRecordTreePath()));
        Map<String, Double> median = CpuTime.medians(cases, rounds, name -> name.endsWith("TreePath") ? 20_000 : 1_000_000);
        for (String doc : new String[] {"todoRecord", "issueRecord"}) {
            double generated = median.get(doc + "Generated");
            System.out.printf("%-12s generated / hand-written %.2f   generated / tree path %.1f (throughput)%n", doc,
                    median.get(doc + "HandWritten") / generated, median.get(doc + "TreePath") / generated);
        }
    }
}
