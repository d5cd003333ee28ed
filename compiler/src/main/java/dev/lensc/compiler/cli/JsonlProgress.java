package dev.lensc.compiler.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a JSON Lines run is: on a terminal, a bar redrawn in place at most a few times a second
 * (documents, MB/s, and the ETA when the input's size is known); the summary line at the end either
 * way.
 */
final class JsonlProgress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final long totalBytes;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDraw;
    private boolean drawn;

    /**
     * @param terminal whether stderr is a terminal (the bar is drawn only there)
     * @param totalBytes the input's size still to read, or -1 when not known (stdin)
     */
    JsonlProgress(PrintStream err, boolean terminal, long totalBytes, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastDraw = start;
    }

    /** Whether stderr is a terminal: the {@code lensc} script says so ({@code -t 2}) in a system property. */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("lensc.stderr.terminal");
    }

    /** Redraws the bar when it is time to: {@code documents} lines and {@code bytes} input bytes done. */
    void update(long documents, long bytes) {
        if (!terminal) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + bar(documents, bytes, now - start) + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** The bar's text (without the carriage return). */
    String bar(long documents, long bytes, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? bytes / seconds : 0;
        StringBuilder s = new StringBuilder();
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) (done * BAR);
            s.append('[').append("=".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", (int) (done * 100)));
        }
        s.append(String.format(Locale.ROOT, "%,d documents  %.1f MB/s", documents, rate / 1e6));
        if (totalBytes > 0 && rate > 0) {
            s.append("  ETA ").append(duration((long) ((totalBytes - bytes) / rate)));
        }
        return s.toString();
    }

    /** Ends the bar (if drawn) and prints the summary line. */
    void finish(String summary) {
        if (drawn) {
            err.print("\r\u001b[K");
        }
        err.println(summary);
    }

    /** Seconds since the start. */
    double elapsedSeconds() {
        return (nanoTime.getAsLong() - start) / 1e9;
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
