package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.runtime.sync.CompatibilityMode;
import dev.lensc.runtime.sync.Envelope;
import dev.lensc.runtime.sync.SemanticRules;
import dev.lensc.runtime.sync.WriteRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code semantic}, {@code epoch}, {@code mode}, {@code gate} and {@code envelope}: the model they build and their positioned errors. */
class SyncRulesTest {

    private static final String TODO = """
            schema TodoItem {
              version 1 { title: string  assignee: string? = null  notes: string = ""  meta: { dots: [string] } }
              lens 1 -> 2 { rename title -> name }
              lens 2 -> 3 { wrap assignee -> assignees  lossy PutGet, CreateGet "one assignee in v1, v2" }
            %s
            }""";

    private static LensFileResult parse(String syncItems) {
        return LensFiles.parse("t.lens", TODO.formatted(syncItems));
    }

    /** Each diagnostic as {@code line:col CODE message}; the sync items start on line 5. */
    private static List<String> problems(String syncItems) {
        return parse(syncItems).diagnostics().stream()
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.code().code() + " " + d.message())
                .toList();
    }

    private static List<String> hints(String syncItems) {
        return parse(syncItems).diagnostics().stream().map(d -> String.valueOf(d.hint())).toList();
    }

    @Test
    void everyDeclaration_buildsTheRuntimeRules() {
        LensFileResult r = parse("""
                  semantic meta.dots
                  mode read-new-write-old
                  gate assignees min-version 3: "several assignees: upgrade to edit them"
                  epoch 2 { reject writes from versions < 2: "old clients are read-only"  accept writes to notes from versions < 2 }
                  epoch 3 { reject writes to assignees from versions < 3: "assignees are a list now; upgrade and resync" }
                  envelope "todo-item" { schema: type  version: version  _id: id "{type}@{version}:{key}" }""");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        SemanticRules expected = SemanticRules.none()
                .withSemantic("meta.dots")
                .withMode(CompatibilityMode.READ_NEW_WRITE_OLD)
                .withGate("assignees", 3, "several assignees: upgrade to edit them")
                .withEpoch(2, WriteRule.reject(null, 2, "old clients are read-only"), WriteRule.accept("notes", 2))
                .withEpoch(3, WriteRule.reject("assignees", 3, "assignees are a list now; upgrade and resync"))
                .withEnvelope(Envelope.of("todo-item").typeIn("schema").versionIn("version")
                        .idIn("_id", "{type}@{version}:{key}"));
        assertEquals(expected, r.schema("TodoItem").orElseThrow().sync());
    }

    @Test
    void noDeclarations_meanNoRules() {
        LensFileResult r = parse("");
        assertEquals(SemanticRules.none(), r.schema("TodoItem").orElseThrow().sync());
    }

    @Test
    void fieldsAreFieldsOfTheNewestVersion_withDidYouMean() {
        assertEquals(List.of(
                "5:10 LENS003 'asignees' is not a field of version 3 (the newest) of 'TodoItem'",
                "6:28 LENS003 'title' is not a field of version 3 (the newest) of 'TodoItem'",
                "7:15 LENS003 'dot' is not a field of version 3 (the newest) of 'TodoItem'",
                "8:16 LENS003 'x' is inside a value that is not an object in version 3"),
                problems("""
                          semantic asignees
                          epoch 3 { reject writes to title from versions < 3: "r" }
                          semantic meta.dot
                          semantic notes.x"""));
        assertEquals(List.of("did you mean 'assignees'?",
                "'title' is a field of version 1; rules name fields as the newest version (3) has them",
                "did you mean 'dots'?", "a path names object fields only: notes.x"),
                hints("""
                          semantic asignees
                          epoch 3 { reject writes to title from versions < 3: "r" }
                          semantic meta.dot
                          semantic notes.x"""));
    }

    @Test
    void versionsMustExist_andEpochsComeInOrder() {
        assertEquals(List.of(
                "5:54 LENS022 'from versions < 4': schema 'TodoItem' has no version 4",
                "6:7 LENS023 epoch 2 comes after epoch 3",
                "7:28 LENS022 'min-version 7': schema 'TodoItem' has no version 7",
                "8:28 LENS024 min-version 1 is the first version: every writer has it, so the gate never closes",
                "9:7 LENS004 epoch 3 is declared twice"),
                problems("""
                          epoch 3 { reject writes to assignees from versions < 4: "r" }
                          epoch 2 { }
                          gate assignees min-version 7: "r"
                          gate assignees min-version 1: "r"
                          epoch 3 { }"""));
    }

    @Test
    void rules_duplicatesContradictionsAndMissingReasons() {
        assertEquals(List.of(
                "7:3 LENS004 epoch 2 has two rules about writes to 'notes'",
                "8:3 LENS024 this accept rule contradicts the rule about writes to 'notes' at t.lens:6:3",
                "9:3 LENS024 a reject rule needs a reason: the rejected writer is shown it",
                "10:3 LENS024 an accept rule names the field it lets through"),
                problems("""
                          epoch 2 {
                            reject writes to notes from versions < 2: "a"
                            reject writes to notes from versions < 3: "b"
                            accept writes to notes from versions < 2
                            reject writes to name from versions < 2
                            accept writes from versions < 2
                          }"""));
    }

    @Test
    void modesAndEnvelopes_areChecked() {
        assertEquals(List.of(
                "5:6 LENS024 unknown mode 'read-new-write-odl'",
                "6:6 LENS004 schema 'TodoItem' declares a mode twice",
                "7:15 LENS024 unknown envelope role 'verison'",
                "7:24 LENS024 'notes' is a field of version 1 and of the envelope",
                "7:45 LENS024 id pattern \"{type}@{vers}\": unknown placeholder '{vers}' (known: {type}, {version}, {key})",
                "7:45 LENS024 id pattern \"{type}@{vers}\": the pattern has no '{key}': nothing would identify the"
                        + " document across versions"),
                problems("""
                          mode read-new-write-odl
                          mode compact-old
                          envelope { v: verison  notes: type  _id: id "{type}@{vers}" }"""));
        assertEquals("did you mean 'read-new-write-old'?", hints("  mode read-new-write-odl").get(0));
    }

    @Test
    void semanticInsideALens_belongsInTheSchemaBlock() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema S { version 1 { tags: [string] }
                  lens 1 -> 2 { semantic tags }
                }""");
        assertEquals(List.of("2:17 LENS015"), r.diagnostics().stream()
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.code().code()).toList());
        assertTrue(r.diagnostics().get(0).hint().contains("semantic tags"), r.formatDiagnostics());
    }

    @Test
    void modeAndGateAreStillFieldNames() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema S { version 1 { mode: string  gate: int  envelope: boolean  accept: string }
                  lens 1 -> 2 { rename mode -> gate2 }
                  semantic gate
                }""");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
    }
}
