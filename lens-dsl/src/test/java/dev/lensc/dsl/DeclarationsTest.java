package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a lens declares about itself ({@code lossy}, {@code reuse}) apart from its ops, where it may
 * say so, and where each op's warnings are placed.
 */
class DeclarationsTest {

    private static List<String> lines(LensFileResult r) {
        return r.diagnostics().stream().map(d -> d.format().replace("\n  hint: ", " | hint: ") + " [" + d.code().code()
                + "]").toList();
    }

    private static List<String> lines(String text) {
        return lines(LensFiles.parse("t.lens", text));
    }

    @Test
    void lossyAtSchemaLevel_isAPositionedError_notACrash(@TempDir Path dir) throws Exception {
        String text = """
                schema S {
                  version 1 { tags: [string] }
                  lossy PutGet "x"
                  lens 1 -> 2 { head tags  lossy PutGet, CreateGet "only the first tag matters" }
                }""";
        Path file = dir.resolve("s.lens");
        Files.writeString(file, text);
        LensFileResult r = LensFiles.load(file);
        assertEquals(List.of(file + ":3:3: error: 'lossy' declares what a lens may break; it belongs inside a lens"
                + " block | hint: move it into the lens it is about: lens <from> -> <to> { ... lossy <law> \"why\" }"
                + " [LENS015]"), lines(r));
        assertTrue(r.hasErrors());
    }

    @Test
    void declarationsInsideInOrMap_areErrorsThatSayWhereTheyBelong() {
        assertEquals(List.of(
                "t.lens:2:24: error: 'reuse' declares a field name the whole lens brings back; it belongs directly in"
                        + " the lens block, not inside 'in' or 'map' | hint: move it to the top level of the lens and"
                        + " name the field by its path: reuse <host>.<field> \"why\" [LENS015]",
                "t.lens:2:53: error: 'lossy' declares what a whole lens may break; it belongs directly in the lens"
                        + " block, not inside 'in' or 'map' | hint: move it to the top level of the lens [LENS015]"),
                lines("""
                        schema S { version 1 { m: { a: string }  items: [{ n: int }] }
                          lens 1 -> 2 { in m { reuse a "why" }  map items { lossy PutGet } }
                        }"""));
    }

    @Test
    void twoEqualOps_eachReportTheirOwnPlace() {
        assertEquals(List.of(
                "t.lens:3:5: warning: 'head tags' breaks PutGet, CreateGet going back (lens 1 -> 2): an array of more"
                        + " than one item keeps only its first going back | hint: if that is acceptable, declare it in"
                        + " the lens: lossy PutGet, CreateGet \"why\" [LENS013]",
                "t.lens:4:5: warning: 'wrap tags' breaks PutGet, CreateGet (lens 1 -> 2): an array of more than one"
                        + " item keeps only its first going back | hint: if that is acceptable, declare it in the lens:"
                        + " lossy PutGet, CreateGet \"why\" [LENS013]",
                "t.lens:5:5: warning: 'head tags' breaks PutGet, CreateGet going back (lens 1 -> 2): an array of more"
                        + " than one item keeps only its first going back | hint: if that is acceptable, declare it in"
                        + " the lens: lossy PutGet, CreateGet \"why\" [LENS013]"),
                lines("""
                        schema S { version 1 { tags: [string] }
                          lens 1 -> 2 {
                            head tags
                            wrap tags
                            head tags
                          }
                        }"""));
    }

    @Test
    void equalOpsInTwoNestedBlocks_eachReportTheirOwnPlace() {
        List<String> found = lines("""
                schema S { version 1 { a: { tags: [string] }  b: { tags: [string] } }
                  lens 1 -> 2 {
                    in a { head tags }
                    in b { head tags }
                  }
                }""");
        assertEquals(List.of("t.lens:3:12", "t.lens:4:12"), found.stream().map(l -> l.substring(0, l.indexOf(": "))).toList());
    }

    @Test
    void everyCode_hasOneSeverity_andASecondOneIsRefused() {
        Location at = Location.start("t.lens");
        assertEquals(Severity.WARNING, DiagnosticCode.LOSSY_OP.severity());
        assertEquals(Severity.WARNING, DiagnosticCode.REPEATED_ENTRY.severity());
        assertEquals(Severity.WARNING, DiagnosticCode.REUSED_NAME.severity());
        assertEquals(Severity.ERROR, DiagnosticCode.DUPLICATE.severity());
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.error(at, DiagnosticCode.LOSSY_OP, "m", null));
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.warning(at, DiagnosticCode.DUPLICATE, "m", null));
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertEquals(code.severity(), new Diagnostic(at, code, "m", null).severity());
        }
    }

    @Test
    void repeatedConvertEntry_isAWarningOfItsOwnCode() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema S { version 1 { on: boolean }
                  lens 1 -> 2 { convert on: boolean -> string { true <-> "y"  false <-> "n"  true <-> "y" } }
                }""");
        assertFalse(r.hasErrors());
        assertEquals(List.of("t.lens:2:78: warning: this entry repeats the entry at line 2 | hint: remove it [LENS018]"),
                lines(r));
    }
}
