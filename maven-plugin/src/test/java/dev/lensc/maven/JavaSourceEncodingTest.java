package dev.lensc.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JavaSourceEncodingTest {
    @Test
    void latin1_keepsWhatItCanHold_andEscapesTheRest() {
        byte[] bytes = JavaSourceEncoding.encode("int größe = 1; String s = \"€✓\";", StandardCharsets.ISO_8859_1);
        assertEquals("int größe = 1; String s = \"\\u20ac\\u2713\";", new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Test
    void utf8_escapesNothing() {
        String source = "String s = \"größe €✓ 😀\";";
        assertArrayEquals(source.getBytes(StandardCharsets.UTF_8), JavaSourceEncoding.encode(source, StandardCharsets.UTF_8));
    }

    @Test
    void ascii_escapesEachHalfOfASurrogatePair() {
        assertEquals("\\ud83d\\ude00", new String(JavaSourceEncoding.encode("😀", StandardCharsets.US_ASCII),
                StandardCharsets.US_ASCII));
    }
}
