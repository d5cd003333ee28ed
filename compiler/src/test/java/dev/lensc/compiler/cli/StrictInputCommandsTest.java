package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 7: what lensc reads is read strictly, and numbers come out as they went in. */
class StrictInputCommandsTest {
    /** Every number text that a double or Jackson's default printing would change. */
    static final String NUMBERS = "[-0.0, 1e400, 1180591620717411303424, 0.1, 1.0, 1, 1E5, 1.50, -0, 1e-7, -2.5E-300]";

    static final String MOVES = """
            schema M {
              version 1 { a: any  n: double  host: {inner: double}  list: [{v: double}]  w: double? }
              lens 1 -> 2 {
                rename a -> b
                plunge n -> host
                map list { rename v -> value }
                wrap w -> ws
              }
              lens 2 -> 3 {
                hoist host.inner
                in host { rename n -> m }
                head ws -> w
              }
            }
            """;

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    Path identityLens() throws IOException {
        return write("id.lens", "schema T {\n  version 1 { x: any }\n  lens 1 -> 2 { rename x -> y }\n}\n");
    }

    static String compact(String json) {
        return json.replaceAll("\\s", "");
    }

    // --- numbers ---

    @Test
    void apply_printsEveryNumberAsWritten() throws IOException {
        Run r = lensc("{\"x\": " + NUMBERS + "}", "apply", "--lens", identityLens().toString(), "--from", "1", "--to", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(compact("{\"y\": " + NUMBERS + "}"), compact(r.out()));
    }

    @Test
    void numbersMovedByOps_upAndBackOntoTheOriginal_keepTheirText() throws IOException {
        Path lens = write("m.lens", MOVES);
        String v1 = "{\"a\": " + NUMBERS + ", \"n\": -0.0, \"host\": {\"inner\": 1e400},"
                + " \"list\": [{\"v\": 1180591620717411303424}, {\"v\": 1.0}, {\"v\": 1}], \"w\": 1E5}";
        Path original = write("v1.json", v1);
        Run up = lensc("", "apply", "--lens", lens.toString(), "--from", "1", "--to", "3", original.toString());
        assertEquals(0, up.code(), up.err());
        assertEquals(compact("{\"b\": " + NUMBERS + ", \"host\": {\"m\": -0.0}, "
                + "\"list\": [{\"value\": 1180591620717411303424}, {\"value\": 1.0}, {\"value\": 1}], \"w\": 1E5,"
                + " \"inner\": 1e400}"), compact(up.out()));
        Run back = lensc(up.out(), "apply", "--lens", lens.toString(), "--from", "3", "--to", "1", "--base",
                original.toString());
        assertEquals(0, back.code(), back.err());
        // the same keys and values, number texts included (plunge going back puts n last)
        assertEquals(StrictJson.read(v1, "v1"), StrictJson.read(back.out(), "stdout"));
    }

    // --- strict input: every file lensc reads ---

    @Test
    void duplicateKeys_inInputBaseAndPatch_exit1_withLineAndColumn() throws IOException {
        String lens = identityLens().toString();
        Run input = lensc("{\"x\": 1,\n \"x\": 2}", "apply", "--lens", lens, "--from", "1", "--to", "2");
        assertEquals(1, input.code());
        assertEquals("error: <stdin>:2:2: duplicate key \"x\" at /x (each key may appear once in an object)\n", input.err());

        Path base = write("base.json", "{\"y\": {\"a\": 1, \"a\": 1}}");
        Run withBase = lensc("{\"x\": 1}", "apply", "--lens", lens, "--from", "1", "--to", "2", "--base", base.toString());
        assertEquals(1, withBase.code());
        assertEquals("error: " + base + ":1:16: duplicate key \"a\" at /y/a (each key may appear once in an object)\n",
                withBase.err());

        Run patch = lensc("[{\"op\": \"add\", \"op\": \"remove\", \"path\": \"/x\"}]", "patch", "--lens", lens,
                "--from", "1", "--to", "2", "--doc", write("doc.json", "{\"x\": 1}").toString());
        assertEquals(1, patch.code());
        assertTrue(patch.err().startsWith("error: <stdin>:1:16: duplicate key \"op\" at /0/op"), patch.err());
    }

    @Test
    void duplicateKeys_inASchema_areAUsageError() throws IOException {
        Path lens = write("l.yml", "lens:\n  - rename: { source: a, destination: b }\n");
        Path schema = write("s.json", "{\"type\": \"object\", \"type\": \"array\"}");
        Run r = lensc("{}", "apply", "--lens", lens.toString(), "--schema", schema.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + schema + ":1:20: duplicate key \"type\""), r.err());
    }

    @Test
    void invalidUtf8_exit1_withTheByteOffset() throws IOException {
        byte[] json = "{\"x\": \"caf\u00e9 \"}".getBytes(StandardCharsets.UTF_8);
        json[json.length - 3] = (byte) 0xff; // the space after é: 7 bytes of '{"x": "', 3 of 'caf', 2 of 'é'
        Path in = writeBytes("in.json", json);
        Run r = lensc("", "apply", "--lens", identityLens().toString(), "--from", "1", "--to", "2", in.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + in + ": invalid UTF-8 at byte offset 12 (0xff); JSON text must be UTF-8\n", r.err());
    }

    @Test
    void loneSurrogates_exit1_withLineAndColumn() throws IOException {
        Run r = lensc("{\"x\": [\"ok\",\n  \"\\ud800x\"]}", "apply", "--lens", identityLens().toString(),
                "--from", "1", "--to", "2");
        assertEquals(1, r.code());
        assertEquals("error: <stdin>:2:3: a string with a lone surrogate \\ud800 at /x/1 (half of a UTF-16 pair is not"
                + " a Unicode character)\n", r.err());
    }

    // --- depth ---

    @Test
    void deepValues_ofTenThousandLevels_goUpThroughWrapAndHoist_andBackOntoTheOriginal() throws IOException {
        int depth = 10_000;
        Path lens = write("deep.lens", """
                schema D {
                  version 1 { x: any  n: {m: any} }
                  lens 1 -> 2 { wrap x -> xs  in n { rename m -> k } }
                  lens 2 -> 3 { head xs -> x  hoist n.k }
                }
                """);
        String deepArray = "[".repeat(depth) + "{\"a\": -0.0}" + "]".repeat(depth);
        String deepObject = "{\"q\": ".repeat(depth - 3) + "1e400" + "}".repeat(depth - 3);
        Path original = write("v1.json", "{\"x\": " + deepArray + ", \"n\": {\"m\": " + deepObject + "}}");
        Run up = lensc("", "apply", "--lens", lens.toString(), "--from", "1", "--to", "3", original.toString());
        assertEquals(0, up.code(), up.err());
        assertEquals(compact("{\"x\": " + deepArray + ", \"n\": {}, \"k\": " + deepObject + "}"), compact(up.out()));
        Run back = lensc(up.out(), "apply", "--lens", lens.toString(), "--from", "3", "--to", "1", "--base",
                original.toString());
        assertEquals(0, back.code(), back.err());
        assertEquals(compact(Files.readString(original)), compact(back.out()));
    }

    @Test
    void aPatchWritingAValueOfTenThousandLevels_translates() throws IOException {
        Path lens = write("w.lens", "schema W {\n  version 1 { x: any }\n  lens 1 -> 2 { wrap x }\n}\n");
        String deep = "[".repeat(10_000) + "-0.0" + "]".repeat(10_000);
        Run r = lensc("[{\"op\": \"add\", \"path\": \"/x\", \"value\": " + deep + "}]", "patch", "--lens",
                lens.toString(), "--from", "1", "--to", "2", "--doc", write("doc.json", "{\"x\": 1}").toString());
        assertEquals(0, r.code(), r.err());
        // the path-level translation, which the document confirms: an add of the field sets the one-item array
        assertEquals("[{\"op\":\"add\",\"path\":\"/x\",\"value\":[" + deep + "]}]", compact(r.out()));
    }

    @Test
    void aValueOf999Levels_wrapped_printsInsteadOfFailing() throws IOException {
        Path lens = write("w.lens", "schema W {\n  version 1 { x: any }\n  lens 1 -> 2 { wrap x }\n}\n");
        String deep = "[".repeat(999) + "]".repeat(999);
        Run r = lensc("{\"x\": " + deep + "}", "apply", "--lens", lens.toString(), "--from", "1", "--to", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"x\":[" + deep + "]}", compact(r.out()));
    }

    @Test
    void nestingPastLenscsLimit_exit1_withAPositionedMessage() throws IOException {
        int depth = 100_000;
        Run r = lensc("{\"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}", "apply", "--lens",
                identityLens().toString(), "--from", "1", "--to", "2");
        assertEquals(1, r.code());
        assertEquals("error: <stdin>:1:100006: the document nests deeper than 100000 levels, Lensc's limit\n", r.err());
    }

    // --- what goes wrong deep inside ---

    @Test
    void stackOverflowAndOutOfMemory_anywhere_endInAnErrorLine() throws IOException {
        for (Error thrown : new Error[] {new StackOverflowError(), new OutOfMemoryError("Java heap space")}) {
            LensSources failing = LensSources.standard().register("fail", f -> new FailingSource(thrown));
            Path lens = write("x.fail", "");
            Run r = LenscTest.lensc(failing, "{\"a\": 1}", "apply", "--lens", lens.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith(thrown instanceof StackOverflowError
                    ? "error: stack overflow in 'apply': a value nested deeper than lensc's stack holds"
                    : "error: out of memory translating a document of 8 bytes; give lensc more heap: LENSC_JAVA_OPTS=-Xmx"),
                    r.err());
        }
    }

    /** A lens format whose translation fails with an error. */
    private record FailingSource(Error error) implements LensSource {
        @Override
        public JsonNode apply(JsonNode doc,
                Selection selection, JsonNode inputSchema,
                JsonNode base) {
            throw error;
        }

        @Override
        public ObjectNode schema(Selection selection,
                JsonNode inputSchema) {
            throw error;
        }

        @Override
        public PatchTranslation patch(JsonPatch patch,
                Selection selection, JsonNode doc,
                JsonNode inputSchema, JsonNode base) {
            throw error;
        }

        @Override
        public PatchTranslation patch(JsonPatch patch, Selection selection, JsonNode inputSchema) {
            throw error;
        }
    }
}
