package dev.lensc.runtime.json;

/**
 * JSON text that {@link StrictJson} does not accept: not JSON, not UTF-8, a duplicate key, a lone
 * surrogate, or past one of Lensc's limits. The message starts with the source and where in it
 * ({@code doc.json:3:14: ...}, or {@code doc.json: ... at byte offset N} for bytes that are not
 * UTF-8).
 */
public class JsonReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** @param line 1-based, or 0 when the place is a byte offset (named in the message) */
    JsonReadException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The line of the problem (1-based), or 0 when the message names a byte offset instead. */
    public int line() {
        return line;
    }

    /** The column of the problem (1-based, in characters), or 0 when the message names a byte offset. */
    public int column() {
        return column;
    }
}
