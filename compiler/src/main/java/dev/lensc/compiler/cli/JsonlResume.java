package dev.lensc.compiler.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where an interrupted JSON Lines run stopped, read from what it left: the output's complete lines
 * (one per translated input line, in input order) and the rejects file's line numbers. Input line
 * {@code n} was done when it is a reject, or when it is the next translated line and the output has
 * one more complete line for it. A torn last line (of either file) is cut off, and so are rejects
 * past the point found (a run writes a reject, flushed, before any later translated line, so the
 * rejects file is never behind the output; it may be ahead).
 *
 * @param linesDone input lines done: the run goes on with the next one
 * @param translated complete lines of the output
 * @param rejected rejects kept
 */
record JsonlResume(long linesDone, long translated, long rejected) {

    static final JsonlResume NONE = new JsonlResume(0, 0, 0);

    /** Reads the two files (either may be missing: nothing done yet) and cuts them back to the point found. */
    static JsonlResume prepare(Path output, Path rejects, String command) {
        try {
            long translated = Files.exists(output) ? completeLines(output) : 0;
            if (rejects == null || !Files.exists(rejects)) {
                return new JsonlResume(translated, translated, 0);
            }
            completeLines(rejects);
            long done = 0;
            long used = 0;
            long kept = 0;
            long keptBytes = 0;
            boolean cut = false;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(rejects))) {
                JsonlLineReader lines = new JsonlLineReader(in);
                for (byte[] line; (line = lines.next()) != null; ) {
                    long reject = lineNumber(line, rejects, kept + 1, command);
                    if (reject <= done) {
                        throw new UsageException(command, "cannot resume: the line numbers in " + rejects
                                + " do not increase at its line " + (kept + 1));
                    }
                    long between = reject - done - 1;
                    if (used + between > translated) {
                        cut = true;
                        break;
                    }
                    used += between;
                    done = reject;
                    kept++;
                    keptBytes = lines.bytesRead();
                }
            }
            if (cut) {
                truncate(rejects, keptBytes);
            }
            return new JsonlResume(done + translated - used, translated, kept);
        } catch (IOException e) {
            throw new UsageException(command, "cannot resume: " + e.getMessage());
        }
    }

    /** Cuts a torn last line off the file; returns how many complete lines it has. */
    private static long completeLines(Path file) throws IOException {
        long lines = 0;
        long complete = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long offset = 0;
            for (int n; (n = channel.read(buffer)) > 0; buffer.clear()) {
                for (int i = 0; i < n; i++) {
                    if (buffer.get(i) == '\n') {
                        lines++;
                        complete = offset + i + 1;
                    }
                }
                offset += n;
            }
            if (complete < channel.size()) {
                channel.truncate(complete);
            }
        }
        return lines;
    }

    /** The line number a rejects line starts with (before its first tab). */
    private static long lineNumber(byte[] line, Path rejects, long at, String command) {
        int tab = indexOf(line, (byte) '\t');
        try {
            return Long.parseLong(new String(line, 0, Math.max(tab, 0), StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            throw new UsageException(command, "cannot resume: line " + at + " of " + rejects
                    + " does not start with a line number and a tab");
        }
    }

    private static int indexOf(byte[] line, byte b) {
        for (int i = 0; i < line.length; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
