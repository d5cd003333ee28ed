package dev.lensc.runtime.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and nothing else: a byte sequence that is not UTF-8 (a stray continuation byte,
 * an overlong form, an encoded surrogate, a cut-off sequence at the end) is an error naming its
 * byte offset, where {@code new String(bytes, UTF_8)} would silently put U+FFFD in its place. A
 * byte order mark at the start is skipped.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    /** The offset in the input of {@code bytes}' first byte. */
    private long bufferStart;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;

    StrictUtf8Reader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Bytes read from the input so far. */
    long bytesRead() {
        return bufferStart + bytes.limit();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, endOfInput);
            if (r.isError()) {
                throw malformed(r.length());
            }
            if (r.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        int n = out.position() - offset;
        if (atStart && n > 0) {
            atStart = false;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n == 1 ? read(buffer, offset, length) : n - 1;
            }
        }
        return n == 0 && flushed ? -1 : n;
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private JsonReadException malformed(int length) {
        long offset = bufferStart + bytes.position();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("0x%02x", bytes.get(bytes.position() + i) & 0xff));
        }
        String what = bytes.position() + length >= bytes.limit() && endOfInput ? "a cut-off character" : hex.toString();
        return new JsonReadException(source + ": invalid UTF-8 at byte offset " + offset + " (" + what
                + "); JSON text must be UTF-8", 0, 0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
