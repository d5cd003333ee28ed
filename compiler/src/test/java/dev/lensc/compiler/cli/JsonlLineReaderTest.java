package dev.lensc.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlLineReaderTest {

    static JsonlLineReader reader(String text) {
        return new JsonlLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> lines(JsonlLineReader r) throws IOException {
        List<String> out = new ArrayList<>();
        for (byte[] line; (line = r.next()) != null; ) {
            out.add(new String(line, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void lines_withoutTheirNewlines_keepACarriageReturn_andALastLineWithoutANewlineCounts() throws IOException {
        JsonlLineReader r = reader("a\n\nb\r\nlast");
        assertEquals(List.of("a", "", "b\r", "last"), lines(r));
        assertEquals(10, r.bytesRead());
        assertEquals(List.of("a"), lines(reader("a\n")));
        assertEquals(List.of(), lines(reader("")));
    }

    @Test
    void aLineLongerThanTheBuffer_comesWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        assertEquals(List.of("1", longLine, "2"), lines(reader("1\n" + longLine + "\n2\n")));
    }

    @Test
    void skip_countsTheLinesItPassed_andStopsAtTheEnd() throws IOException {
        String longLine = "y".repeat(100_000);
        JsonlLineReader r = reader("a\n" + longLine + "\nc\nd");
        assertEquals(2, r.skip(2));
        assertEquals("c", new String(r.next(), StandardCharsets.UTF_8));
        assertEquals(1, r.skip(5));
        assertNull(r.next());
        assertEquals(2, reader("a\nb\n").skip(3));
        assertEquals(2, reader("a\nb").skip(3));
    }
}
