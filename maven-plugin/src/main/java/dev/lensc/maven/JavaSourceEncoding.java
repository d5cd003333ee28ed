package dev.lensc.maven;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Java source text as bytes in the project's encoding. A character the encoding cannot hold (a
 * {@code €} in an ISO-8859-1 module) is written as a Unicode escape ({@code \u20ac}), which javac
 * reads as the same character anywhere in a source file, so the generated code means the same in
 * every encoding.
 */
final class JavaSourceEncoding {
    private JavaSourceEncoding() {}

    static byte[] encode(String source, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder text = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); ) {
            int codePoint = source.codePointAt(i);
            String chars = source.substring(i, i + Character.charCount(codePoint));
            if (codePoint < 0x80 || encoder.canEncode(chars)) {
                text.append(chars);
            } else {
                chars.chars().forEach(c -> text.append(String.format("\\u%04x", c)));
            }
            i += chars.length();
        }
        try {
            ByteBuffer bytes = charset.newEncoder().encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("every character left was checked to be encodable in " + charset, e);
        }
    }
}
