package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.runtime.graph.DocumentType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lensc apply} of documents streamed item by item ({@link StreamedApply}) against the same
 * documents translated as one tree: the same bytes out, the same messages, and a heap of 3 × the
 * document.
 */
class StreamedApplyTest {
    static final String NESTED = """
            schema Nested {
              version 1 { title: string  meta: { n: int, rows: [{a: long, b: string}] }  other: [string]  kept: [int] }
              lens 1 -> 2 {
                rename meta -> info
                in info { map rows { rename a -> count  add c: string = "x" } }
                add extra: string = "e"
              }
              lens 2 -> 3 {
                in info { map rows { remove b: string = "" } }
                rename title -> name
                wrap kept
              }
            }
            """;
    static final String NESTED_V1 = """
            {"title": "t", "meta": {"n": 1, "rows": [{"a": 1, "b": "\\u00e9"}, {"a": -0, "b": ""}, {"a": 1234567890123456789, "b": "x"}]},
             "other": ["a", "b\\"c"], "kept": [1, 2]}
            """;

    @TempDir
    Path dir;

    /** Runs apply twice, as one tree and streamed; both runs must say the same. */
    static Run both(Path lens, Path doc, String from, String to) {
        Run tree = lensc("", "apply", "--lens", lens.toString(), "--from", from, "--to", to, doc.toString());
        System.setProperty("lensc.stream.above", "0");
        try {
            Run streamed = lensc("", "apply", "--lens", lens.toString(), "--from", from, "--to", to, doc.toString());
            assertEquals(tree, streamed);
            return streamed;
        } finally {
            System.clearProperty("lensc.stream.above");
        }
    }

    List<ArraySplice> splices(Path lens, int from, int to) {
        DocumentType t = DocumentTypeLensSource.load(lens).documentType(new Selection(null, from, to, null, false), "apply");
        return ArraySplice.find(t.path(from, to).ops(), t.schema(from).orElseThrow(), t.schema(to).orElseThrow());
    }

    @Test
    void arraysReachedThroughRenamesAndIn_andUntouchedArrays_stream_andComeOutAsTheTreeTranslationHasThem()
            throws IOException {
        Path lens = Files.writeString(dir.resolve("nested.lens"), NESTED);
        assertEquals(List.of(List.of("meta", "rows"), List.of("other")),
                splices(lens, 1, 3).stream().map(ArraySplice::in).toList());
        assertEquals(List.of("info", "rows"), splices(lens, 1, 3).get(0).out());
        assertEquals(3, splices(lens, 1, 3).get(0).itemOps().size());
        Path doc = Files.writeString(dir.resolve("v1.json"), NESTED_V1);
        Run up = both(lens, doc, "1", "3");
        assertEquals(0, up.code(), up.err());
        assertTrue(up.out().contains("\"count\": 1234567890123456789"), up.out());

        Path v3 = Files.writeString(dir.resolve("v3.json"), up.out());
        assertEquals(0, both(lens, v3, "3", "1").code());
    }

    @Test
    void anArrayAnOpMoves_isNotSpliced_andTheDocumentTranslatesAsATree() throws IOException {
        Path lens = Files.writeString(dir.resolve("nested.lens"), NESTED);
        // 'wrap kept' changes the array itself
        assertFalse(splices(lens, 2, 3).stream().anyMatch(s -> s.in().equals(List.of("kept"))));
        Path doc = Files.writeString(dir.resolve("v1.json"), NESTED_V1);
        assertEquals(0, both(lens, doc, "1", "2").code());
    }

    @Test
    void itemsThatDoNotFitOrRepeatAKey_andASkeletonThatDoesNotFit_failWithTheTreesMessage() throws IOException {
        Path lens = Files.writeString(dir.resolve("nested.lens"), NESTED);
        for (String bad : List.of(
                NESTED_V1.replace("{\"a\": -0, \"b\": \"\"}", "{\"a\": -0, \"b\": 3}"),
                NESTED_V1.replace("{\"a\": -0, \"b\": \"\"}", "{\"a\": -0, \"a\": 1, \"b\": \"\"}"),
                NESTED_V1.replace("\"b\\\"c\"", "7"),
                NESTED_V1.replace("\"title\": \"t\"", "\"title\": null"),
                NESTED_V1.replace("\"n\": 1,", "\"n\": 1, \"n\": 2,"),
                NESTED_V1.replace("\"rows\": [", "\"rows\": 5, \"x\": ["),
                NESTED_V1 + "{}",
                NESTED_V1.substring(0, NESTED_V1.indexOf("{\"a\": -0")),
                NESTED_V1.replace("]},", "]"))) {
            Run r = both(lens, Files.writeString(dir.resolve("bad.json"), bad), "1", "3");
            assertEquals(1, r.code(), bad);
        }
    }

    @Test
    void aDocumentOf50Mb_translatesInAHeapOf3TimesItsSize() throws Exception {
        Path lens = Files.writeString(dir.resolve("big.lens"), LargeDocumentsTest.LENS);
        LargeDocumentsTest large = new LargeDocumentsTest();
        large.dir = dir;
        large.generate(50L << 20);
        Path v1 = dir.resolve("big-v1.json");
        long heap = 3 * Files.size(v1);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (heap >> 20) + "m", "-cp", System.getProperty("java.class.path"), Lensc.class.getName(),
                "apply", "--lens", lens.toString(), "--from", "1", "--to", "2", v1.toString())
                .redirectOutput(dir.resolve("big-v2.json").toFile())
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals(-1, Files.mismatch(dir.resolve("expected-v2.json"), dir.resolve("big-v2.json")));
    }

    @Test
    void aDocumentTooLargeForTheHeapAsATree_whoseLensCannotStreamIt_endsInOneErrorLine() throws Exception {
        Path lens = Files.writeString(dir.resolve("wrap.lens"),
                "schema W {\n  version 1 { items: [{a: int}] }\n  lens 1 -> 2 { wrap items }\n}\n");
        Path doc = dir.resolve("doc.json");
        try (BufferedWriter w = Files.newBufferedWriter(doc)) {
            w.write("{\"items\": [");
            for (int i = 0; i < 1_000_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"a\": " + i + "}");
            }
            w.write("]}");
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), Lensc.class.getName(),
                "apply", "--lens", lens.toString(), "--from", "1", "--to", "2", doc.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.matches("(?s)(.*\n)?error: out of memory [^\n]*LENSC_JAVA_OPTS=-Xmx\\d+[mg]\n"), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("OutOfMemoryError"), err);
    }
}
