package dev.lensc.compiler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines input as bytes, each without its {@code \n} (a {@code \r} before it stays:
 * JSON reads it as whitespace). A last line without a newline is a line; the end of the input after
 * a newline is not. Reads through its own buffer, so a line costs one array of its length.
 */
final class JsonlLineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long bytesRead;
    private boolean ended;

    JsonlLineReader(InputStream in) {
        this.in = in;
    }

    /** Bytes consumed so far, newlines included. */
    long bytesRead() {
        return bytesRead;
    }

    /** The next line, or null at the end of the input. */
    byte[] next() throws IOException {
        byte[] line = null;
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                return line == null ? null : Arrays.copyOf(line, length);
            }
            int start = position;
            int newline = indexOfNewline(start);
            int end = newline >= 0 ? newline : limit;
            int n = end - start;
            if (line == null) {
                line = new byte[Math.max(n, 16)];
            } else if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(length + n, 2 * line.length));
            }
            System.arraycopy(buffer, start, line, length, n);
            length += n;
            bytesRead += n;
            if (newline >= 0) {
                position = newline + 1;
                bytesRead++;
                return length == line.length ? line : Arrays.copyOf(line, length);
            }
            position = limit;
        }
    }

    /** Skips {@code count} lines; returns how many there were (fewer at the end of the input). */
    long skip(long count) throws IOException {
        long skipped = 0;
        while (skipped < count) {
            if (position == limit && !fill()) {
                return skipped;
            }
            int newline = indexOfNewline(position);
            int end = newline >= 0 ? newline + 1 : limit;
            bytesRead += end - position;
            position = end;
            if (newline >= 0) {
                skipped++;
            } else if (position == limit && !fill()) {
                // a last line without a newline
                return skipped + 1;
            }
        }
        return skipped;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            ended = n < 0;
            position = 0;
            limit = 0;
            return !ended && fill();
        }
        position = 0;
        limit = n;
        return true;
    }
}
