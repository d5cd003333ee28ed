package dev.lensc.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JsonlProgressTest {
    final AtomicLong clock = new AtomicLong();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    JsonlProgress progress(boolean terminal, long total) {
        return new JsonlProgress(new PrintStream(err, true, StandardCharsets.UTF_8), terminal, total, clock::get);
    }

    @Test
    void bar_ofAFileInput_showsShareDocumentsRateAndEta() {
        JsonlProgress p = progress(true, 100_000_000);
        assertEquals("[======                  ]  25% 12,345 documents  5.0 MB/s  ETA 0:15",
                p.bar(12_345, 25_000_000, 5_000_000_000L));
    }

    @Test
    void bar_ofStdin_hasNoShareAndNoEta() {
        assertEquals("7 documents  2.0 MB/s", progress(true, -1).bar(7, 4_000_000, 2_000_000_000L));
    }

    @Test
    void onATerminal_theBarIsRedrawnInPlace_atMostFiveTimesASecond_andClearedForTheSummary() {
        JsonlProgress p = progress(true, 1000);
        clock.set(100_000_000);
        p.update(1, 10);
        clock.set(300_000_000);
        p.update(2, 20);
        clock.set(400_000_000);
        p.update(3, 30);
        p.finish("summary");
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.split("\r\\[", -1).length - 1, text);
        assertEquals(true, text.endsWith("\r\u001b[Ksummary\n"), text);
    }

    @Test
    void notOnATerminal_onlyTheSummary() {
        JsonlProgress p = progress(false, 1000);
        clock.set(1_000_000_000);
        p.update(1, 10);
        p.finish("summary");
        assertEquals("summary\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void durations() {
        assertEquals("0:59", JsonlProgress.duration(59));
        assertEquals("1:01:01", JsonlProgress.duration(3661));
    }
}
