package dev.lensc.compiler.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.StrictJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The JSON documents of one command line, read strictly ({@link StrictJson}) and printed the way
 * {@code JSON.stringify(x, null, 2)} does, numbers as they were written. Remembers how large the
 * documents are, for a message when the heap runs out.
 */
final class JsonIo {
    static final String STDIN = "<stdin>";

    private final InputStream stdin;
    private long largestDocument;
    private boolean reading;

    JsonIo(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The standard input, for commands that read it other than as one document. */
    InputStream stdin() {
        return stdin;
    }

    /** Bytes of the largest document read so far (or being read). */
    long largestDocument() {
        return largestDocument;
    }

    /** A document read piece by piece, not as one tree: its size, for a message when the heap runs out. */
    void streaming(Path file) {
        try {
            largestDocument = Math.max(largestDocument, Files.size(file));
        } catch (IOException e) {
            // only for a message
        }
    }

    /** Whether a document is being read right now (rather than translated or printed). */
    boolean reading() {
        return reading;
    }

    /** @param what "input", "base document", ... for messages about a missing file */
    JsonNode readFile(Path file, String command, String what) {
        InputStream in;
        try {
            largestDocument = Math.max(largestDocument, Files.size(file));
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(command, "no such " + what + " file: " + file);
        } catch (IOException e) {
            throw new UsageException(command, "cannot read the " + what + " file " + file + ": " + e.getMessage());
        }
        try (InputStream counted = new Counting(in)) {
            return read(counted, file.toString());
        } catch (IOException e) {
            throw new UsageException(command, "cannot read the " + what + " file " + file + ": " + e.getMessage());
        }
    }

    JsonNode readStdin() {
        return read(new Counting(stdin), STDIN);
    }

    private JsonNode read(InputStream in, String source) {
        reading = true;
        JsonNode doc = StrictJson.read(in, source);
        // not in a finally block: the flag is what tells an out-of-memory error where it happened
        reading = false;
        return doc;
    }

    /** Prints a value, indented, and a newline. */
    static void print(JsonNode value, PrintStream out) {
        try {
            StrictJson.writePretty(value, out);
        } catch (IOException e) {
            // a PrintStream does not throw; it sets its error flag
            throw new IllegalStateException(e);
        }
        out.print('\n');
    }

    /** Counts the bytes read into {@link #largestDocument}. */
    private final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            largestDocument = Math.max(largestDocument, count);
        }

        @Override
        public void close() throws IOException {
            if (in != stdin) {
                super.close();
            }
        }
    }
}
