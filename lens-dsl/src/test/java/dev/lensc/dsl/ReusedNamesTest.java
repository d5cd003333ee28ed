package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A field name removed by one lens and brought back by a later one with another type. */
class ReusedNamesTest {
    private static final String HINT = " | hint: use a new name, or declare the reuse with its reason: reuse ";

    private static List<String> lines(String text) {
        return LensFiles.parse("t.lens", text).diagnostics().stream()
                .map(d -> d.format().replace("\n  hint: ", " | hint: ") + " [" + d.code().code() + "]").toList();
    }

    @Test
    void addedBackWithAnotherType_isAWarningAtTheNewName() {
        assertEquals(List.of("t.lens:4:21: warning: field 'flag' comes back as int, but lens 1 -> 2 removed it as boolean:"
                + " code that knows the old field takes the new one for it" + HINT + "flag \"why\" [LENS019]"),
                lines("""
                        schema S {
                          version 1 { flag: boolean  n: int }
                          lens 1 -> 2 { remove flag: boolean = false }
                          lens 2 -> 3 { add flag: int = 0 }
                        }"""));
    }

    @Test
    void renamedHoistedOrPlungedIntoTheName_isAWarningAtThatName() {
        assertEquals(List.of(
                "t.lens:4:29: warning: field 'flag' comes back as int, but lens 1 -> 2 removed it as boolean: code that"
                        + " knows the old field takes the new one for it" + HINT + "flag \"why\" [LENS019]",
                "t.lens:5:47: warning: field 'city' comes back as int, but lens 1 -> 2 removed it as string: code that"
                        + " knows the old field takes the new one for it" + HINT + "city \"why\" [LENS019]",
                "t.lens:6:24: warning: field 'box.id' comes back as int, but lens 1 -> 2 removed it as string: code that"
                        + " knows the old field takes the new one for it" + HINT + "box.id \"why\" [LENS019]"),
                lines("""
                        schema S {
                          version 1 { flag: boolean  n: int  city: string  addr: { zip: int }  box: { id: string }  id: int }
                          lens 1 -> 2 { remove flag: boolean = false  remove city: string = ""  in box { remove id: string = "" } }
                          lens 2 -> 3 { rename n -> flag }
                          lens 3 -> 4 { hoist addr.zip  rename zip -> city }
                          lens 4 -> 5 { plunge id -> box }
                        }"""));
    }

    @Test
    void aDeclaredReuse_orTheSameType_orARemovalOnAnotherBranch_isQuiet() {
        assertEquals(List.of(), lines("""
                schema S {
                  version 1 { flag: boolean  on: boolean }
                  lens 1 -> 2 { remove flag: boolean = false  remove on: boolean = false  add mark: boolean = false }
                  lens 2 -> 3 {
                    add flag: int = 0
                    reuse flag "flag was a boolean until v2; no v1 reader remains"
                    add on: boolean = true
                    remove mark: boolean = false
                  }
                  lens 1 -> 4 { add mark: int = 0 }
                }"""));
    }

    @Test
    void aReuseDeclarationThatNamesNoReusedField_isAnError() {
        assertEquals(List.of(
                "t.lens:4:17: error: 'reuse n': no earlier lens removed a field 'n' | hint: declare a reuse in the lens"
                        + " that brings a removed field name back; remove this one [LENS015]",
                "t.lens:4:30: error: 'reuse flag': lens 2 -> 3 brings no field 'flag' back | hint: declare a reuse in the"
                        + " lens that brings a removed field name back; remove this one [LENS015]"),
                lines("""
                        schema S {
                          version 1 { flag: boolean }
                          lens 1 -> 2 { remove flag: boolean = false }
                          lens 2 -> 3 { reuse n "x"  reuse flag "y"  add n: int = 0 }
                        }"""));
    }

    @Test
    void aLaterLensOnTheSameBranch_stillRemembersTheRemoval() {
        LensFileResult r = LensFiles.parse("t.lens", """
                schema S {
                  version 1 { flag: boolean }
                  lens 1 -> 2 { remove flag: boolean = false }
                  lens 2 -> 3 { add other: int = 0 }
                  lens 3 -> 4 { add flag: string = "" }
                }""");
        assertFalse(r.hasErrors());
        assertEquals(List.of("t.lens:5:21 REUSED_NAME"),
                r.diagnostics().stream().map(d -> d.location() + " " + d.code()).toList());
    }
}
