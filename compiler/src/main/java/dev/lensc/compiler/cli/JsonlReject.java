package dev.lensc.compiler.cli;

import java.nio.charset.StandardCharsets;

/**
 * A line that could not be translated.
 *
 * @param line its 1-based line number
 * @param reason why, naming the column or the JSON pointer, the versions and the op
 * @param original the line as it was read
 * @param outputOffset where in its batch's output it would have been (the bytes of the lines before it)
 */
record JsonlReject(long line, String reason, byte[] original, int outputOffset) {

    /** Its line of a rejects file: line number, tab, reason, tab, the original line, newline. */
    byte[] rejectsLine() {
        byte[] head = (line + "\t" + reason.replaceAll("[\t\r\n]", " ") + "\t").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + original.length + 1];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(original, 0, out, head.length, original.length);
        out[out.length - 1] = '\n';
        return out;
    }
}
