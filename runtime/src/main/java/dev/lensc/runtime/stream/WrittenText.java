package dev.lensc.runtime.stream;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A field name or string encoded once, as the tree writer writes it. Jackson's
 * {@link SerializedString} writes a character outside the Basic Multilingual Plane (an emoji) as
 * four bytes of UTF-8, where {@code writeString(String)} and {@code writeFieldName(String)}, which
 * trees are written with, escape its two UTF-16 halves ({@code "\uD83D\uDE00"}); text holding such
 * a character is escaped the same way here, so a streamed constant prints as its tree does.
 */
public final class WrittenText {
    private WrittenText() {}

    /** {@code text}, encoded once, printing as the tree writer prints it. */
    public static SerializableString of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return new Escaped(text);
            }
        }
        return new SerializedString(text);
    }

    private static final class Escaped implements SerializableString {
        private final String text;
        private final char[] quotedChars;
        private final byte[] quoted;
        private final byte[] unquoted;

        Escaped(String text) {
            this.text = text;
            StringBuilder b = new StringBuilder();
            for (char c : JsonStringEncoder.getInstance().quoteAsString(text)) {
                if (Character.isSurrogate(c)) {
                    b.append(String.format("\\u%04X", (int) c));
                } else {
                    b.append(c);
                }
            }
            quotedChars = b.toString().toCharArray();
            quoted = b.toString().getBytes(StandardCharsets.UTF_8);
            unquoted = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override public String getValue() { return text; }
        @Override public int charLength() { return text.length(); }
        @Override public char[] asQuotedChars() { return quotedChars.clone(); }
        @Override public byte[] asUnquotedUTF8() { return unquoted.clone(); }
        @Override public byte[] asQuotedUTF8() { return quoted.clone(); }
        @Override public int appendQuotedUTF8(byte[] buffer, int offset) { return append(quoted, buffer, offset); }
        @Override public int appendUnquotedUTF8(byte[] buffer, int offset) { return append(unquoted, buffer, offset); }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            if (offset + quotedChars.length > buffer.length) {
                return -1;
            }
            System.arraycopy(quotedChars, 0, buffer, offset, quotedChars.length);
            return quotedChars.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            if (offset + text.length() > buffer.length) {
                return -1;
            }
            text.getChars(0, text.length(), buffer, offset);
            return text.length();
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            out.write(quoted);
            return quoted.length;
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(unquoted);
            return unquoted.length;
        }

        @Override public int putQuotedUTF8(ByteBuffer buffer) { return put(quoted, buffer); }
        @Override public int putUnquotedUTF8(ByteBuffer buffer) { return put(unquoted, buffer); }

        private static int append(byte[] bytes, byte[] buffer, int offset) {
            if (offset + bytes.length > buffer.length) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, bytes.length);
            return bytes.length;
        }

        private static int put(byte[] bytes, ByteBuffer buffer) {
            if (bytes.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes);
            return bytes.length;
        }
    }
}
