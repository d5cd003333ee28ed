package dev.lensc.compiler.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The options of {@code lensc apply --jsonl}.
 *
 * @param output {@code -o FILE}, or null for stdout
 * @param rejects {@code --rejects FILE}, or null: rejected lines are then reported on stderr only
 * @param failFast stop at the first line that cannot be translated
 * @param resume go on after what an interrupted run left in {@code output} and {@code rejects}
 * @param threads workers translating lines (default: one per core)
 */
record JsonlSettings(Path output, Path rejects, boolean failFast, boolean resume, int threads) {
    /** The options that only {@code --jsonl} takes. */
    static final List<String> OPTIONS = List.of("output", "rejects", "fail-fast", "resume", "threads");

    static JsonlSettings of(Arguments a) {
        String command = a.command();
        if (!a.has("jsonl")) {
            for (String option : OPTIONS) {
                if (a.has(option)) {
                    throw new UsageException(command, "--" + option + " goes with --jsonl");
                }
            }
            return null;
        }
        if (a.has("base")) {
            throw new UsageException(command, "--base is one document of the target side; --jsonl translates many"
                    + " (translate them one by one to put each onto its own base)");
        }
        Path output = a.has("output") ? Path.of(a.value("output")) : null;
        Path rejects = a.has("rejects") ? Path.of(a.value("rejects")) : null;
        boolean resume = a.has("resume");
        if (resume && output == null) {
            throw new UsageException(command, "--resume needs the output of the interrupted run: -o FILE");
        }
        if (resume && rejects == null && !a.has("fail-fast")) {
            throw new UsageException(command, "--resume needs --rejects FILE (or --fail-fast): which lines were"
                    + " rejected tells how far the interrupted run got");
        }
        if (output != null && output.equals(rejects)) {
            throw new UsageException(command, "-o and --rejects name the same file " + output);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = (int) a.number("threads", 1, 1024, cores);
        return new JsonlSettings(output, rejects, a.has("fail-fast"), resume, threads);
    }
}
