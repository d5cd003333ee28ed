package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.codegen.StreamInterpreter;
import dev.lensc.runtime.json.DeepStack;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * {@code lensc apply --jsonl}: translates a JSON Lines input, one document per line, in constant
 * memory. A reader thread cuts the input into batches (about {@link #BATCH_BYTES} each), workers
 * translate them ({@link JsonlTranslator}), and this thread writes the results in input order. The
 * queue between them holds at most {@code 2 × threads} batches, so the reader waits when the
 * writer falls behind and memory stays the same for inputs of any length.
 *
 * <p>A rejected line is written to the rejects file, flushed, before any later line's translation
 * is written: what {@link JsonlResume} relies on to continue an interrupted run.
 */
final class JsonlApply {
    static final int BATCH_BYTES = 1 << 20;
    static final int BATCH_LINES = 1_000;
    /** Rejected lines reported on stderr when there is no rejects file. */
    static final int REPORTED_REJECTS = 10;

    private final JsonlSettings settings;
    private final String inputName;
    private final PrintStream err;
    private long translated;
    private long rejected;
    private long linesDone;
    private long bytes;
    private JsonlReject stoppedAt;

    private JsonlApply(JsonlSettings settings, String inputName, PrintStream err) {
        this.settings = settings;
        this.inputName = inputName;
        this.err = err;
    }

    /** Runs the command; the exit code is 0 when every line was translated, else 1. */
    static int run(JsonlSettings settings, Arguments a, Context c, UnaryOperator<JsonNode> translation,
            StreamInterpreter streaming) {
        a.operands(1, "input file");
        String inputName = Context.inputName(a);
        JsonlResume resume = settings.resume()
                ? JsonlResume.prepare(settings.output(), settings.rejects(), a.command()) : JsonlResume.NONE;
        JsonlApply run = new JsonlApply(settings, inputName, c.err());
        try (InputStream in = open(a, c)) {
            long size = inputName.equals(JsonIo.STDIN) ? -1 : Files.size(Path.of(inputName));
            return run.run(in, size, resume, c.out(), new JsonlTranslator(translation, streaming, inputName));
        } catch (IOException e) {
            // closing the input
            throw new BadInputException("cannot read " + inputName + ": " + e.getMessage());
        }
    }

    private static InputStream open(Arguments a, Context c) {
        String name = Context.inputName(a);
        if (name.equals(JsonIo.STDIN)) {
            return new BufferedInputStream(c.json().stdin(), 1 << 16) {
                @Override
                public void close() {
                    // stdin stays open
                }
            };
        }
        try {
            return Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new UsageException(a.command(), "no such input file: " + name);
        } catch (IOException e) {
            throw new UsageException(a.command(), "cannot read the input file " + name + ": " + e.getMessage());
        }
    }

    private int run(InputStream in, long size, JsonlResume resume, PrintStream stdout, JsonlTranslator translator) {
        JsonlLineReader lines = new JsonlLineReader(in);
        long skipped;
        try {
            skipped = lines.skip(resume.linesDone());
        } catch (IOException e) {
            throw new BadInputException("cannot read " + inputName + ": " + e.getMessage());
        }
        if (skipped < resume.linesDone()) {
            throw new UsageException("apply", "cannot resume: " + settings.output() + " and its rejects account for "
                    + resume.linesDone() + " lines, more than " + inputName + " has (is it the same input?)");
        }
        translated = resume.translated();
        rejected = resume.rejected();
        linesDone = resume.linesDone();
        JsonlProgress progress = new JsonlProgress(err, JsonlProgress.stderrIsTerminal(),
                size < 0 ? -1 : size - lines.bytesRead(), System::nanoTime);
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), deepStackThreads("lensc-jsonl-"));
        BlockingQueue<Future<JsonlBatchResult>> queue = new ArrayBlockingQueue<>(2 * settings.threads());
        Thread reader = new Thread(() -> readBatches(lines, resume.linesDone() + 1, workers, translator, queue),
                "lensc-jsonl-reader");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream out = output(stdout); OutputStream rejects = rejectsOutput()) {
            write(queue, out, rejects, progress);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + (settings.output() != null ? settings.output() : "stdout")
                    + " or " + settings.rejects() + ": " + e.getMessage());
        } finally {
            workers.shutdownNow();
            reader.interrupt();
        }
        progress.finish(summary(resume, progress.elapsedSeconds()));
        if (stoppedAt != null) {
            err.println("error: " + inputName + ":" + stoppedAt.line() + ": " + stoppedAt.reason());
        } else if (rejected > 0) {
            err.println("error: " + rejected + " of " + linesDone + " lines could not be translated"
                    + (settings.rejects() != null ? " (" + settings.rejects() + ")" : ""));
        }
        return rejected == 0 ? Lensc.OK : Lensc.UNTRANSLATABLE;
    }

    /** The reader thread: batches to the workers, their futures to the queue in input order, then an end mark. */
    private static void readBatches(JsonlLineReader lines, long firstLine, ExecutorService workers,
            JsonlTranslator translator, BlockingQueue<Future<JsonlBatchResult>> queue) {
        long number = firstLine;
        try {
            while (true) {
                List<byte[]> batch = new ArrayList<>();
                long start = lines.bytesRead();
                try {
                    for (byte[] line; batch.size() < BATCH_LINES && lines.bytesRead() - start < BATCH_BYTES
                            && (line = lines.next()) != null; ) {
                        batch.add(line);
                    }
                } catch (OutOfMemoryError e) {
                    throw new BadInputException("out of memory reading line " + (number + batch.size())
                            + " of " + (lines.bytesRead() - start) + "+ bytes; give lensc more heap: LENSC_JAVA_OPTS=-Xmx"
                            + Lensc.moreHeap(lines.bytesRead() - start));
                }
                if (batch.isEmpty()) {
                    queue.put(CompletableFuture.completedFuture(null));
                    return;
                }
                JsonlBatch b = new JsonlBatch(number, batch, lines.bytesRead() - start);
                number += batch.size();
                queue.put(workers.submit(() -> translator.translate(b)));
            }
        } catch (InterruptedException e) {
            // the writer stopped (--fail-fast, or a failure): nothing more to read
        } catch (Throwable e) {
            // out of memory included: the writer reports it, as one error line, and stops
            Throwable failure = e instanceof IOException ? new BadInputException("cannot read line " + number + ": "
                    + e.getMessage()) : e;
            try {
                queue.put(CompletableFuture.failedFuture(failure));
            } catch (InterruptedException stopped) {
                // the writer stopped already
            }
        }
    }

    /** This thread: results in input order to the output and the rejects file, until the end mark or a stop. */
    private void write(BlockingQueue<Future<JsonlBatchResult>> queue, OutputStream out, OutputStream rejects,
            JsonlProgress progress) throws IOException {
        while (true) {
            JsonlBatchResult r = next(queue);
            if (r == null) {
                return;
            }
            if (settings.failFast() && !r.rejects().isEmpty()) {
                JsonlReject first = r.rejects().get(0);
                report(first, rejects);
                long before = first.line() - r.batch().firstLine();
                out.write(r.output(), 0, first.outputOffset());
                translated += before;
                linesDone += before + 1;
                for (byte[] line : r.batch().lines().subList(0, (int) before + 1)) {
                    bytes += line.length + 1;
                }
                stoppedAt = first;
                return;
            }
            for (JsonlReject reject : r.rejects()) {
                report(reject, rejects);
            }
            out.write(r.output());
            translated += r.translated();
            linesDone += r.batch().lines().size();
            bytes += r.batch().bytes();
            progress.update(linesDone, bytes);
        }
    }

    private JsonlBatchResult next(BlockingQueue<Future<JsonlBatchResult>> queue) {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new BadInputException("out of memory translating " + inputName + " on " + settings.threads()
                        + " threads; give lensc more heap: LENSC_JAVA_OPTS=-Xmx"
                        + Lensc.moreHeap((long) BATCH_BYTES * settings.threads()) + ", or use fewer --threads");
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Counts a reject and writes it to the rejects file, flushed (or reports it on stderr). */
    private void report(JsonlReject reject, OutputStream rejects) throws IOException {
        if (rejects != null) {
            rejects.write(reject.rejectsLine());
            rejects.flush();
        } else if (rejected < REPORTED_REJECTS && !settings.failFast()) {
            err.println("rejected " + inputName + ":" + reject.line() + ": " + reject.reason());
        }
        rejected++;
    }

    private String summary(JsonlResume resume, double seconds) {
        double mb = bytes / 1e6;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "lensc apply --jsonl: %d lines in = %d translated + %d rejected", linesDone, translated, rejected));
        if (settings.rejects() != null && rejected > 0) {
            s.append(" (").append(settings.rejects()).append(')');
        } else if (rejected > REPORTED_REJECTS && stoppedAt == null) {
            s.append(" (the first ").append(REPORTED_REJECTS).append(" above; --rejects FILE keeps them all)");
        }
        s.append(String.format(Locale.ROOT, "; %.1f MB in %.1f s (%.1f MB/s), %d threads", mb, seconds,
                seconds > 0 ? mb / seconds : 0, settings.threads()));
        if (resume.linesDone() > 0) {
            s.append("; resumed after line ").append(resume.linesDone());
        }
        if (stoppedAt != null) {
            s.append("; stopped at line ").append(stoppedAt.line()).append(" (--fail-fast)");
        }
        return s.toString();
    }

    private OutputStream output(PrintStream stdout) throws IOException {
        if (settings.output() == null) {
            return new BufferedOutputStream(stdout, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return open(settings.output());
    }

    private OutputStream rejectsOutput() throws IOException {
        return settings.rejects() == null ? null : open(settings.rejects());
    }

    private OutputStream open(Path file) throws IOException {
        try {
            return new BufferedOutputStream(settings.resume()
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file), 1 << 16);
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new UsageException("apply", "cannot write " + file + ": no such directory");
        }
    }

    /** Worker threads with the stack {@link DeepStack} gives commands, for deeply nested lines. */
    private static java.util.concurrent.ThreadFactory deepStackThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, prefix + count.incrementAndGet(), DeepStack.STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
