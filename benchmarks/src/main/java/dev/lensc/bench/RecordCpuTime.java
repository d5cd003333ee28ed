package dev.lensc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link RecordBenchmarks} cases timed by this thread's CPU time, interleaved round by round
 * (as {@link StreamingCpuTime}: on a shared machine CPU time counts this thread only). Prints the
 * median nanoseconds per operation and generated ÷ hand-written as throughput.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.RecordCpuTime [rounds]}
 */
public final class RecordCpuTime {
    /** Where each result goes, so that it escapes and is built for real. */
    private static Object kept;

    private RecordCpuTime() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        RecordBenchmarks b = new RecordBenchmarks();
        b.setUp();
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("todoRecordGenerated", b::todoRecordGenerated);
        cases.put("todoRecordHandWritten", b::todoRecordHandWritten);
        cases.put("todoRecordTreePath", b::todoRecordTreePath);
        cases.put("issueRecordGenerated", b::issueRecordGenerated);
        cases.put("issueRecordHandWritten", b::issueRecordHandWritten);
        cases.put("issueRecordTreePath", b::issueRecordTreePath);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, double[]> nanos = new LinkedHashMap<>();
        cases.keySet().forEach(name -> nanos.put(name, new double[rounds]));
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
                int n = c.getKey().endsWith("TreePath") ? 20_000 : 1_000_000;
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    kept = c.getValue().get();
                }
                nanos.get(c.getKey())[r] = (threads.getCurrentThreadCpuTime() - start) / (double) n;
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        nanos.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            median.put(name, sorted[sorted.length / 2]);
            System.out.printf("%-24s %,10.1f ns/op (median CPU time of %d rounds)%n", name, sorted[sorted.length / 2],
                    rounds);
        });
        for (String doc : new String[] {"todoRecord", "issueRecord"}) {
            double generated = median.get(doc + "Generated");
            System.out.printf("%-12s generated / hand-written %.2f   generated / tree path %.1f (throughput)%n", doc,
                    median.get(doc + "HandWritten") / generated, median.get(doc + "TreePath") / generated);
        }
        System.out.println(kept == null ? "no result" : "");
    }
}
