package dev.lensc.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LenscTest {
    static final Path EXAMPLE = Path.of("..", "examples", "github-issue");
    static final String LENS = EXAMPLE.resolve("issue-to-task.lens.yml").toString();
    static final String ORIGINAL = EXAMPLE.resolve("original.json").toString();

    @TempDir
    Path dir;

    /** One run of the command line: exit code, stdout, stderr. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }
    }

    static Run lensc(String stdin, String... args) {
        return lensc(LensSources.standard(), stdin, args);
    }

    static Run lensc(LensSources sources, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lensc.run(args, sources, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        if (code != 0) {
            // diagnostics of a lens file (file:line:col: error: ...) come before the error line
            assertTrue(r.err().startsWith("error: ") || r.err().contains("\nerror: "), r.err());
        }
        return r;
    }

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    // --- exit 0 ---

    @Test
    void githubExample_forwardThenReverseOntoTheOriginal_givesTheOriginalBackByteForByte() throws IOException {
        Run forward = lensc("", "apply", "--lens", LENS, ORIGINAL);
        assertEquals(0, forward.code(), forward.err());
        assertEquals(Files.readString(EXAMPLE.resolve("task.json")), forward.out());
        Path task = write("task.json", forward.out());
        Run back = lensc("", "apply", "--lens", LENS, "--reverse", "--base", ORIGINAL, task.toString());
        assertEquals(0, back.code(), back.err());
        assertEquals(Files.readString(Path.of(ORIGINAL)), back.out());
    }

    @Test
    void githubExample_anEditOnTheTaskSide_landsInTheIssue_andKeepsTheOtherLabels() {
        String edited = "{'id':1019283746,'number':1347,'name':'Countdown pause aborts launch','state':'done',"
                + "'category':'crash','label':{'id':208045946,'url':'u','color':'d73a4a','default':true,'description':'d'}}";
        Run back = lensc(edited.replace('\'', '"'), "apply", "--lens", LENS, "--reverse", "--base", ORIGINAL);
        assertEquals(0, back.code(), back.err());
        JsonNode issue = back.json();
        assertEquals("Countdown pause aborts launch", issue.get("title").textValue());
        assertEquals("closed", issue.get("state").textValue());
        assertEquals("crash", issue.at("/labels/0/name").textValue());
        assertEquals("MDU6TGFiZWwyMDgwNDU5NDY=", issue.at("/labels/0/node_id").textValue());
        assertEquals(3, issue.get("labels").size());
        assertEquals("launch", issue.at("/labels/1/name").textValue());
        assertEquals("CONTRIBUTOR", issue.get("author_association").textValue());
    }

    @Test
    void apply_readsStdin_andPrintsIndentedJson() throws IOException {
        Path lens = write("l.yml", "lens:\n  - rename: { source: a, destination: b }\n");
        Run r = lensc("{\"a\":[1,{\"c\":[]}],\"d\":{}}", "apply", "--lens", lens.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("{\n  \"b\": [\n    1,\n    {\n      \"c\": []\n    }\n  ],\n  \"d\": {}\n}\n", r.out());
    }

    @Test
    void apply_withAnInputSchema_fillsDefaultsOfTheOutput() throws IOException {
        Path lens = write("l.yml", "lens:\n  - add: { name: n, type: number, default: 0 }\n");
        Path schema = write("s.json", "{\"type\":\"object\",\"properties\":{\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}");
        Run r = lensc("{}", "apply", "--lens", lens.toString(), "--schema", schema.toString(), "--", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(new ObjectMapper().readTree("{\"tags\":[],\"n\":0}"), r.json());
    }

    @Test
    void schema_printsTheOutputSchemaOfALens_andOfItsReverse() throws IOException {
        Path lens = write("l.yml", "lens:\n  - rename: { source: title, destination: name }\n  - wrap: { name: owner }\n");
        Path schema = write("s.json", "{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"},"
                + "\"owner\":{\"type\":[\"string\",\"null\"]}},\"required\":[\"title\"]}");
        Run r = lensc("", "schema", "--lens", lens.toString(), "--schema", schema.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(new ObjectMapper().readTree("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                + "\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                + "\"owner\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                + "\"required\":[\"name\"],\"additionalProperties\":false}"), r.json()); // owner may be absent: so may its wrap
        Path v2 = write("v2.json", r.out());
        Run back = lensc("", "schema", "--lens", lens.toString(), "--reverse", "--schema", v2.toString());
        assertEquals(0, back.code(), back.err());
        assertEquals("string", back.json().at("/properties/title/type").textValue());
        assertEquals(new ObjectMapper().readTree("[\"string\",\"null\"]"), back.json().at("/properties/owner/type"));
    }

    @Test
    void help_overview_perCommand_andCommandHelpFlag() {
        Run overview = lensc("", "--help");
        assertEquals(0, overview.code());
        assertTrue(overview.out().contains("lensc apply  --lens FILE"), overview.out());
        assertEquals(overview.out(), lensc("", "help").out());
        Run apply = lensc("", "help", "apply");
        assertEquals(0, apply.code());
        assertTrue(apply.out().startsWith("lensc apply - "));
        assertEquals(apply.out(), lensc("", "apply", "--help").out());
        assertTrue(lensc("", "schema", "-h").out().startsWith("lensc schema - "));
    }

    // --- exit 1 ---

    @Test
    void documentThatCannotBeTranslated_exits1_namingTheJsonPointer() throws IOException {
        String reopened = Files.readString(Path.of(ORIGINAL)).replace("\"open\"", "\"reopened\"");
        Run r = lensc(reopened, "apply", "--lens", LENS);
        assertEquals(1, r.code());
        assertEquals("error: at /state: no mapping for \"reopened\" and no fallback (in op 'convert state')\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void valueOfTheWrongKind_exits1_namingTheNestedPointer() throws IOException {
        Path lens = write("l.yml", "lens:\n  - in: { name: a, lens: [ { map: { lens: [ { head: { name: b } } ] } } ] }\n");
        Path schema = write("s.json", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\","
                + "\"items\":{\"type\":\"object\",\"properties\":{\"b\":{}}}}}}");
        Run r = lensc("{\"a\":[{\"b\":[1]},{\"b\":2}]}", "apply", "--lens", lens.toString(), "--schema", schema.toString());
        assertEquals(1, r.code());
        assertEquals("error: at /a/1/b: expected an array, found number (in op 'head b')\n", r.err());
    }

    @Test
    void inputThatIsNotJson_exits1_withLineAndColumn() throws IOException {
        Path in = write("in.json", "{\n  \"a\": tru\n}");
        Run r = lensc("", "apply", "--lens", LENS, in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: " + in + ":2:"), r.err());
        assertEquals(1, lensc("  ", "apply", "--lens", LENS).code());
    }

    // --- exit 2 ---

    @Test
    void usageErrors_exit2_andPointToHelp() {
        Run unknown = lensc("", "aply");
        assertEquals(2, unknown.code());
        assertEquals("error: unknown command 'aply' (did you mean 'apply'?)\nrun 'lensc help' for usage\n", unknown.err());
        Run option = lensc("{}", "apply", "--lens", LENS, "--revers");
        assertEquals("error: unknown option --revers (did you mean '--reverse'?)\nrun 'lensc help apply' for usage\n",
                option.err());
        assertEquals(2, option.code());
        assertEquals("error: --lens is required\nrun 'lensc help apply' for usage\n", lensc("{}", "apply").err());
        assertEquals(2, lensc("", "apply", "--lens").code());
        assertEquals(2, lensc("", "apply", "--lens", LENS, "a.json", "b.json").code());
        assertEquals(2, lensc("", "apply", "--lens", LENS, "--from", "x", "--to", "2").code());
        assertEquals(2, lensc("", "apply", "--lens", LENS, "--reverse", "--from", "1", "--to", "2").code());
        assertEquals(2, lensc("", "help", "nope").code());
        assertEquals(2, lensc("").code());
        assertEquals(2, lensc("", "schema", "--lens", LENS, "extra").code());
    }

    @Test
    void versionsOrTypeWithACambriaLens_exit2() {
        Run r = lensc("{}", "apply", "--lens", LENS, "--from", "1", "--to", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: a Cambria lens has no versions"), r.err());
        assertEquals(2, lensc("", "schema", "--lens", LENS, "--version", "2").code());
        assertEquals(2, lensc("{}", "apply", "--lens", LENS, "--type", "Issue").code());
    }

    @Test
    void missingFiles_exit2() {
        assertEquals("error: no such lens file: nope.yml\nrun 'lensc help apply' for usage\n",
                lensc("{}", "apply", "--lens", "nope.yml").err());
        assertEquals(2, lensc("{}", "apply", "--lens", LENS, "nope.json").code());
        assertEquals(2, lensc("{}", "apply", "--lens", LENS, "--base", "nope.json").code());
        assertEquals(2, lensc("{}", "apply", "--lens", "lens.txt").code());
    }

    @Test
    void invalidLensFile_exits2_namingFileAndPlace() throws IOException {
        Path lens = write("bad.yml", "lens:\n  - rename: { source: a, destination: b }\n  - hoist: { host: a }\n");
        Run r = lensc("{}", "apply", "--lens", lens.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + lens + ": at /lens/1/hoist: missing 'name'\n", r.err());
    }

    @Test
    void lensThatDoesNotFitTheSchema_andUnsupportedSchemas_exit2() throws IOException {
        Path lens = write("l.yml", "lens:\n  - rename: { source: titl, destination: name }\n");
        Path schema = write("s.json", "{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}}}");
        Run r = lensc("", "schema", "--lens", lens.toString(), "--schema", schema.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: at /: no field 'titl' here (fields: title) (did you mean 'title'?)"), r.err());
        Path ref = write("ref.json", "{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"#/y\"}}}");
        Run bad = lensc("{}", "apply", "--lens", lens.toString(), "--schema", ref.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("error: " + ref + ": at /properties/x/$ref: "), bad.err());
    }
}
