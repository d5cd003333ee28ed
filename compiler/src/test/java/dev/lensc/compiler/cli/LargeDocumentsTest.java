package dev.lensc.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents of 100 MB through lensc, and what happens when the heap is too small for one. */
class LargeDocumentsTest {
    static final String LENS = """
            schema Big {
              version 1 { title: string  items: [{name: string, score: double, tags: [string]}] }
              lens 1 -> 2 {
                rename title -> name
                map items { rename name -> label  wrap score -> scores }
              }
            }
            """;
    static final List<String> NUMBERS = List.of("-0.0", "1e400", "0.1", "1.0", "1", "1180591620717411303424", "1E5");
    static final long HUNDRED_MB = 100L << 20;

    @TempDir
    Path dir;

    /**
     * A version-1 document of at least {@code bytes} as {@code big-v1.json}, and its translation to
     * version 2 as {@code expected-v2.json}, both printed as lensc prints.
     */
    void generate(long bytes) throws IOException {
        try (BufferedWriter v1 = Files.newBufferedWriter(dir.resolve("big-v1.json"));
                BufferedWriter v2 = Files.newBufferedWriter(dir.resolve("expected-v2.json"))) {
            String title = "\"big \\\"quoted\\\" \u00e9\"";
            v1.write("{\n  \"title\": " + title + ",\n  \"items\": [");
            v2.write("{\n  \"name\": " + title + ",\n  \"items\": [");
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String number = NUMBERS.get(i % NUMBERS.size());
                String start = (i == 0 ? "" : ",") + "\n    {\n      ";
                String end = ",\n      \"tags\": [\n        \"t" + i + "\",\n        \"\"\n      ]\n    }";
                String item = start + "\"name\": \"item " + i + " größe\",\n      \"score\": " + number + end;
                v1.write(item);
                v2.write(start + "\"label\": \"item " + i + " größe\",\n      \"scores\": [\n        " + number
                        + "\n      ]" + end);
                written += item.length();
            }
            v1.write("\n  ]\n}\n");
            v2.write("\n  ]\n}\n");
        }
    }

    /** One in-process run of the real command line with stdout to a file. */
    int lenscTo(Path stdout, ByteArrayOutputStream err, String... args) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(stdout), 1 << 16);
                PrintStream out = new PrintStream(file, false, StandardCharsets.UTF_8)) {
            return Lensc.run(args, new ByteArrayInputStream(new byte[0]), out,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDocumentOf100Mb_translates_everyNumberAndStringAsWritten() throws IOException {
        Path lens = Files.writeString(dir.resolve("big.lens"), LENS);
        generate(HUNDRED_MB);
        Path v1 = dir.resolve("big-v1.json");
        assertTrue(Files.size(v1) >= HUNDRED_MB);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path v2 = dir.resolve("big-v2.json");
        assertEquals(0, lenscTo(v2, err, "apply", "--lens", lens.toString(), "--from", "1", "--to", "2",
                v1.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(-1, Files.mismatch(dir.resolve("expected-v2.json"), v2));
    }

    @Test
    void tooLittleHeap_endsInAnErrorLineWithTheSizeAndAHint_noStackTrace() throws Exception {
        // a split at the top does not stream: the document is read as a tree
        Path lens = Files.writeString(dir.resolve("split.lens"), "schema T {\n  version 1 { s: string  x: any }\n"
                + "  lens 1 -> 2 { split s -> a, b by \" \" }\n}\n");
        Path doc = dir.resolve("doc.json");
        try (BufferedWriter w = Files.newBufferedWriter(doc)) {
            w.write("{\"s\": \"a b\", \"x\": [");
            for (int i = 0; i < 1_000_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"item\": " + i + ", \"text\": \"some text\"}");
            }
            w.write("]}");
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), Lensc.class.getName(),
                "apply", "--lens", lens.toString(), "--from", "1", "--to", "2", doc.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.matches("(?s).*error: out of memory reading a document of " + Files.size(doc)
                + " bytes; give lensc more heap: LENSC_JAVA_OPTS=-Xmx\\d+[mg]\n"), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
    }
}
