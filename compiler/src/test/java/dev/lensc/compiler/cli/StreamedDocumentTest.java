package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.compiler.codegen.StreamInterpreter;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.StrictJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lensc apply} of single documents through the {@link StreamInterpreter} ({@link StreamedDocument})
 * against the same documents translated as one tree: the same bytes and messages on the samples'
 * lenses, and a document whose bulk is one large object (no array) in a heap of 3 × its size.
 */
class StreamedDocumentTest {
    static final String WIDE = """
            schema Wide {
              version 1 {
                title: string
                byId: map<{name: string, score: double, tags: [string]}>
                open: boolean
                meta: { owner: string, n: int }
              }
              lens 1 -> 2 {
                rename title -> name
                convert open: boolean -> enum(open, closed) { true <-> "open"  false <-> "closed" }
                in meta { rename owner -> by  add kind: string = "wide" }
                add source: string = "lensc"
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void samplesLenses_randomSparseDocuments_streamTheTreesBytesAndMessages() throws IOException {
        Random random = new Random(16);
        int streamed = 0;
        int failed = 0;
        List<Path> lenses;
        Path samples = Path.of("..", "samples");
        try (Stream<Path> files = Files.walk(samples)) {
            // samples/NAME/src/main/lens/*.lens: the samples whose lenses need no classes of their own
            lenses = files.filter(f -> f.toString().endsWith(".lens") && samples.relativize(f).getNameCount() == 5
                    && samples.relativize(f).subpath(1, 4).equals(Path.of("src", "main", "lens"))).sorted().toList();
        }
        assertTrue(lenses.size() >= 5, lenses.toString());
        for (Path lens : lenses) {
            LensSource source = DocumentTypeLensSource.load(lens);
            DocumentType type = source.documentType(new Selection(null, null, null, null, false), "apply");
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            for (int from : type.versions()) {
                for (int to : type.versions()) {
                    if (from == to || !StreamInterpreter.of(type, from, to).streams()) {
                        continue;
                    }
                    for (int i = 0; i < 4; i++) {
                        JsonNode doc = gen.generate(type.schema(from).orElseThrow());
                        if (i == 3 && doc instanceof ObjectNode o) {
                            o.put("undeclared", 1); // fails: the tree's message, not the stream's first misfit
                        }
                        Path file = Files.writeString(dir.resolve("doc.json"), StrictJson.pretty(doc));
                        Run r = StreamedApplyTest.both(lens, file, String.valueOf(from), String.valueOf(to));
                        if (r.code() == 0) {
                            streamed++;
                        } else {
                            failed++;
                        }
                    }
                }
            }
        }
        assertTrue(streamed > 50 && failed > 20, streamed + " streamed, " + failed + " failed");
    }

    @Test
    void jsonlLinesOfTheSamples_streamTheTreesBytesAndRejects() throws IOException {
        Random random = new Random(61);
        int streams = 0;
        for (String sample : List.of("todo", "github-issue", "contacts")) {
            Path lens;
            try (Stream<Path> files = Files.list(Path.of("..", "samples", sample, "src", "main", "lens"))) {
                lens = files.filter(f -> f.toString().endsWith(".lens")).findFirst().orElseThrow();
            }
            DocumentType type = DocumentTypeLensSource.load(lens)
                    .documentType(new Selection(null, null, null, null, false), "apply");
            int from = type.versions().first();
            int to = type.versions().last();
            streams += StreamInterpreter.of(type, from, to).streams() ? 1 : 0;
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                JsonNode doc = gen.generate(type.schema(from).orElseThrow());
                if (i % 10 == 3 && doc instanceof ObjectNode o) {
                    o.put("undeclared", 1);
                }
                String line = StrictJson.compact(doc);
                lines.append(i % 10 == 7 ? line.replaceFirst("\\{\"", "{\"x\": 1, \"x\": 2, \"") : line).append('\n');
            }
            Path in = Files.writeString(dir.resolve(sample + ".jsonl"), lines.toString());
            String[] streamed = jsonl(lens, in, from, to, "streamed");
            System.setProperty("lensc.stream.jsonl", "false");
            try {
                String[] tree = jsonl(lens, in, from, to, "tree");
                assertEquals(tree[0], streamed[0], sample);
                assertEquals(tree[1], streamed[1], sample);
                assertTrue(tree[1].lines().count() >= 40, tree[1]);
            } finally {
                System.clearProperty("lensc.stream.jsonl");
            }
        }
        assertTrue(streams >= 2, streams + " of the samples' translations stream");
    }

    /** {@code lensc apply --jsonl}: the output and the rejects. */
    private String[] jsonl(Path lens, Path in, int from, int to, String name) throws IOException {
        Path out = dir.resolve(name + ".jsonl");
        Path rejects = dir.resolve(name + "-rejects.tsv");
        lensc("", "apply", "--jsonl", "--lens", lens.toString(), "--from", String.valueOf(from), "--to",
                String.valueOf(to), in.toString(), "-o", out.toString(), "--rejects", rejects.toString());
        return new String[] {Files.readString(out), Files.readString(rejects)};
    }

    /**
     * A version-1 document of {@code Wide} of at least {@code bytes}, its bulk the map {@code byId},
     * as {@code wide-v1.json}, and its translation as {@code expected-v2.json}; {@code last} ends it
     * in place of {@code "open": true}.
     */
    void generate(long bytes, String open) throws IOException {
        try (BufferedWriter v1 = Files.newBufferedWriter(dir.resolve("wide-v1.json"));
                BufferedWriter v2 = Files.newBufferedWriter(dir.resolve("expected-v2.json"))) {
            String title = "\"wide \\\"quoted\\\" \u00e9\"";
            v1.write("{\n  \"title\": " + title + ",\n  \"byId\": {");
            v2.write("{\n  \"name\": " + title + ",\n  \"byId\": {");
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String number = LargeDocumentsTest.NUMBERS.get(i % LargeDocumentsTest.NUMBERS.size());
                String entry = (i == 0 ? "" : ",") + "\n    \"k" + i + " ü\": {\n      \"name\": \"item " + i
                        + " größe\",\n      \"score\": " + number + ",\n      \"tags\": [\n        \"t" + i
                        + "\",\n        \"\"\n      ]\n    }";
                v1.write(entry);
                v2.write(entry);
                written += entry.length();
            }
            v1.write("\n  },\n  \"open\": " + open + ",\n  \"meta\": {\n    \"owner\": \"me\",\n    \"n\": 3\n  }\n}\n");
            v2.write("\n  },\n  \"open\": \"open\",\n  \"meta\": {\n    \"by\": \"me\",\n    \"n\": 3,\n"
                    + "    \"kind\": \"wide\"\n  },\n  \"source\": \"lensc\"\n}\n");
        }
    }

    @Test
    void aSmallWideDocument_streamsTheTreesBytes() throws IOException {
        Path lens = Files.writeString(dir.resolve("wide.lens"), WIDE);
        generate(2_000, "true");
        Run r = StreamedApplyTest.both(lens, dir.resolve("wide-v1.json"), "1", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(dir.resolve("expected-v2.json")), r.out());
    }

    @Test
    void loneSurrogatesInStringsAndKeys_failAsTheStrictReaderRefusesThem() throws IOException {
        Path lens = Files.writeString(dir.resolve("wide.lens"), WIDE);
        generate(500, "true");
        String v1 = Files.readString(dir.resolve("wide-v1.json"));
        for (String bad : List.of(v1.replace("\"me\"", "\"m\\ud800e\""), v1.replace("\"k1 ü\"", "\"k1 \\udc00\""),
                v1.replace("\"t2\"", "\"\\ud83d\""))) {
            Path file = Files.writeString(dir.resolve("bad.json"), bad);
            Run r = StreamedApplyTest.both(lens, file, "1", "2");
            assertEquals(1, r.code(), bad);
            assertTrue(r.err().contains("lone surrogate"), r.err());
            DocumentType type = DocumentTypeLensSource.load(lens).documentType(new Selection(null, 1, 2, null, false),
                    "apply");
            try (var p = StrictJson.parser(bad.getBytes(StandardCharsets.UTF_8));
                    var g = StrictJson.generator(java.io.OutputStream.nullOutputStream())) {
                StreamInterpreter.of(type, 1, 2).translate(p, g);
                throw new AssertionError("streamed a lone surrogate: " + bad);
            } catch (dev.lensc.runtime.lens.LensException e) {
                assertTrue(e.getMessage().matches("Wide 1 -> 2: at /.+: a (string|key) with a lone surrogate \\\\u"
                        + "d[0-9a-f]{3} \\(half of a UTF-16 pair is not a Unicode character\\)"), e.getMessage());
            }
        }
    }

    @Test
    void aDocumentOf50Mb_whoseBulkIsOneObject_translatesInAHeapOf3TimesItsSize() throws Exception {
        Path lens = Files.writeString(dir.resolve("wide.lens"), WIDE);
        generate(50L << 20, "true");
        Path v1 = dir.resolve("wide-v1.json");
        Run r = apply(lens, v1, 3 * Files.size(v1), dir.resolve("wide-v2.json"));
        assertEquals(0, r.code(), r.err());
        assertEquals(-1, Files.mismatch(dir.resolve("expected-v2.json"), dir.resolve("wide-v2.json")));
    }

    @Test
    void aDocumentTooLargeForATree_thatDoesNotFit_failsWithTheStreamsMessage_andWritesNothing() throws Exception {
        Path lens = Files.writeString(dir.resolve("wide.lens"), WIDE);
        generate(20L << 20, "3");
        Path v1 = dir.resolve("wide-v1.json");
        Path v2 = dir.resolve("wide-v2.json");
        Run r = apply(lens, v1, 3 * Files.size(v1), v2);
        assertEquals(1, r.code(), r.err());
        assertEquals("error: Wide 1 -> 2: at /open: the document does not fit Wide version 1: expected a boolean,"
                + " found number 3\n", r.err());
        assertEquals(0, Files.size(v2));
    }

    /** {@code lensc apply} in a JVM of its own with a heap of {@code heap} bytes, stdout to {@code out}. */
    private static Run apply(Path lens, Path doc, long heap, Path out) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + (heap >> 20) + "m", "-cp", System.getProperty("java.class.path"), Lensc.class.getName(),
                "apply", "--lens", lens.toString(), "--from", "1", "--to", "2", doc.toString())
                .redirectOutput(out.toFile())
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return new Run(p.exitValue(), "", err);
    }
}
