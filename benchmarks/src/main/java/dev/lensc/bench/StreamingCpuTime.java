package dev.lensc.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link StreamingBenchmarks} cases timed by this thread's CPU time ({@link CpuTime}). Prints
 * the median nanoseconds per operation and the ratios the README quotes.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.StreamingCpuTime [rounds]}
 */
public final class StreamingCpuTime {
    private StreamingCpuTime() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        StreamingBenchmarks b = new StreamingBenchmarks();
        b.setUp();
        Map<String, CpuTime.Case> cases = new LinkedHashMap<>();
        cases.put("issueStreaming", b::issueStreaming);
        cases.put("issueTree", b::issueTree);
        cases.put("issueTokenCopy", b::issueTokenCopy);
        cases.put("todoThreeHopsStreaming", b::todoThreeHopsStreaming);
        cases.put("todoThreeHopsTree", b::todoThreeHopsTree);
        cases.put("todoThreeHopsTokenCopy", b::todoThreeHopsTokenCopy);
        cases.put("bigArrayStreaming", b::bigArrayStreaming);
        cases.put("bigArrayTree", b::bigArrayTree);
        cases.put("bigArrayTokenCopy", b::bigArrayTokenCopy);
        Map<String, Double> median = CpuTime.medians(cases, rounds,
                name -> name.startsWith("bigArray") ? 200 : name.startsWith("issue") ? 5_000 : 20_000);
        for (String doc : new String[] {"issue", "todoThreeHops", "bigArray"}) {
            double streaming = median.get(doc + "Streaming");
            System.out.printf("%-14s streaming / tree %.2f   streaming / token copy %.2f (throughput)%n", doc,
                    median.get(doc + "Tree") / streaming, median.get(doc + "TokenCopy") / streaming);
        }
    }
}
