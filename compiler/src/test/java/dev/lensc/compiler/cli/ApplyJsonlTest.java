package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.runtime.json.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lensc apply --jsonl}: order, rejects, --fail-fast, --resume and the counts, through the real command line. */
class ApplyJsonlTest {
    static final String TODO = Path.of("..", "samples", "todo", "src", "main", "lens", "todo-item.lens").toString();
    static final Pattern COUNTS = Pattern.compile("(\\d+) lines in = (\\d+) translated \\+ (\\d+) rejected");

    @TempDir
    Path dir;

    /** A todo item of version 1; every field that may be absent or null is, now and then. */
    static String todoV1(int i, Random random) {
        StringBuilder s = new StringBuilder("{\"title\": \"item " + i + " \\u00e9\\\"\", \"isDone\": " + random.nextBoolean());
        switch (random.nextInt(3)) {
            case 0 -> s.append(", \"isImportant\": null");
            case 1 -> s.append(", \"isImportant\": ").append(random.nextBoolean());
            default -> { }
        }
        s.append(", \"createdAt\": \"2024-05-01T09:00:").append(i % 60).append("Z\"");
        if (random.nextBoolean()) {
            s.append(", \"assignee\": ").append(random.nextBoolean() ? "\"ann " + i + "\"" : "null");
        }
        return s.append('}').toString();
    }

    Path jsonl(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    List<String> todos(int count, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(todoV1(i, random));
        }
        return lines;
    }

    static Run apply(String stdin, String... options) {
        List<String> args = new ArrayList<>(List.of("apply", "--jsonl", "--lens", TODO, "--from", "1", "--to", "3"));
        args.addAll(Arrays.asList(options));
        return lensc(stdin, args.toArray(String[]::new));
    }

    static long[] counts(Run r) {
        Matcher m = COUNTS.matcher(r.err());
        assertTrue(m.find(), r.err());
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    /** What {@code lensc apply} (one document) makes of a line, compact. */
    static String applyOne(String line) {
        Run r = lensc(line, "apply", "--lens", TODO, "--from", "1", "--to", "3");
        assertEquals(0, r.code(), r.err());
        return StrictJson.compact(StrictJson.read(r.out(), "stdout"));
    }

    @Test
    void manyLinesOnManyThreads_comeOutInInputOrder_eachAsApplyTranslatesIt() throws IOException {
        List<String> lines = todos(5000, 7);
        Path in = jsonl("in.jsonl", lines);
        Path out = dir.resolve("out.jsonl");
        Run r = apply("", in.toString(), "-o", out.toString(), "--threads", "16");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(new long[] {5000, 5000, 0}, counts(r));

        List<String> translated = Files.readAllLines(out);
        assertEquals(5000, translated.size());
        for (int i = 0; i < translated.size(); i++) {
            assertEquals("item " + i + " \u00e9\"", StrictJson.read(translated.get(i), "out").get("title").textValue());
        }
        for (int i : new int[] {0, 1, 2, 999, 1000, 4999}) {
            assertEquals(applyOne(lines.get(i)), translated.get(i), "line " + (i + 1));
        }
        Run oneThread = apply("", in.toString(), "--threads", "1");
        assertEquals(String.join("\n", translated) + "\n", oneThread.out());
    }

    @Test
    void linesFromStdin_toStdout() {
        List<String> lines = todos(3, 1);
        Run r = apply(String.join("\n", lines));
        assertEquals(0, r.code(), r.err());
        assertEquals(applyOne(lines.get(0)) + "\n" + applyOne(lines.get(1)) + "\n" + applyOne(lines.get(2)) + "\n", r.out());
        assertArrayEquals(new long[] {3, 3, 0}, counts(r));
    }

    @Test
    void untranslatableLines_goToTheRejectsFile_withLineReasonAndTheOriginalBytes_andTheRestIsTranslated()
            throws IOException {
        List<String> good = todos(2000, 3);
        List<String> lines = new ArrayList<>(good);
        lines.set(9, "{\"title\": \"a\", \"title\": \"b\"}");
        lines.set(99, "{\"title\": 3, \"isDone\": true, \"createdAt\": \"x\"}");
        lines.set(999, "");
        lines.set(1499, "not json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 1799) {
                bytes.writeBytes("{\"title\": \"caf\u00e9".getBytes(StandardCharsets.UTF_8));
                bytes.write(0xff);
                bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            }
            bytes.write('\n');
        }
        Path in = Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        Path out = dir.resolve("out.jsonl");
        Path rejects = dir.resolve("rejects.tsv");
        Run r = apply("", in.toString(), "-o", out.toString(), "--rejects", rejects.toString(), "--threads", "4");

        assertEquals(1, r.code(), r.err());
        assertArrayEquals(new long[] {2000, 1995, 5}, counts(r));
        List<String> rejected = Files.readAllLines(rejects, StandardCharsets.ISO_8859_1);
        assertEquals(5, rejected.size());
        assertEquals("10\tcolumn 16: duplicate key \"title\" at /title (each key may appear once in an object)\t"
                + lines.get(9), rejected.get(0));
        String[] misfit = rejected.get(1).split("\t");
        assertEquals("100", misfit[0]);
        assertTrue(misfit[1].startsWith("TodoItem 1 -> 3: at /title: "), misfit[1]);
        assertEquals(lines.get(99), misfit[2]);
        assertTrue(rejected.get(2).startsWith("1000\t") && rejected.get(2).endsWith("\t"), rejected.get(2));
        assertTrue(rejected.get(3).startsWith("1500\tcolumn "), rejected.get(3));
        assertTrue(rejected.get(4).startsWith("1800\tinvalid UTF-8 at byte offset 16 (0xff)"), rejected.get(4));
        byte[] rejectsBytes = Files.readAllBytes(rejects);
        byte[] lastReject = lineBytes(rejectsBytes, 4);
        int secondTab = new String(lastReject, StandardCharsets.ISO_8859_1).indexOf('\t', 5);
        assertArrayEquals(lineBytes(Files.readAllBytes(in), 1799),
                Arrays.copyOfRange(lastReject, secondTab + 1, lastReject.length));

        List<String> translated = Files.readAllLines(out);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            if (!List.of(9, 99, 999, 1499, 1799).contains(i)) {
                expected.add("item " + i + " \u00e9\"");
            }
        }
        assertEquals(expected, translated.stream().map(l -> StrictJson.read(l, "out").get("title").textValue()).toList());
    }

    static byte[] lineBytes(byte[] text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            while (text[start] != '\n') {
                start++;
            }
            start++;
        }
        int end = start;
        while (text[end] != '\n') {
            end++;
        }
        return Arrays.copyOfRange(text, start, end);
    }

    @Test
    void withoutARejectsFile_theFirstRejectsAreReportedOnStderr_andTheCountsSayHowMany() throws IOException {
        List<String> lines = todos(30, 5);
        for (int i = 0; i < 30; i += 2) {
            lines.set(i, "[]");
        }
        Run r = apply("", jsonl("in.jsonl", lines).toString());
        assertEquals(1, r.code());
        assertEquals(15, r.out().split("\n").length);
        assertArrayEquals(new long[] {30, 15, 15}, counts(r));
        assertEquals(JsonlApply.REPORTED_REJECTS, r.err().lines().filter(l -> l.startsWith("rejected ")).count());
        assertTrue(r.err().startsWith("rejected " + dir.resolve("in.jsonl") + ":1: TodoItem 1 -> 3: "), r.err());
    }

    @Test
    void failFast_stopsAtTheFirstRejectedLine_afterWritingEveryLineBeforeIt() throws IOException {
        List<String> lines = todos(3000, 11);
        lines.set(2500, "{\"title\": \"a\", \"isDone\": \"yes\", \"createdAt\": \"x\"}");
        lines.set(2700, "{}");
        Path in = jsonl("in.jsonl", lines);
        Path rejects = dir.resolve("rejects.tsv");
        Run r = apply("", in.toString(), "--fail-fast", "--rejects", rejects.toString(), "--threads", "3");
        assertEquals(1, r.code());
        String[] out = r.out().split("\n");
        assertEquals(2500, out.length);
        assertEquals(applyOne(lines.get(2499)), out[2499]);
        assertArrayEquals(new long[] {2501, 2500, 1}, counts(r));
        assertTrue(r.err().endsWith("error: " + in + ":2501: TodoItem 1 -> 3: at /isDone: the document does not fit"
                + " TodoItem version 1: expected a boolean, found string \"yes\"\n"), r.err());
        assertEquals(1, Files.readAllLines(rejects).size());
    }

    @Test
    void resume_afterAnInterruptedRun_endsWithTheOutputAndRejectsOfAnUninterruptedOne() throws IOException {
        List<String> lines = todos(3000, 13);
        for (int bad : new int[] {0, 1, 700, 1500, 1501, 2999}) {
            lines.set(bad, "{\"bad\": " + bad + "}");
        }
        Path in = jsonl("in.jsonl", lines);
        Path fullOut = dir.resolve("full.jsonl");
        Path fullRejects = dir.resolve("full.tsv");
        assertEquals(1, apply("", in.toString(), "-o", fullOut.toString(), "--rejects", fullRejects.toString()).code());
        byte[] expectedOut = Files.readAllBytes(fullOut);
        byte[] expectedRejects = Files.readAllBytes(fullRejects);

        Random random = new Random(17);
        Path out = dir.resolve("out.jsonl");
        Path rejects = dir.resolve("rejects.tsv");
        for (int attempt = 0; attempt < 12; attempt++) {
            // what a killed run leaves: a prefix of the output, possibly torn mid-line, and the rejects
            // of at least every line before the output's end (each flushed before later lines), perhaps more
            int cut = attempt == 0 ? 0 : random.nextInt(expectedOut.length);
            Files.write(out, Arrays.copyOf(expectedOut, cut));
            int rejectsCut = attempt % 3 == 0 ? expectedRejects.length
                    : Math.max(rejectsNeeded(expectedOut, cut, expectedRejects), random.nextInt(expectedRejects.length + 1));
            Files.write(rejects, Arrays.copyOf(expectedRejects, rejectsCut));

            Run r = apply("", in.toString(), "-o", out.toString(), "--rejects", rejects.toString(), "--resume",
                    "--threads", "4");
            assertEquals(1, r.code(), r.err());
            assertArrayEquals(new long[] {3000, 2994, 6}, counts(r), "cut at " + cut + ", rejects at " + rejectsCut);
            assertEquals(-1, Arrays.mismatch(expectedOut, Files.readAllBytes(out)), "cut at " + cut);
            assertEquals(-1, Arrays.mismatch(expectedRejects, Files.readAllBytes(rejects)),
                    "cut at " + cut + ", rejects at " + rejectsCut);
        }
    }

    /**
     * The bytes of the rejects file a run had flushed by the time its output reached {@code cut}:
     * every reject of a line before the output's last (complete or torn) line.
     */
    static int rejectsNeeded(byte[] out, int cut, byte[] rejects) {
        long translatedLines = 0;
        for (int i = 0; i < cut; i++) {
            if (out[i] == '\n') {
                translatedLines++;
            }
        }
        int end = 0;
        long done = 0;
        long used = 0;
        for (String line : new String(rejects, StandardCharsets.UTF_8).split("\n")) {
            long number = Long.parseLong(line.substring(0, line.indexOf('\t')));
            if (used + (number - done - 1) > translatedLines) {
                break;
            }
            used += number - done - 1;
            done = number;
            end += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return end;
    }

    @Test
    void resume_ofAFinishedRun_writesNothingMore() throws IOException {
        Path in = jsonl("in.jsonl", todos(100, 2));
        Path out = dir.resolve("out.jsonl");
        Path rejects = dir.resolve("rejects.tsv");
        assertEquals(0, apply("", in.toString(), "-o", out.toString(), "--rejects", rejects.toString()).code());
        byte[] done = Files.readAllBytes(out);
        Run again = apply("", in.toString(), "-o", out.toString(), "--rejects", rejects.toString(), "--resume");
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(new long[] {100, 100, 0}, counts(again));
        assertTrue(again.err().contains("resumed after line 100"), again.err());
        assertArrayEquals(done, Files.readAllBytes(out));
    }

    @Test
    void resume_withAnOutputLongerThanTheInput_isAUsageError() throws IOException {
        Path in = jsonl("in.jsonl", todos(5, 2));
        Path out = jsonl("out.jsonl", todos(6, 2));
        Run r = apply("", in.toString(), "-o", out.toString(), "--fail-fast", "--resume");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: cannot resume: " + out + " and its rejects account for 6 lines, more than "
                + in + " has"), r.err());
    }

    @Test
    void options_thatDoNotFit_areUsageErrors() throws IOException {
        Path in = jsonl("in.jsonl", todos(1, 2));
        assertEquals("error: --resume needs the output of the interrupted run: -o FILE\n",
                firstLine(apply("", in.toString(), "--resume")));
        assertEquals("error: --rejects goes with --jsonl\n", firstLine(lensc("{}", "apply", "--lens", TODO, "--from", "1",
                "--to", "3", "--rejects", "r.tsv")));
        assertTrue(firstLine(apply("", in.toString(), "--base", in.toString())).startsWith("error: --base is one document"));
        assertTrue(firstLine(apply("", in.toString(), "--threads", "0")).startsWith("error: --threads takes a whole number"));
        assertTrue(firstLine(apply("", in.toString(), "-o", dir.resolve("no/such/dir/out").toString()))
                .startsWith("error: cannot write "));
    }

    static String firstLine(Run r) {
        assertEquals(2, r.code(), r.err());
        return r.err().substring(0, r.err().indexOf('\n') + 1);
    }

    @Test
    void aDeeplyNestedLine_translatesOnTheWorkers() throws IOException {
        Path lens = Files.writeString(dir.resolve("any.lens"),
                "schema T {\n  version 1 { x: any }\n  lens 1 -> 2 { rename x -> y }\n}\n");
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        Run r = lensc("{\"x\": " + deep + "}\n", "apply", "--jsonl", "--lens", lens.toString(), "--from", "1", "--to", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"y\":" + deep + "}\n", r.out());
    }

    @Test
    void aLargeInput_translatesInAHeapSmallerThanIt() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Random random = new Random(3);
        try (var w = Files.newBufferedWriter(in)) {
            for (int i = 0; i < 400_000; i++) {
                w.write(todoV1(i, random));
                w.write('\n');
            }
        }
        assertTrue(Files.size(in) > 40_000_000, "input of " + Files.size(in) + " bytes");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), Lensc.class.getName(),
                "apply", "--jsonl", "--lens", TODO, "--from", "1", "--to", "3", in.toString(),
                "-o", dir.resolve("out.jsonl").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(err.contains("400000 lines in = 400000 translated + 0 rejected"), err);
        assertFalse(err.contains("Exception"), err);
        JsonNode last = StrictJson.read(Files.readAllLines(dir.resolve("out.jsonl")).get(399_999), "last");
        assertEquals("item 399999 \u00e9\"", last.get("title").textValue());
    }
}
