package dev.lensc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link StreamingBenchmarks} cases timed by this thread's CPU time, interleaved round by
 * round: on a machine shared with other builds, wall-clock throughput mostly measures the others,
 * while CPU time counts this thread only (not the garbage collector's threads). Prints the median
 * nanoseconds per operation and the ratios the README quotes.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.lensc.bench.StreamingCpuTime [rounds]}
 */
public final class StreamingCpuTime {
    /** One benchmark method. */
    private interface Case {
        int run() throws IOException;
    }

    private StreamingCpuTime() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        StreamingBenchmarks b = new StreamingBenchmarks();
        b.setUp();
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("issueStreaming", b::issueStreaming);
        cases.put("issueTree", b::issueTree);
        cases.put("issueTokenCopy", b::issueTokenCopy);
        cases.put("todoThreeHopsStreaming", b::todoThreeHopsStreaming);
        cases.put("todoThreeHopsTree", b::todoThreeHopsTree);
        cases.put("todoThreeHopsTokenCopy", b::todoThreeHopsTokenCopy);
        cases.put("bigArrayStreaming", b::bigArrayStreaming);
        cases.put("bigArrayTree", b::bigArrayTree);
        cases.put("bigArrayTokenCopy", b::bigArrayTokenCopy);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, double[]> nanos = new LinkedHashMap<>();
        cases.keySet().forEach(name -> nanos.put(name, new double[rounds]));
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Case> c : cases.entrySet()) {
                int n = c.getKey().startsWith("bigArray") ? 200 : c.getKey().startsWith("issue") ? 5_000 : 20_000;
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    sink += c.getValue().run();
                }
                nanos.get(c.getKey())[r] = (threads.getCurrentThreadCpuTime() - start) / (double) n;
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        nanos.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            median.put(name, sorted[sorted.length / 2]);
            System.out.printf("%-24s %,10.0f ns/op (median CPU time of %d rounds)%n", name, sorted[sorted.length / 2],
                    rounds);
        });
        for (String doc : new String[] {"issue", "todoThreeHops", "bigArray"}) {
            double streaming = median.get(doc + "Streaming");
            System.out.printf("%-14s streaming / tree %.2f   streaming / token copy %.2f (throughput)%n", doc,
                    median.get(doc + "Tree") / streaming, median.get(doc + "TokenCopy") / streaming);
        }
        System.out.println(sink == 42 ? "" : "(checksum " + sink % 1000 + ")");
    }
}
