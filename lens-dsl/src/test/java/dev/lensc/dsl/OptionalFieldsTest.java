package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code name?: T} (may be absent) against {@code name: T?} (may be null) and {@code name: T = d} (a default). */
class OptionalFieldsTest {

    private static Type.ObjectType version1(String fields) {
        LensFileResult r = LensFiles.parse("t.lens", "schema S { version 1 { " + fields + " } }");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        return (Type.ObjectType) r.schema("S").orElseThrow().type(1);
    }

    private static Field field(Type.ObjectType t, String name) {
        return t.field(name).orElseThrow();
    }

    @Test
    void questionMarkAfterTheName_makesTheFieldOptional_withoutADefault() {
        Type.ObjectType t = version1("a?: int  b: int  c: int = 1  d?: string?  box: { n?: int  m: int }");
        assertEquals(new Field("a", new Type.IntType(), null, true), field(t, "a"));
        assertTrue(field(t, "b").required());
        assertEquals(new Field("c", new Type.IntType(), new com.fasterxml.jackson.databind.node.IntNode(1), true),
                field(t, "c"));
        assertEquals(new Field("d", Type.nullable(new Type.StringType()), null, true), field(t, "d"));
        Type.ObjectType box = (Type.ObjectType) field(t, "box").type();
        assertTrue(field(box, "n").optional());
        assertTrue(field(box, "m").required());
    }

    @Test
    void aNullableFieldWithoutTheMark_followsTheRuntimesRuleForFieldsWrittenWithoutIt() {
        Type t = new Type.StringType();
        assertEquals(new Field("s", Type.nullable(t), null).optional(), field(version1("s: string?"), "s").optional());
    }

    @Test
    void optionalFields_areKeptThroughTheLenses() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema S {
                  version 1 { a?: int  b: string }
                  lens 1 -> 2 { rename a -> count }
                  version 2 { count?: int  b: string }
                }""");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        assertTrue(((Type.ObjectType) r.schema("S").orElseThrow().type(2)).field("count").orElseThrow().optional());
    }

    @Test
    void aRestatementThatDiffersOnlyInPresence_isAnErrorNamingTheField() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema S {
                  version 1 { a?: int  b: string  box: { n: int } }
                  lens 1 -> 2 { add c: int = 0 }
                  version 2 { a: int  b?: string  box: { n?: int }  c: int = 0 }
                }""");
        assertEquals(List.of(
                "t.lens:4:15: error: version 2 restates field 'a' as required, but the lenses derive it optional (it may"
                        + " be absent)\n  hint: write 'a?: int'",
                "t.lens:4:23: error: version 2 restates field 'b' as optional (it may be absent), but the lenses derive"
                        + " it required\n  hint: write 'b: string'",
                "t.lens:4:42: error: version 2 restates field 'box.n' as optional (it may be absent), but the lenses"
                        + " derive it required\n  hint: write 'n: int'"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(r.diagnostics().stream().allMatch(d -> d.code() == DiagnosticCode.RESTATED_VERSION_DIFFERS));
    }

    @Test
    void addTakesNoQuestionMark_becauseItAlwaysWritesAValue() {
        LensFileResult r = LensFiles.parse("t.lens", "schema S { version 1 { a: int }\n lens 1 -> 2 { add b?: int } }");
        assertEquals(List.of("t.lens:2:21: error: unexpected '?', expected ':'\n  hint: 'add' always writes the field, so"
                + " it is never absent: give it a default instead ('= <value>')"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
    }
}
