package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.store.Assembly;
import dev.lensc.runtime.store.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code assemble version N { <fields> from <Schema> version <M> by <reference> { ops } }}: the
 * runtime {@link Assembly} it builds, and a positioned error for each way it can be wrong.
 */
class AssembleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Chesterfield's split; the assemble items start on line 10. */
    private static final String CHESTERFIELD = """
            schema Status {
              version 1 { todoId: string  done: boolean  count: int }
            }
            schema TodoItem {
              version 1 { title: string  isDone: boolean }
              lens 1 -> 2 "the done flag moves to status" {
                remove isDone: boolean = false
                add note: string = ""
              }
            %s
            }
            """;

    private static LensFileResult parse(String assembleItems) {
        return LensFiles.parse("t.lens", CHESTERFIELD.formatted(assembleItems));
    }

    /** Each diagnostic as {@code file:line:col CODE message}. */
    private static List<String> problems(String text) {
        return LensFiles.parse("t.lens", text).diagnostics().stream()
                .map(d -> d.location() + " " + d.code().code() + " " + d.message()).toList();
    }

    private static List<String> problemsIn(String assembleItems) {
        return problems(CHESTERFIELD.formatted(assembleItems));
    }

    private static List<String> hints(String assembleItems) {
        return parse(assembleItems).diagnostics().stream().map(d -> String.valueOf(d.hint())).toList();
    }

    @Test
    void chesterfieldsSplit_buildsTheRuntimeAssembly() throws Exception {
        LensFileResult r = parse("""
                  assemble version 1 {
                    isDone from Status version 1 by todoId { rename done -> isDone }
                  }""");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        Assembly expected = Assembly.of("todo-item", 1).input("status", 1, "todoId",
                Part.lens(Lens.of(new LensOp.Rename("done", "isDone")), "isDone"));
        assertEquals(List.of(expected), r.assemblies());
        assertEquals(List.of(expected), r.schema("TodoItem").orElseThrow().assemblies());
        assertEquals(List.of(), r.schema("Status").orElseThrow().assemblies());

        Part part = r.assemblies().get(0).inputs().get(0).part();
        JsonNode status = JSON.readTree("{\"todoId\":\"t1\",\"done\":true,\"count\":3}");
        assertEquals(JSON.readTree("{\"isDone\":true}"), part.forward(status));
        assertEquals(JSON.readTree("{\"todoId\":\"t1\",\"done\":false,\"count\":3}"),
                part.backward(JSON.readTree("{\"title\":\"milk\",\"isDone\":false}"), status),
                "going back, what only the status knows survives without ops that say so");
    }

    @Test
    void withoutOps_theFieldsKeepTheirNames_andSeveralInputsMayFeedOneVersion() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema Status { version 1 { todoId: string  isDone: boolean } }
                schema Title { version 1 { item: string  title: string  lang: string } }
                schema TodoItem {
                  version 1 { title: string  isDone: boolean }
                  lens 1 -> 2 { remove isDone: boolean = false  remove title: string = "" }
                  assemble version 1 {
                    isDone from Status version 1 by todoId
                    title from Title version 1 by item
                  }
                }""");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        assertEquals(List.of(Assembly.of("TodoItem", 1)
                .input("Status", 1, "todoId", Part.lens(Lens.of(), "isDone"))
                .input("Title", 1, "item", Part.lens(Lens.of(), "title"))), r.assemblies());
    }

    @Test
    void anUnknownSchema_isNamedWithDidYouMean() {
        assertEquals(List.of("t.lens:10:36 LENS030 there is no schema 'Statu' in this file to take fields from"),
                problemsIn("  assemble version 1 { isDone from Statu version 1 by todoId { rename done -> isDone } }"));
        assertEquals(List.of("did you mean 'Status'?"),
                hints("  assemble version 1 { isDone from Statu version 1 by todoId { rename done -> isDone } }"));
    }

    @Test
    void unknownVersions_ofTheTargetAndOfTheInput() {
        assertEquals(List.of("t.lens:10:20 LENS022 schema 'TodoItem' has no version 3 to assemble"),
                problemsIn("  assemble version 3 { isDone from Status version 1 by todoId { rename done -> isDone } }"));
        assertEquals(List.of("t.lens:10:51 LENS022 schema 'Status' has no version 2 to take fields from"),
                problemsIn("  assemble version 1 { isDone from Status version 2 by todoId { rename done -> isDone } }"));
        assertEquals(List.of("its versions: 1"),
                hints("  assemble version 1 { isDone from Status version 2 by todoId { rename done -> isDone } }"));
    }

    @Test
    void theReference_mustBeAStringFieldOfTheInput() {
        assertEquals(List.of("t.lens:10:56 LENS003 'todoID' is not a field of Status version 1"),
                problemsIn("  assemble version 1 { isDone from Status version 1 by todoID { rename done -> isDone } }"));
        assertEquals(List.of("did you mean 'todoId'?"),
                hints("  assemble version 1 { isDone from Status version 1 by todoID { rename done -> isDone } }"));
        assertEquals(List.of("t.lens:10:56 LENS031 'count' of Status version 1 is int, not a string: a reference holds"
                        + " the key of the TodoItem document it belongs to"),
                problemsIn("  assemble version 1 { isDone from Status version 1 by count { rename done -> isDone } }"));
    }

    @Test
    void aSuppliedField_mustBeAFieldOfTheTargetVersion() {
        assertEquals(List.of("t.lens:10:24 LENS003 'isDon' is not a field of TodoItem version 1"),
                problemsIn("  assemble version 1 { isDon from Status version 1 by todoId { rename done -> isDon } }"));
        assertEquals(List.of("did you mean 'isDone'?"),
                hints("  assemble version 1 { isDon from Status version 1 by todoId { rename done -> isDon } }"));
        assertEquals(List.of("t.lens:10:24 LENS003 'note' is not a field of TodoItem version 1"),
                problemsIn("  assemble version 1 { note from Status version 1 by todoId { rename done -> note } }"));
    }

    @Test
    void aSuppliedField_mustComeOutOfTheInput_withTheTargetsTypeAndPresence() {
        assertEquals(List.of("t.lens:10:24 LENS003 'isDone' is not a field of Status version 1"),
                problemsIn("  assemble version 1 { isDone from Status version 1 by todoId }"));
        assertEquals(List.of("did you mean 'done'? rename it in the input's block: { rename done -> isDone }"),
                hints("  assemble version 1 { isDone from Status version 1 by todoId }"));
        assertEquals(List.of("rename the field that holds it in the input's block: { rename <field> -> title }"
                + " (its fields: todoId, done, count)"), hints("  assemble version 1 { title from Status version 1 by todoId }"));
        assertEquals(List.of("t.lens:10:24 LENS031 'isDone' is boolean in TodoItem version 1 but int in Status version 1"
                        + " after its ops"),
                problemsIn("  assemble version 1 { isDone from Status version 1 by todoId { rename count -> isDone } }"));
        assertEquals(List.of("t.lens:10:24 LENS031 'isDone' may be absent in Status version 1 after its ops but TodoItem"
                        + " version 1 requires it"),
                problemsIn("  assemble version 1 { isDone from Status version 1 by todoId {"
                        + " remove done: boolean  add isDone: boolean = true } }"));
    }

    @Test
    void theInputsOps_areCheckedWhereTheyAreWritten() {
        assertEquals(List.of("t.lens:10:72 LENS003 no field 'dne' here (fields: todoId, done, count)"),
                problemsIn("  assemble version 1 { isDone from Status version 1 by todoId { rename dne -> isDone } }"));
        assertEquals(List.of("t.lens:11:3 LENS015 'lossy' declares something about a lens; the ops of an 'assemble'"
                        + " input only pick the fields it supplies"),
                problemsIn("""
                          assemble version 1 { isDone from Status version 1 by todoId { rename done -> isDone
                            lossy PutGet "no" } }"""));
    }

    @Test
    void duplicates_aFieldSuppliedTwice_andAVersionAssembledTwice() {
        assertEquals(List.of("t.lens:11:3 LENS004 'isDone' is supplied twice"),
                problemsIn("""
                          assemble version 1 { isDone from Status version 1 by todoId { rename done -> isDone }
                            isDone from Status version 1 by todoId { rename done -> isDone } }"""));
        assertEquals(List.of("t.lens:11:1 LENS004 version 1 of 'TodoItem' is assembled twice"),
                problemsIn("""
                          assemble version 1 { isDone from Status version 1 by todoId { rename done -> isDone } }
                          assemble version 1 { isDone from Status version 1 by todoId { rename done -> isDone } }"""));
    }

    @Test
    void nothingToAssembleFrom_andEveryVersionAssembled_areErrors() {
        assertEquals(List.of("t.lens:10:3 LENS031 version 1 of 'TodoItem' is assembled from no input"),
                problemsIn("  assemble version 1 { }"));
        assertEquals(List.of("t.lens:11:1 LENS031 every version of 'TodoItem' is assembled: no version holds the"
                        + " document itself"),
                problemsIn("""
                          assemble version 1 { isDone from Status version 1 by todoId { rename done -> isDone } }
                          assemble version 2 { note from Status version 1 by todoId { remove done: boolean  remove count: int
                            add note: string = "" } }"""));
    }

    @Test
    void cycles_areReportedOnce_atTheInputThatClosesThem() {
        assertEquals(List.of("t.lens:4:35 LENS032 'Status' takes fields from 'TodoItem', and 'TodoItem' from 'Status':"
                        + " assembled documents cannot take fields from each other in a cycle"),
                problems("""
                        schema Status {
                          version 1 { todoId: string  done: boolean  title: string }
                          lens 1 -> 2 { remove title: string = "" }
                          assemble version 1 { title from TodoItem version 2 by ref }
                        }
                        schema TodoItem {
                          version 1 { title: string  isDone: boolean  ref: string }
                          lens 1 -> 2 { remove isDone: boolean = false }
                          assemble version 1 { isDone from Status version 2 by todoId { rename done -> isDone } }
                        }"""));
        assertEquals(List.of("t.lens:4:41 LENS032 'Item' takes fields from itself: assembled documents cannot take"
                        + " fields from each other in a cycle"),
                problems("""
                        schema Item {
                          version 1 { parent: string  parentTitle: string  title: string }
                          lens 1 -> 2 { remove parentTitle: string = "" }
                          assemble version 1 { parentTitle from Item version 2 by parent { rename title -> parentTitle } }
                        }"""));
    }

    @Test
    void aMissingPartOfTheSyntax_isASyntaxError() {
        assertEquals("LENS001", parse("  assemble version 1 { isDone from Status by todoId }").diagnostics().get(0)
                .code().code());
    }
}
