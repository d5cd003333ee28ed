package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.compiler.cli.LenscTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lensc check}, {@code lensc graph} and {@code lensc patch}. */
class CheckGraphPatchCommandsTest {
    static final String LENS = LensFileCommandsTest.LENS;
    static final String V1 = LensFileCommandsTest.V1;
    static final String V3 = LensFileCommandsTest.V3;

    static final String LOSSLESS = """
            schema Note {
              version 1 {
                text: string
                pinned: boolean
                tags: [string]
              }
              lens 1 -> 2 "text becomes body" {
                rename text -> body
              }
            }
            """;

    static final String LOSSY = """
            schema Card {
              version 1 {
                owner: string?
              }
              lens 1 -> 2 "cards get several owners" {
                wrap owner
              }
            }
            """;

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static String patch(String json) throws IOException {
        return new ObjectMapper().readTree(json.replace('\'', '"')).toPrettyString();
    }

    static void assertPatch(String expected, Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        assertEquals(new ObjectMapper().readTree(expected.replace('\'', '"')), r.json());
    }

    // --- check ---

    @Test
    void check_aLosslessLens_passesEveryLawWith10000Tries() throws IOException {
        Path lens = write("note.lens", LOSSLESS);
        long start = System.nanoTime();
        Run r = lensc("", "check", lens.toString(), "--tries", "10000");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Note (" + lens + "), versions [1, 2]:", lines[0]);
        assertEquals("  Note 1 -> 2                  GetPut               passed (10000 tries)", lines[1]);
        assertEquals(10, lines.length, r.out());
        assertTrue(Pattern.matches("8 law checks: 8 passed, 0 failed, 0 accepted losses "
                + "\\(10000 tries each, seed 20240501, \\d+\\.\\d s\\)", lines[9]), lines[9]);
        assertTrue(ms < 30_000, "took " + ms + " ms");
    }

    @Test
    void check_theTodoSample_with10000Tries_passes_withItsLossesAcceptedAndShown() {
        // the sample's lenses lose data on purpose: one-way converts and a new field say so themselves,
        // the wrap of assignee is declared with 'lossy PutGet, CreateGet'
        Run r = lensc("", "check", LENS, "--tries", "10000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  TodoItem 1 -> 2              GetPut               passed (10000 tries)\n"), r.out());
        assertTrue(r.out().contains("  TodoItem 2 -> 3              PutGet               breaks as declared"), r.out());
        assertTrue(Pattern.compile("24 law checks: 18 passed, 0 failed, 6 accepted losses \\(10000 tries each, "
                + "seed 20240501, \\d+\\.\\d s\\)\n").matcher(r.out()).find(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void check_aLossyLens_exits1_andPrintsTheCounterexample() throws IOException {
        Path lens = write("card.lens", LOSSY);
        Run r = lensc("", "check", lens.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("""
                  Card 1 -> 2                  PutGet               FAILED at try 2
                      law:          forward(backward(b, a)) == b
                      input:        {"owner":["",""]}
                      original:     {"owner":null}
                      translated:   {"owner":""}
                      round trip:   {"owner":[""]}
                      differs at:   /owner/1
                      problem:      the round trip changed the document at /owner/1
                      unexplained:  /owner/1 (changed by 'wrap owner')
                      because:      'wrap owner': an array of more than one item keeps only its first going back
                """), r.out());
        assertTrue(r.out().contains("      replay with:  --seed 20240501\n"), r.out());
        assertTrue(r.out().contains("8 law checks: 6 passed, 2 failed, 0 accepted losses (1000 tries each, seed 20240501, "),
                r.out());
        assertTrue(r.err().endsWith("error: 2 law checks failed; replay with --seed 20240501\n"), r.err());
        assertTrue(r.err().contains("card.lens:6:5: warning: 'wrap owner' breaks PutGet, CreateGet"), r.err());
    }

    @Test
    void check_theSameSeed_replaysTheSameRun_andTheSeedIsPrinted() throws IOException {
        Path lens = write("card.lens", LOSSY);
        Run a = lensc("", "check", lens.toString(), "--seed", "7", "--tries", "50");
        Run b = lensc("", "check", lens.toString(), "--seed", "7", "--tries", "50");
        assertEquals(withoutTime(a.out()), withoutTime(b.out()));
        assertTrue(a.out().contains("(50 tries each, seed 7, "), a.out());
        assertTrue(a.err().endsWith("error: 2 law checks failed; replay with --seed 7 --tries 50\n"), a.err());
    }

    private static String withoutTime(String out) {
        return out.replaceAll("\\d+\\.\\d s\\)", "T s)");
    }

    @Test
    void check_brokenFiles_printEveryPositionedErrorOfEveryFile_andExit2() throws IOException {
        Path one = write("one.lens", """
                schema Card {
                  version 1 {
                    title: string
                    done: boolean
                  }
                  lens 1 -> 2 {
                    rename titel -> name
                    remove dne: boolean = false
                  }
                }
                """);
        Path two = write("two.lens", "schema Other {\n  version 1 { a: strin }\n}\n");
        Path fine = write("note.lens", LOSSLESS);
        Run r = lensc("", "check", one.toString(), fine.toString(), two.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        String[] lines = r.err().split("\n");
        assertEquals(one + ":7:12: error: no field 'titel' here (fields: title, done)", lines[0]);
        assertEquals(one + ":8:12: error: no field 'dne' here (fields: title, done)", lines[1]);
        assertEquals("  hint: did you mean 'done'?", lines[2]);
        assertTrue(lines[3].startsWith(two + ":2:"), r.err());
        assertTrue(lines[lines.length - 1].matches("error: \\d errors in 3 lens files"), r.err());
    }

    @Test
    void check_noLaws_checksTheFilesOnly() throws IOException {
        Path lens = write("card.lens", LOSSY);
        Run r = lensc("", "check", "--no-laws", lens.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("checked 1 lens file: 1 schema, no errors, 1 warning\n", r.out());
    }

    @Test
    void check_usageErrors_exit2() throws IOException {
        Path lens = write("card.lens", LOSSY);
        assertEquals(2, lensc("", "check").code());
        assertEquals(2, lensc("", "check", lens.toString(), "--tries", "0").code());
        assertEquals(2, lensc("", "check", lens.toString(), "--seed", "x").code());
        assertEquals(2, lensc("", "check", LenscTest.LENS).code());
        assertEquals(2, lensc("", "check", dir.resolve("missing.lens").toString()).code());
    }

    // --- graph ---

    @Test
    void graph_dot_ofTheTodoSample() {
        Run r = lensc("", "graph", "--lens", LENS);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                digraph "TodoItem" {
                  rankdir=LR;
                  node [shape=box];
                  v1 [label="TodoItem v1\\n5 fields"];
                  v2 [label="TodoItem v2\\n5 fields"];
                  v3 [label="TodoItem v3\\n6 fields"];
                  v1 -> v2 [label="done flag becomes a status"];
                  v2 -> v3 [label="items join groups; an item has several assignees"];
                }
                """, r.out());
    }

    @Test
    void graph_mermaid_ofTheTodoSample() {
        Run r = lensc("", "graph", "--lens", LENS, "--format", "mermaid");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                flowchart LR
                  v1["TodoItem v1<br/>5 fields"]
                  v2["TodoItem v2<br/>5 fields"]
                  v3["TodoItem v3<br/>6 fields"]
                  v1 -->|"done flag becomes a status"| v2
                  v2 -->|"items join groups; an item has several assignees"| v3
                """, r.out());
    }

    @Test
    void graph_aLensWithoutDescription_isLabelledWithItsOpCount_andQuotesAreEscaped() throws IOException {
        Path lens = write("g.lens", """
                schema Q {
                  version 1 { a: string  b: int }
                  lens 1 -> 2 { rename a -> c  remove b: int = 0 }
                  lens 2 -> 3 "say \\"hi\\"" { rename c -> d }
                }
                """);
        Run r = lensc("", "graph", "--lens", lens.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  v1 -> v2 [label=\"2 ops\"];\n"), r.out());
        assertTrue(r.out().contains("  v2 [label=\"Q v2\\n1 field\"];\n"), r.out());
        assertTrue(r.out().contains("  v2 -> v3 [label=\"say \\\"hi\\\"\"];\n"), r.out());
    }

    @Test
    void graph_usageErrors_exit2() {
        assertEquals(2, lensc("", "graph", "--lens", LENS, "--format", "svg").code());
        assertEquals(2, lensc("", "graph", "--lens", LenscTest.LENS).code());
        assertEquals(2, lensc("", "graph").code());
    }

    // --- patch: the todo sample ---

    @Test
    void patch_forward_v1DoneFlag_becomesTheV3Status() throws IOException {
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/isDone\",\"value\":true}]",
                "patch", "--lens", LENS, "--from", "1", "--to", "3", "--doc", V1);
        assertPatch("[{'op':'replace','path':'/status','value':'done'}]", r);
        assertEquals("", r.err());
    }

    @Test
    void patch_backward_v3Status_becomesTheV1DoneFlag_andTheAssigneesHeadTheAssignee() throws IOException {
        Path p = write("edit.json", "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"done\"},"
                + "{\"op\":\"replace\",\"path\":\"/assignees/0\",\"value\":\"zoe\"}]");
        Run r = lensc("", "patch", "--lens", LENS, "--from", "3", "--to", "1", "--doc", V3, p.toString());
        assertPatch("[{'op':'replace','path':'/isDone','value':true},{'op':'replace','path':'/assignee','value':'zoe'}]", r);
    }

    @Test
    void patch_withoutDoc_aFieldNoLensOpTouches_passesUnchanged() throws IOException {
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"Tea\"}]",
                "patch", "--lens", LENS, "--from", "1", "--to", "3");
        assertPatch("[{'op':'replace','path':'/title','value':'Tea'}]", r);
    }

    @Test
    void patch_withoutDoc_translatesFromPathsAlone_andReportsADropWithIndexAndPointer() throws IOException {
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/assignees/1\",\"value\":\"x\"},"
                + "{\"op\":\"remove\",\"path\":\"/assignees/0\"}]", "patch", "--lens", LENS, "--from", "3", "--to", "1");
        assertEquals(0, r.code(), r.err());
        assertPatch("[{'op':'replace','path':'/assignee','value':null}]", r);
        assertTrue(r.err().startsWith("warning: dropped op 0 at /assignees/1: the target version keeps only the first"
                + " item of 'assignee'"), r.err());
        assertTrue(r.err().contains("warning: op 1 at /assignees/0: 'head assignee': removing item 0 writes null"), r.err());
    }

    @Test
    void patch_rejections_exit1_namingOpIndexAndPointer_andPrintNoPatch() throws IOException {
        Run unmapped = lensc("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"t\"},"
                + "{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"archived\"}]",
                "patch", "--lens", LENS, "--from", "3", "--to", "1");
        assertEquals(1, unmapped.code());
        assertEquals("", unmapped.out());
        assertEquals("error: rejected op 1 at /status: a value of the wrong type: expected one of [active, done,"
                + " blocked, halted], found string \"archived\"\n"
                + "error: the patch is not translated: 1 of its ops is rejected\n", unmapped.err());
        Run unknown = lensc("[{\"op\":\"replace\",\"path\":\"/estimate\",\"value\":3}]",
                "patch", "--lens", LENS, "--from", "1", "--to", "3");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("error: rejected op 0 at /estimate: this version has no field 'estimate'"),
                unknown.err());
        Run strict = lensc("[{\"op\":\"replace\",\"path\":\"/groupId\",\"value\":\"work\"}]",
                "patch", "--lens", LENS, "--from", "3", "--to", "1", "--strict");
        assertEquals(1, strict.code());
        assertTrue(strict.err().startsWith("error: rejected op 0 at /groupId: no counterpart in the target version: "),
                strict.err());
        Run baseWithoutDoc = lensc("[]", "patch", "--lens", LENS, "--from", "1", "--to", "3", "--base", V3);
        assertEquals(2, baseWithoutDoc.code());
    }

    @Test
    void patch_cambriaLensWithoutDoc_valueTheTableCannotMap_exits1() throws IOException {
        Path l = write("c.yml", PROJECT_LENS);
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/complete\",\"value\":\"archived\"}]", "patch", "--lens",
                l.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: rejected op 0 at /complete: no mapping for \"archived\""), r.err());
    }

    @Test
    void patch_anOpWithoutCounterpart_isDroppedWithAWarning_andExits0() throws IOException {
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/groupId\",\"value\":\"work\"},"
                + "{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"Tea\"}]",
                "patch", "--lens", LENS, "--from", "3", "--to", "1", "--doc", V3);
        assertPatch("[{'op':'replace','path':'/title','value':'Tea'}]", r);
        assertEquals("warning: dropped op 0 at /groupId: "
                + "the target version has no field 'groupId' ('remove groupId: string = \"inbox\"')\n", r.err());
    }

    @Test
    void patch_ontoABase_keepsWhatTheBaseHoldsThatTheSourceHasNoSayAbout() throws IOException {
        // v1 writes isDone false; the stored v3 document is "blocked", which also goes down as false
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"Tea\"}]",
                "patch", "--lens", LENS, "--from", "1", "--to", "3", "--doc", V1, "--base", V3);
        assertPatch("[{'op':'replace','path':'/title','value':'Tea'}]", r);
    }

    @Test
    void patch_badPatchesAndBadValues_exit1() {
        Run notPatch = lensc("{\"op\":\"add\"}", "patch", "--lens", LENS, "--from", "1", "--to", "3");
        assertEquals(1, notPatch.code());
        assertTrue(notPatch.err().startsWith("error: <stdin>: not a JSON Patch: "), notPatch.err());
        Run wrongType = lensc("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":1}]",
                "patch", "--lens", LENS, "--from", "1", "--to", "3", "--doc", V1);
        assertEquals(1, wrongType.code());
        assertEquals("error: rejected op 0 at /title: a value of the wrong type: expected a string, found number 1\n"
                + "error: the patch is not translated: 1 of its ops is rejected\n", wrongType.err());
        assertEquals(1, lensc("[", "patch", "--lens", LENS, "--from", "1", "--to", "3").code());
    }

    @Test
    void patch_usageErrors_exit2() {
        assertEquals(2, lensc("[]", "patch", "--lens", LENS).code());
        assertEquals(2, lensc("[]", "patch", "--lens", LENS, "--reverse").code());
        assertEquals(2, lensc("[]", "patch", "--lens", LENS, "--from", "1", "--to", "3", "a.json", "b.json").code());
        assertEquals(2, lensc("[]", "patch", "--lens", LENS, "--from", "1", "--to", "3", "--doc", "nope.json").code());
    }

    // --- patch: cases of Cambria's own patch tests (test/patch.ts), with the document given ---

    static final String PROJECT_LENS = """
            lens:
              - rename: { source: title, destination: name }
              - add: { name: description, type: string, default: "" }
              - convert:
                  name: complete
                  mapping:
                    - { false: todo, true: done }
                    - { todo: false, inProgress: false, done: true }
            """;
    static final String PROJECT_V1 = "{\"title\":\"hello\",\"tasks\":[\"walk dog\",\"do laundry\"],\"complete\":false}";
    static final String PROJECT_V2 = "{\"name\":\"hello\",\"tasks\":[\"walk dog\"],\"description\":\"a great project\","
            + "\"complete\":\"done\"}";

    Run cambria(String lens, String doc, String patch, String... more) throws IOException {
        Path l = write("lens.yml", lens);
        Path d = write("doc.json", doc);
        String[] args = new String[5 + more.length];
        args[0] = "patch";
        args[1] = "--lens";
        args[2] = l.toString();
        args[3] = "--doc";
        args[4] = d.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return lensc(patch.replace('\'', '"'), args);
    }

    @Test
    void cambria_rename_convertsUpwardsAndDownwards() throws IOException {
        assertPatch("[{'op':'replace','path':'/name','value':'new title'}]",
                cambria(PROJECT_LENS, PROJECT_V1, "[{'op':'replace','path':'/title','value':'new title'}]"));
        assertPatch("[{'op':'replace','path':'/title','value':'new name'}]",
                cambria(PROJECT_LENS, PROJECT_V2, "[{'op':'replace','path':'/name','value':'new name'}]", "--reverse"));
    }

    @Test
    void cambria_addedField_becomesAnEmptyPatchWhenReversed() throws IOException {
        Run r = cambria(PROJECT_LENS, PROJECT_V2, "[{'op':'replace','path':'/description','value':'going swimmingly'}]",
                "--reverse");
        assertPatch("[]", r);
        assertTrue(r.err().startsWith("warning: dropped op 0 "), r.err());
    }

    @Test
    void cambria_convert_booleanToStringAndBack() throws IOException {
        assertPatch("[{'op':'replace','path':'/complete','value':'done'}]",
                cambria(PROJECT_LENS, PROJECT_V1, "[{'op':'replace','path':'/complete','value':true}]"));
        assertPatch("[{'op':'replace','path':'/complete','value':false}]",
                cambria(PROJECT_LENS, PROJECT_V2, "[{'op':'replace','path':'/complete','value':'inProgress'}]",
                        "--reverse"));
    }

    @Test
    void cambria_addAndRemove_followTheRename() throws IOException {
        assertPatch("[{'op':'add','path':'/name','value':'x'}]",
                cambria(PROJECT_LENS, "{}", "[{'op':'add','path':'/title','value':'x'}]"));
        assertPatch("[{'op':'remove','path':'/name'}]",
                cambria(PROJECT_LENS, PROJECT_V1, "[{'op':'remove','path':'/title'}]"));
    }

    @Test
    void cambria_inHoistPlunge_mapThePaths() throws IOException {
        assertPatch("[{'op':'replace','path':'/metadata/name','value':'hello'}]",
                cambria("lens:\n  - in: { name: metadata, lens: [ { rename: { source: title, destination: name } } ] }\n",
                        "{\"metadata\":{\"title\":\"x\"}}", "[{'op':'replace','path':'/metadata/title','value':'hello'}]"));
        assertPatch("[{'op':'replace','path':'/created_at','value':'July 7th, 2020'}]",
                cambria("lens:\n  - hoist: { host: metadata, name: created_at }\n",
                        "{\"metadata\":{\"created_at\":\"x\"}}",
                        "[{'op':'replace','path':'/metadata/created_at','value':'July 7th, 2020'}]"));
        assertPatch("[{'op':'replace','path':'/metadata/created_at','value':'July 7th, 2020'}]",
                cambria("lens:\n  - plunge: { host: metadata, name: created_at }\n",
                        "{\"created_at\":\"x\",\"metadata\":{}}",
                        "[{'op':'replace','path':'/created_at','value':'July 7th, 2020'}]"));
    }

    @Test
    void cambria_wrapAndHead_writeItemZero() throws IOException {
        assertPatch("[{'op':'replace','path':'/assignee/0','value':'July 7th, 2020'}]",
                cambria("lens:\n  - wrap: { name: assignee }\n", "{\"assignee\":\"x\"}",
                        "[{'op':'replace','path':'/assignee','value':'July 7th, 2020'}]"));
        assertPatch("[{'op':'replace','path':'/assignee','value':'Peter'}]",
                cambria("lens:\n  - head: { name: assignee }\n", "{\"assignee\":[\"x\",\"y\"]}",
                        "[{'op':'replace','path':'/assignee/0','value':'Peter'}]"));
        Run other = cambria("lens:\n  - head: { name: assignee }\n", "{\"assignee\":[\"x\",\"y\"]}",
                "[{'op':'replace','path':'/assignee/1','value':'Peter'}]");
        assertPatch("[]", other);
        assertFalse(other.err().isEmpty());
        assertPatch("[{'op':'replace','path':'/assignee','value':null}]",
                cambria("lens:\n  - head: { name: assignee }\n", "{\"assignee\":[\"x\"]}",
                        "[{'op':'remove','path':'/assignee/0'}]"));
    }

    @Test
    void cambria_withoutDoc_translatesFromPathsAlone_evenWhereTheEmptyDocumentHasNoSuchPath() throws IOException {
        Path l = write("in.yml", "lens:\n  - rename: { source: title, destination: name }\n"
                + "  - in: { name: comments, lens: [ { map: { lens: [ { rename: { source: text, destination: body } } ] } } ] }\n");
        assertPatch("[{'op':'add','path':'/name','value':'x'}]",
                lensc("[{\"op\":\"add\",\"path\":\"/title\",\"value\":\"x\"}]", "patch", "--lens", l.toString()));
        Run r = lensc("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"x\"},"
                + "{\"op\":\"replace\",\"path\":\"/comments/1/text\",\"value\":\"y\"},"
                + "{\"op\":\"remove\",\"path\":\"/comments/1\"},"
                + "{\"op\":\"add\",\"path\":\"/comments/2\",\"value\":{\"text\":\"z\"}}]", "patch", "--lens", l.toString());
        assertEquals(0, r.code(), r.err());
        assertPatch("[{'op':'replace','path':'/name','value':'x'},{'op':'replace','path':'/comments/1/body','value':'y'},"
                + "{'op':'remove','path':'/comments/1'},{'op':'add','path':'/comments/2','value':{'body':'z'}}]", r);
    }

    // --- help ---

    @Test
    void help_listsEveryCommand_andEachCommandHasItsHelp() {
        Run overview = lensc("", "--help");
        assertEquals(0, overview.code());
        for (String command : new String[] {"apply", "patch", "schema", "check", "graph"}) {
            assertTrue(overview.out().contains("\n  " + command + " "), command);
            Run help = lensc("", command, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().startsWith("lensc " + command + " - "), help.out());
            assertEquals(help.out(), lensc("", "help", command).out());
        }
        Run typo = lensc("", "help", "grph");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean 'graph'?"), typo.err());
    }
}
