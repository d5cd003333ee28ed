package dev.lensc.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 *
 * <p>Even warm, one JVM's steady state depends on the JIT's decisions (the same jar's put across
 * nine hops settled at 1.6 µs in one run and 1.9 µs in the next), so {@code -Dlensc.forks=N}
 * runs the main N times in fresh JVMs, one after another, and takes the cases of the fork whose
 * total is the median (so that a ratio compares times of one JVM; each case's lowest and highest
 * over the forks beside it).
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
        int forks = Integer.getInteger("lensc.forks", 1);
        if (forks > 1) {
            return forked(cases.keySet(), forks);
        }
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

    /** Runs this JVM's main again in {@code forks} fresh JVMs, each with one fork: the times of the median one. */
    private static Map<String, Double> forked(java.util.Set<String> names, int forks) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "-Dlensc.forks=1", "-Dlensc.warmUp=" + Long.getLong("lensc.warmUp", WARM_UP_SECONDS)));
        command.addAll(Arrays.asList(System.getProperty("sun.java.command").split(" ")));
        Map<String, double[]> nanos = new LinkedHashMap<>();
        names.forEach(name -> nanos.put(name, new double[forks]));
        for (int f = 0; f < forks; f++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("fork " + (f + 1) + ": " + line);
                    String[] words = line.trim().split("\\s+");
                    if (words.length > 2 && nanos.containsKey(words[0]) && words[2].equals("ns/op")) {
                        nanos.get(words[0])[f] = Double.parseDouble(words[1].replace(",", ""));
                    }
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("fork " + (f + 1) + " failed: " + String.join(" ", command));
            }
        }
        // the cases of one fork, so that ratios compare times of one JVM: the fork of the median total
        Integer[] order = new Integer[forks];
        for (int f = 0; f < forks; f++) {
            order[f] = f;
        }
        Arrays.sort(order, java.util.Comparator.comparingDouble(f -> nanos.values().stream().mapToDouble(v -> v[f]).sum()));
        int middle = order[forks / 2];
        Map<String, Double> median = new LinkedHashMap<>();
        nanos.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            median.put(name, values[middle]);
            System.out.printf("%-24s %,10.1f ns/op (fork %d, of the median total of %d forks; the case %,.1f – %,.1f)%n",
                    name, values[middle], middle + 1, forks, sorted[0], sorted[forks - 1]);
        });
        return median;
    }
}
