package dev.lensc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Times benchmark cases by this thread's CPU time, interleaved round by round: on a machine shared
 * with other builds, wall-clock throughput mostly measures the others, while CPU time counts this
 * thread only (not the garbage collector's threads). The {@code *CpuTime} mains print what this
 * returns and the ratios the README quotes.
 *
 * <p>Rounds run first for {@value #WARM_UP_SECONDS} seconds of CPU time without being counted
 * (system property {@code lensc.warmUp}, seconds): a walk of 37 ops is ~6.5 KB of bytecode, and
 * C2 compiles such methods seconds into a run, so rounds counted from the start measured partly
 * interpreted and C1 code (the medians of 31 and 61 rounds spread 1.2–2.5× for one jar).
 */
final class CpuTime {
    /** One benchmark method; its result feeds a checksum, so that the work cannot be dropped. */
    interface Case {
        long run() throws Exception;
    }

    static final int WARM_UP_SECONDS = 10;

    private CpuTime() {}

    /**
     * The median CPU nanoseconds per run of each case over {@code rounds} rounds, each round running
     * every case {@code iterations} times in turn; prints one line a case.
     */
    static Map<String, Double> medians(Map<String, Case> cases, int rounds, ToIntFunction<String> iterations)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, double[]> nanos = new LinkedHashMap<>();
        cases.keySet().forEach(name -> nanos.put(name, new double[rounds]));
        long sink = 0;
        long warmUpNanos = Long.getLong("lensc.warmUp", WARM_UP_SECONDS) * 1_000_000_000L;
        long warmUpStart = threads.getCurrentThreadCpuTime();
        int warmUpRounds = 0;
        while (threads.getCurrentThreadCpuTime() - warmUpStart < warmUpNanos) {
            for (Map.Entry<String, Case> c : cases.entrySet()) {
                for (int i = 0, n = iterations.applyAsInt(c.getKey()); i < n; i++) {
                    sink += c.getValue().run();
                }
            }
            warmUpRounds++;
        }
        System.out.printf("(after %d rounds of warm-up, %d s of CPU time)%n", warmUpRounds, warmUpNanos / 1_000_000_000L);
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Case> c : cases.entrySet()) {
                int n = iterations.applyAsInt(c.getKey());
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
            System.out.printf("%-24s %,10.1f ns/op (median CPU time of %d rounds)%n", name, sorted[sorted.length / 2],
                    rounds);
        });
        System.out.println(sink == 42 ? "" : "(checksum " + sink % 1000 + ")");
        return median;
    }
}
