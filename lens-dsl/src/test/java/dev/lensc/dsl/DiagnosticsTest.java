package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of problem: the exact text, position and code users see. */
class DiagnosticsTest {

    private static LensFileResult parse(String text) {
        return LensFiles.parse("t.lens", text);
    }

    /** Asserts the formatted diagnostics, in order, and their codes. */
    private static void expect(String text, List<DiagnosticCode> codes, String... formatted) {
        LensFileResult r = parse(text);
        assertEquals(String.join("", List.of(formatted).stream().map(f -> f + "\n").toList()), r.formatDiagnostics());
        assertEquals(codes, r.diagnostics().stream().map(Diagnostic::code).toList());
    }

    private static final String TODO = """
            schema Todo {
              version 1 { title: string  isDone: boolean }
            """;

    // ---- format ----

    @Test
    void undeclaredLoss_isAWarningNamingTheLawsAndTheDeclaration() {
        expect("""
                schema S { version 1 { tags: [string] }
                  lens 1 -> 2 { head tags }
                }""", List.of(DiagnosticCode.LOSSY_OP),
                "t.lens:2:17: warning: 'head tags' breaks PutGet, CreateGet going back (lens 1 -> 2): an array of more"
                        + " than one item keeps only its first going back\n"
                        + "  hint: if that is acceptable, declare it in the lens: lossy PutGet, CreateGet \"why\"");
    }

    @Test
    void removeWithoutAnyDefault_isAWarning_unlessTheFieldDeclaresOneOrTheLossIsDeclared() {
        expect("""
                schema S { version 1 { note: string  n: int = 5 }
                  lens 1 -> 2 { remove note: string  remove n: int }
                }""", List.of(DiagnosticCode.LOSSY_OP),
                "t.lens:2:17: warning: 'remove note' has no default: going back without a stored newer document,"
                        + " 'note' comes back as \"\" (breaks CreateGet going back, lens 1 -> 2)\n"
                        + "  hint: write the value it should come back as: remove note: <type> = <value>; or declare it:"
                        + " lossy CreateGet \"why\"");
        expect("""
                schema S { version 1 { note: string }
                  lens 1 -> 2 { remove note: string  lossy CreateGet "notes stay on the server" }
                }""", List.of());
    }

    @Test
    void lossy_withAnUnknownLaw_orInsideIn_isAnError() {
        expect("""
                schema S { version 1 { m: { a: string } }
                  lens 1 -> 2 { lossy PutGit "x"  in m { lossy PutGet } }
                }""", List.of(DiagnosticCode.INVALID_OP, DiagnosticCode.INVALID_OP),
                "t.lens:2:23: error: 'PutGit' is not a law\n  hint: did you mean 'PutGet'?",
                "t.lens:2:42: error: 'lossy' declares what a whole lens may break; it belongs directly in the lens"
                        + " block, not inside 'in' or 'map'\n  hint: move it to the top level of the lens");
    }

    @Test
    void format_isFileLineColSeverityMessage_thenTheHintOnItsOwnLine() {
        Location at = new Location("a/b.lens", 3, 7);
        assertEquals("a/b.lens:3:7: error: no field 'x' here",
                Diagnostic.error(at, DiagnosticCode.UNKNOWN_FIELD, "no field 'x' here", null).format());
        assertEquals("a/b.lens:3:7: warning: lossy\n  hint: make it one-way",
                Diagnostic.warning(at, DiagnosticCode.LOSSY_OP, "lossy", "make it one-way").format());
    }

    @Test
    void codes_areStableAndUnique() {
        assertEquals("LENS001", DiagnosticCode.SYNTAX.code());
        assertEquals("LENS003", DiagnosticCode.UNKNOWN_FIELD.code());
        assertEquals(DiagnosticCode.values().length,
                java.util.Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).distinct().count());
    }

    // ---- syntax ----

    @Test
    void syntax_unexpectedToken_namesWhatWasExpected() {
        expect(TODO + "  lens 1 -> 2 { rename isDone status }\n}", List.of(DiagnosticCode.SYNTAX),
                "t.lens:3:31: error: unexpected 'status', expected '->'");
    }

    @Test
    void syntax_missingClosingBrace_isNamedInTheHint() {
        expect("schema T {\n  version 1 { a: int\n  lens 1 -> 2 { }\n}", List.of(DiagnosticCode.SYNTAX),
                "t.lens:3:8: error: unexpected '1', expected one of ':', '?'\n"
                        + "  hint: 'lens' was read as a field name: is a '}' missing before it?");
        expect("schema T {\n  version 1 { a: int }\n  lens 1 -> 2 { rename a -> b\n}\n", List.of(DiagnosticCode.SYNTAX),
                "t.lens:5:1: error: unexpected end of file, expected one of 'version', 'lens', 'semantic', 'epoch', 'lossy',"
                        + " 'mode', 'gate', 'envelope', 'assemble', '}'\n"
                        + "  hint: a '}' is missing");
    }

    @Test
    void syntax_anUnknownTypeWord_isOneError_notAnEchoOnTheNextField() {
        LensFileResult r = parse("schema T {\n  version 1 {\n    total: number\n    items: [string]\n    note: string\n  }\n}");
        assertEquals(1, r.diagnostics().size(), r.formatDiagnostics());
        assertTrue(r.formatDiagnostics().startsWith("t.lens:3:12: error: unexpected 'number', expected one of"),
                r.formatDiagnostics());
    }

    @Test
    void syntax_whereANameIsExpected_everyKeywordCountsAsAName() {
        expect("schema T { version 1 { : int } }", List.of(DiagnosticCode.SYNTAX),
                "t.lens:1:24: error: unexpected ':', expected one of a name, '}'");
    }

    @Test
    void syntax_unexpectedCharacter() {
        expect("schema T { version 1 { a: int # } }", List.of(DiagnosticCode.SYNTAX),
                "t.lens:1:31: error: unexpected character '#'");
    }

    @Test
    void syntax_unterminatedString_hasAHint() {
        expect("schema T {\n  version 1 { a: string = \"open }\n}", List.of(DiagnosticCode.SYNTAX),
                "t.lens:2:27: error: unterminated string\n"
                        + "  hint: close the string with '\"' on the same line; write \\\" for a quote inside it");
    }

    @Test
    void syntax_errorsNeverReachTheConsole() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            LensFileResult r = parse("schema { version x }} ~ \"");
            assertTrue(r.hasErrors());
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syntax_badVersionNumber() {
        expect("schema T { version 1.5 { a: int } }", List.of(DiagnosticCode.BAD_VERSION_NUMBER),
                "t.lens:1:20: error: '1.5' is not a version number\n"
                        + "  hint: version numbers are whole numbers from 0 to 2147483647");
    }

    // ---- names ----

    @Test
    void unknownField_suggestsTheClosestName() {
        expect(TODO + "  lens 1 -> 2 { rename isDon -> status }\n}", List.of(DiagnosticCode.UNKNOWN_FIELD),
                "t.lens:3:24: error: no field 'isDon' here (fields: title, isDone)\n"
                        + "  hint: did you mean 'isDone'?");
    }

    @Test
    void unknownField_insideIn_isPlacedAtTheName() {
        expect("schema T { version 1 { p: { first: string } }\n lens 1 -> 2 { in p { rename firs -> given } } }",
                List.of(DiagnosticCode.UNKNOWN_FIELD),
                "t.lens:2:30: error: no field 'firs' here (fields: first)\n  hint: did you mean 'first'?");
    }

    @Test
    void duplicateField() {
        expect("schema T {\n  version 1 { a: int  a: string }\n}", List.of(DiagnosticCode.DUPLICATE),
                "t.lens:2:23: error: field 'a' is declared twice\n  hint: first declared at t.lens:2:15");
    }

    @Test
    void duplicateSchema() {
        expect("schema T { version 1 { a: int } }\nschema T { version 1 { b: int } }", List.of(DiagnosticCode.DUPLICATE),
                "t.lens:2:8: error: schema 'T' is declared twice\n  hint: first declared at t.lens:1:8");
    }

    @Test
    void duplicateVersion() {
        expect("schema T {\n  version 1 { a: int }\n  version 1 { a: int }\n}", List.of(DiagnosticCode.DUPLICATE),
                "t.lens:3:3: error: version 1 is declared twice\n  hint: first declared at t.lens:2:3");
    }

    @Test
    void duplicateLens() {
        expect("schema T {\n  version 1 { a: int }\n  lens 1 -> 2 { }\n  lens 1 -> 2 { }\n}",
                List.of(DiagnosticCode.DUPLICATE),
                "t.lens:4:3: error: lens 1 -> 2 is declared twice\n  hint: first declared at t.lens:3:3");
    }

    @Test
    void duplicateEnumValue() {
        expect("schema T { version 1 { e: enum(a, b, a) } }", List.of(DiagnosticCode.DUPLICATE),
                "t.lens:1:38: error: enum value 'a' is listed twice");
    }

    // ---- defaults and convert tables ----

    @Test
    void defaultOfTheWrongType() {
        expect("schema T {\n  version 1 { a: int = \"x\"  b: boolean = null  c: [int] = [1, \"2\"] }\n}",
                List.of(DiagnosticCode.DEFAULT_TYPE, DiagnosticCode.DEFAULT_TYPE, DiagnosticCode.DEFAULT_TYPE),
                "t.lens:2:24: error: the default \"x\" of 'a' is not of type int\n  hint: give a default of type int",
                "t.lens:2:42: error: the default null of 'b' is not of type boolean\n"
                        + "  hint: make the type nullable (boolean?) to allow null",
                "t.lens:2:59: error: the default [1,\"2\"] of 'c' is not of type [int]: at /1: expected an int, found string \"2\"\n"
                        + "  hint: give a default of type [int]");
    }

    @Test
    void defaultOfAnAddedField_ofTheWrongType() {
        expect(TODO + "  lens 1 -> 2 { add priority: int = \"high\" }\n}", List.of(DiagnosticCode.DEFAULT_TYPE),
                "t.lens:3:37: error: the default \"high\" of 'priority' is not of type int\n"
                        + "  hint: give a default of type int");
    }

    @Test
    void convertEntryOfTheWrongType_suggestsTheSwappedEntry() {
        expect(TODO + """
                  lens 1 -> 2 {
                    convert isDone: boolean -> enum(on, off) {
                      true <-> "on"
                      "off" <-> false
                    }
                  }
                }""", List.of(DiagnosticCode.CONVERT_ENTRY, DiagnosticCode.CONVERT_ENTRY),
                "t.lens:6:7: error: convert table entry \"off\" is not of type boolean\n"
                        + "  hint: the left side is the older version's value: write 'false <-> \"off\"'",
                "t.lens:6:17: error: convert table entry false is not of type enum(on, off)");
    }

    @Test
    void convertEntryWrittenNewValueFirst_suggestsTheOneWayBackEntry() {
        expect(TODO + """
                  lens 1 -> 2 {
                    convert isDone: boolean -> enum(done, active, blocked) {
                      true <-> "done"
                      false <-> "active"
                      "blocked" -> false
                    }
                  }
                }""", List.of(DiagnosticCode.CONVERT_ENTRY, DiagnosticCode.CONVERT_ENTRY),
                "t.lens:7:7: error: convert table entry \"blocked\" is not of type boolean\n"
                        + "  hint: the left side is the older version's value: write 'false <- \"blocked\"'",
                "t.lens:7:20: error: convert table entry false is not of type enum(done, active, blocked)");
    }

    @Test
    void convertTableMissingAnEnumValue() {
        expect(TODO + """
                  lens 1 -> 2 {
                    convert isDone: boolean -> enum(on, off, maybe) {
                      true <-> "on"
                      false <-> "off"
                    }
                  }
                }""", List.of(DiagnosticCode.CONVERT_MISSING_VALUE),
                "t.lens:4:5: error: convert table of 'isDone' has no entry for \"maybe\" going back\n"
                        + "  hint: add '<value> <- \"maybe\"' or a fallback 'else <- <value>'");
    }

    @Test
    void convertTableMissingAValueGoingForward() {
        expect("schema T { version 1 { c: enum(r, g, b) }\n lens 1 -> 2 { convert c: enum(r, g, b) -> int { \"r\" <-> 1 \"g\" <-> 2 } } }",
                List.of(DiagnosticCode.CONVERT_MISSING_VALUE),
                "t.lens:2:16: error: convert table of 'c' has no entry for \"b\" going forward\n"
                        + "  hint: add '\"b\" -> <value>' or a fallback 'else -> <value>'");
    }

    @Test
    void convertFallbackGoesOneWay() {
        expect("schema T { version 1 { a: int } lens 1 -> 2 { convert a { else <-> 1 } } }",
                List.of(DiagnosticCode.CONVERT_ENTRY),
                "t.lens:1:59: error: a fallback goes one way\n"
                        + "  hint: write 'else -> 1' (going forward) or 'else <- 1' (going back)");
    }

    // ---- the version chain ----

    @Test
    void chain_lensFromAVersionToItself() {
        expect("schema T {\n  version 1 { a: int }\n  lens 1 -> 1 { }\n}", List.of(DiagnosticCode.VERSION_CYCLE),
                "t.lens:3:3: error: lens 1 -> 1 leads from version 1 to itself\n"
                        + "  hint: a lens joins two different versions");
    }

    @Test
    void chain_gap() {
        expect("schema T {\n  version 1 { a: int }\n  lens 1 -> 2 { }\n  lens 3 -> 4 { }\n}",
                List.of(DiagnosticCode.VERSION_UNREACHABLE),
                "t.lens:4:3: error: lens 3 -> 4 starts at version 3, which no lens reaches from version 1\n"
                        + "  hint: add a lens into version 3 from one of the versions reached: 1, 2");
    }

    @Test
    void chain_restatedVersionNotReached() {
        expect("schema T {\n  version 1 { a: int }\n  version 7 { a: int }\n}",
                List.of(DiagnosticCode.VERSION_UNREACHABLE),
                "t.lens:3:3: error: version 7 is not reached by any lens from version 1\n"
                        + "  hint: add a lens into version 7 from one of the versions reached: 1");
    }

    @Test
    void chain_twoLensesIntoOneVersion() {
        expect("schema T {\n  version 1 { a: int }\n  lens 1 -> 2 { }\n  lens 2 -> 3 { }\n  lens 1 -> 3 { }\n}",
                List.of(DiagnosticCode.VERSION_TWO_WAYS_IN),
                "t.lens:5:3: error: version 3 already has a lens into it: lens 2 -> 3 at t.lens:4:3\n"
                        + "  hint: each version after the first is derived by exactly one lens");
    }

    @Test
    void chain_lensIntoTheFirstVersion() {
        expect("schema T {\n  version 2 { a: int }\n  lens 1 -> 2 { }\n}",
                List.of(DiagnosticCode.VERSION_TWO_WAYS_IN),
                "t.lens:3:3: error: lens 1 -> 2 leads into version 2, the first version\n"
                        + "  hint: the chain starts at the first version block; lenses lead away from it");
    }

    @Test
    void chain_lensBackAlongAnother() {
        expect("schema T {\n  version 1 { a: int }\n  lens 1 -> 2 { }\n  lens 2 -> 1 { }\n}",
                List.of(DiagnosticCode.VERSION_CYCLE),
                "t.lens:4:3: error: lens 2 -> 1 goes back along lens 1 -> 2, which already runs both ways\n"
                        + "  hint: remove this lens; lens 1 -> 2 also translates version 2 to version 1");
    }

    @Test
    void chain_cycle() {
        expect("schema T {\n  version 1 { a: int }\n  lens 5 -> 6 { }\n  lens 6 -> 7 { }\n  lens 7 -> 5 { }\n}",
                List.of(DiagnosticCode.VERSION_CYCLE),
                "t.lens:3:3: error: lenses form a cycle: 5 -> 6 -> 7 -> 5, which no lens reaches from version 1\n"
                        + "  hint: remove one lens of the cycle and lead into it from one of the versions reached: 1");
    }

    @Test
    void schemaWithoutVersion() {
        expect("schema Empty { }", List.of(DiagnosticCode.INVALID_SCHEMA),
                "t.lens:1:8: error: schema 'Empty' declares no version\n"
                        + "  hint: declare the first version: 'version 1 { <field>: <type> ... }'");
    }

    // ---- restated versions ----

    @Test
    void restatedVersion_reportsEachDifference() {
        expect("""
                schema T {
                  version 1 { a: int  b: string  n: { x: int } }
                  lens 1 -> 2 { rename a -> c  add d: string = "x" }
                  version 2 {
                    c: string
                    b: string = "b"
                    e: int
                    n: { x: long }
                  }
                }""", List.of(DiagnosticCode.RESTATED_VERSION_DIFFERS, DiagnosticCode.RESTATED_VERSION_DIFFERS,
                        DiagnosticCode.RESTATED_VERSION_DIFFERS, DiagnosticCode.RESTATED_VERSION_DIFFERS,
                        DiagnosticCode.RESTATED_VERSION_DIFFERS),
                "t.lens:4:3: error: version 2 does not restate field 'd', which the lenses derive\n"
                        + "  hint: add 'd: string = \"x\"'",
                "t.lens:5:8: error: version 2 restates field 'c' as string, but the lenses derive int\n"
                        + "  hint: write 'c: int'",
                "t.lens:6:17: error: version 2 restates field 'b' with default \"b\", but the lenses derive no default\n"
                        + "  hint: write 'b: string'",
                "t.lens:7:5: error: version 2 restates field 'e', which the lenses do not derive\n"
                        + "  hint: did you mean 'c'?",
                "t.lens:8:13: error: version 2 restates field 'n.x' as long, but the lenses derive int\n"
                        + "  hint: write 'x: int'");
    }

    @Test
    void restatedVersion_afterALensWithErrors_isNotComparedAgain() {
        expect("""
                schema T {
                  version 1 { a: int }
                  lens 1 -> 2 { rename zzz -> c }
                  lens 2 -> 3 { add d: int }
                  version 3 { c: int  d: int }
                }""", List.of(DiagnosticCode.UNKNOWN_FIELD),
                "t.lens:3:24: error: no field 'zzz' here (fields: a)");
    }

    // ---- custom classes ----

    @Test
    void customClassNotFound() {
        expect("schema T { version 1 { a: int }\n lens 1 -> 2 { custom a using com.example.Missing } }",
                List.of(DiagnosticCode.CUSTOM_CLASS),
                "t.lens:2:31: error: class 'com.example.Missing' not found\n"
                        + "  hint: put the class on the class path of the lens compiler; it must implement "
                        + "dev.lensc.runtime.lens.CustomLens");
    }

    @Test
    void customClassNotACustomLens() {
        expect("schema T { version 1 { a: int }\n lens 1 -> 2 { custom a using java.lang.String } }",
                List.of(DiagnosticCode.CUSTOM_CLASS),
                "t.lens:2:31: error: class 'java.lang.String' does not implement dev.lensc.runtime.lens.CustomLens");
    }

    @Test
    void customClassWithoutNoArgumentConstructor() {
        expect("schema T { version 1 { a: int }\n lens 1 -> 2 { custom a using dev.lensc.dsl.testlenses.NoDefaultConstructor } }",
                List.of(DiagnosticCode.CUSTOM_CLASS),
                "t.lens:2:31: error: class 'dev.lensc.dsl.testlenses.NoDefaultConstructor' has no public"
                        + " no-argument constructor");
    }

    @Test
    void customClass_isLookedUpInTheGivenClassLoader() {
        String text = "schema T { version 1 { a: string }\n lens 1 -> 2 { custom a using dev.lensc.dsl.testlenses.ReversedText } }";
        ClassLoader empty = new ClassLoader(null) {};
        assertFalse(LensFiles.parse("t.lens", text, getClass().getClassLoader()).hasErrors());
        assertEquals("t.lens:2:31: error: class 'dev.lensc.dsl.testlenses.ReversedText' not found",
                LensFiles.parse("t.lens", text, empty).diagnostics().get(0).format().lines().findFirst().orElseThrow());
    }

    // ---- lossy ops ----

    @Test
    void removeWhoseDefaultCannotRestoreTheField_isAnError() {
        expect(TODO + "  lens 1 -> 2 { remove title: string = null }\n}", List.of(DiagnosticCode.DEFAULT_TYPE),
                "t.lens:3:40: error: remove 'title' cannot be undone: its default null is not of type string\n"
                        + "  hint: give a default of type string; going back, the field is restored with it");
    }

    @Test
    void manyToOneConvertWithoutOneWayEntries_isAWarning() {
        LensFileResult r = parse(TODO + """
                  lens 1 -> 2 {
                    convert isDone: boolean -> string {
                      true <-> "yes"
                      false <-> "yes"
                    }
                  }
                }""");
        assertFalse(r.hasErrors());
        assertEquals("t.lens:6:7: warning: both true and false become \"yes\"; going back, \"yes\" always becomes true\n"
                + "  hint: make it one-way forward: 'false -> \"yes\"'\n", r.formatDiagnostics());
        assertEquals(1, r.schemas().size());
    }

    @Test
    void convertThatCanOnlyCoerce_isAWarning() {
        expect("schema T { version 1 { n: string }\n lens 1 -> 2 { convert n: string -> int { } } }",
                List.of(DiagnosticCode.LOSSY_OP),
                "t.lens:2:16: warning: convert 'n' from string to int has no table: going forward and back, values"
                        + " that do not convert exactly fail\n"
                        + "  hint: add a table, or fallbacks 'else -> <value>' and 'else <- <value>'");
    }

    // ---- ops the schema does not allow ----

    @Test
    void opThatDoesNotFitTheSchema() {
        expect(TODO + "  lens 1 -> 2 { add title: int  map isDone { } }\n}",
                List.of(DiagnosticCode.INVALID_OP, DiagnosticCode.INVALID_OP),
                "t.lens:3:17: error: cannot add 'title': the field already exists",
                "t.lens:3:33: error: 'map' needs an array here, but the value is boolean\n"
                        + "  hint: use 'in <field> { map { ... } }' or 'map <field> { ... }' on an array field");
    }

    // ---- split and merge ----

    private static final String CONTACT = """
            schema C {
              version 1 { name: string  phone: string  age: int }
            """;

    @Test
    void splitAndMerge_checkCleanly() {
        expect(CONTACT + """
                  lens 1 -> 2 {
                    split name -> first, last = "?" by " "
                    split phone -> area, number by /^\\((\\d+)\\) (.*)$/ format "({area}) {number}" else -> number: phone
                    lossy PutGet, CreateGet "names with spaces"
                  }
                  lens 2 -> 3 { merge first, last = "?" -> name  lossy PutGet, CreateGet "a name ending in a space" }
                }""", List.of());
    }

    @Test
    void patternWithMoreGroupsThanParts_isPlacedAtThePattern() {
        expect(CONTACT + """
                  lens 1 -> 2 { split phone -> area, number by /(\\d+)-(\\d+)-(\\d+)/ format "{area}-{number}" }
                }""", List.of(DiagnosticCode.SPLIT_PARTS),
                "t.lens:3:48: error: the pattern has 3 groups, but the op names 2 parts\n"
                        + "  hint: write one capturing group '(...)' per part, in order (use '(?:...)' for groups that"
                        + " are not parts)");
    }

    @Test
    void invalidRegex_isPlacedAtThePattern() {
        expect(CONTACT + """
                  lens 1 -> 2 { split phone -> area, number by /((\\d+) (.*)/ format "{area} {number}" }
                }""", List.of(DiagnosticCode.INVALID_REGEX),
                "t.lens:3:48: error: invalid regex /((\\d+) (.*)/: Unclosed group at index 11");
    }

    @Test
    void formatPlaceholderThatNamesNoPart_andAPartItLeavesOut_areErrorsAtTheFormat() {
        expect(CONTACT + """
                  lens 1 -> 2 { split phone -> area, number by /(\\d+) (.*)/ format "{aera} {numbr}" }
                }""", List.of(DiagnosticCode.SPLIT_FORMAT, DiagnosticCode.SPLIT_FORMAT, DiagnosticCode.SPLIT_FORMAT,
                        DiagnosticCode.SPLIT_FORMAT),
                "t.lens:3:68: error: the format's placeholder {aera} names no part (parts: area, number)",
                "t.lens:3:68: error: the format's placeholder {numbr} names no part (parts: area, number)\n"
                        + "  hint: did you mean 'number'?",
                "t.lens:3:68: error: the format leaves out the part 'area': its value would be lost going back\n"
                        + "  hint: write {area} where it goes in the text",
                "t.lens:3:68: error: the format leaves out the part 'number': its value would be lost going back\n"
                        + "  hint: write {number} where it goes in the text");
    }

    @Test
    void patternWithoutFormat_andStrayBrace_areFormatErrors() {
        expect(CONTACT + """
                  lens 1 -> 2 { split phone -> area, number by /(\\d+) (.*)/ }
                  lens 2 -> 3 { merge area, number -> phone by /(\\d+) (.*)/ format "{area} {number}}" }
                }""", List.of(DiagnosticCode.SPLIT_FORMAT, DiagnosticCode.SPLIT_FORMAT),
                "t.lens:3:48: error: a pattern split needs a format to write the parts back\n"
                        + "  hint: add format \"{area} {number}\"",
                "t.lens:4:68: error: the format \"{area} {number}}\" is invalid: '}' at 15 closes no placeholder"
                        + " (write '}}' for a brace)");
    }

    @Test
    void elseRuleProblems_arePlacedAtTheNamesTheyAreAbout() {
        expect(CONTACT + """
                  lens 1 -> 2 {
                    split phone -> area, number by /(\\d+) (.*)/ format "{area} {number}"
                      else -> aera: "", number: name, number: phone
                  }
                }""", List.of(DiagnosticCode.SPLIT_ELSE, DiagnosticCode.SPLIT_ELSE),
                "t.lens:5:15: error: the else rule names no part 'aera' (parts: area, number)",
                "t.lens:5:33: error: an else value is a string or the whole text 'phone', not 'name'\n"
                        + "  hint: write number: phone for the text that did not match, or a string");
    }

    @Test
    void literalSplitProblems_emptySeparator_formatOrElse_partNamedTwice() {
        expect(CONTACT + """
                  lens 1 -> 2 { split name -> first, first by "" }
                  lens 2 -> 3 { split phone -> area, number by "-" format "{area}-{number}" }
                }""", List.of(DiagnosticCode.SPLIT_PARTS, DiagnosticCode.SPLIT_PARTS, DiagnosticCode.SPLIT_FORMAT),
                "t.lens:3:38: error: the part 'first' is named twice\n"
                        + "  hint: give every part its own field name",
                "t.lens:3:44: error: the separator is empty\n"
                        + "  hint: write the text between the parts, e.g. by \" \"",
                "t.lens:4:59: error: a format belongs to a pattern split\n"
                        + "  hint: write the pattern as 'by /regex/', or leave the format out: parts are joined by the"
                        + " separator");
    }

    @Test
    void splitOfANonString_aPartThatExists_andMergeOfAMissingPart_areSchemaErrorsAtTheirNames() {
        expect(CONTACT + """
                  lens 1 -> 2 { split age -> a, b }
                  lens 2 -> 3 { split name -> phone, last }
                  lens 3 -> 4 { merge name, nick -> full }
                }""", List.of(DiagnosticCode.INVALID_OP, DiagnosticCode.INVALID_OP, DiagnosticCode.UNKNOWN_FIELD),
                "t.lens:3:17: error: cannot split 'age': it is int, not a string\n"
                        + "  hint: convert it to a string first",
                "t.lens:4:17: error: cannot split 'name' into 'phone': a field 'phone' already exists\n"
                        + "  hint: name the part otherwise",
                "t.lens:5:29: error: no field 'nick' here (fields: name, phone, age)");
    }

    @Test
    void undeclaredLossOfASplit_isAWarningNamingTheLawAndWhy() {
        expect(CONTACT + """
                  lens 1 -> 2 { split name -> first, last by " " }
                }""", List.of(DiagnosticCode.LOSSY_OP, DiagnosticCode.LOSSY_OP),
                "t.lens:3:17: warning: 'split name -> first, last by \" \"' breaks PutGet, CreateGet (lens 1 -> 2): a part"
                        + " other than the last that holds the separator \" \" is cut there going up again\n"
                        + "  hint: if that is acceptable, declare it in the lens: lossy PutGet, CreateGet \"why\"",
                "t.lens:3:17: warning: 'split name -> first, last by \" \"' breaks PutGet, CreateGet going back (lens 1 -> 2):"
                        + " a text whose last part is empty (one ending in the separator \" \") comes back without it\n"
                        + "  hint: if that is acceptable, declare it in the lens: lossy PutGet, CreateGet \"why\"");
    }

    // ---- files ----

    @Test
    void unreadableFile_isADiagnostic(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.lens");
        LensFileResult r = LensFiles.load(missing);
        assertEquals(1, r.diagnostics().size());
        assertEquals(DiagnosticCode.IO, r.diagnostics().get(0).code());
        assertTrue(r.diagnostics().get(0).format().startsWith(missing + ":1:1: error: cannot read the file: "));
        Path binary = dir.resolve("binary.lens");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertEquals(binary + ":1:1: error: the file is not valid UTF-8\n", LensFiles.load(binary).formatDiagnostics());
    }

    // ---- everything at once ----

    @Test
    void allProblemsOfAFile_areReportedInOneRun_inSourceOrder() {
        LensFileResult r = parse("""
                schema A {
                  version 1 { title: string  isDone: boolean  title: int }
                  lens 1 -> 2 { rename isDon -> status  add n: int = "x" }
                  lens 1 -> 2 { }
                  lens 4 -> 5 { custom title using com.example.Nope }
                }
                schema B { }
                """);
        assertEquals(List.of(
                "t.lens:2:47: error: field 'title' is declared twice",
                "t.lens:3:24: error: no field 'isDon' here (fields: title, isDone)",
                "t.lens:3:54: error: the default \"x\" of 'n' is not of type int",
                "t.lens:4:3: error: lens 1 -> 2 is declared twice",
                "t.lens:5:3: error: lens 4 -> 5 starts at version 4, which no lens reaches from version 1",
                "t.lens:5:36: error: class 'com.example.Nope' not found",
                "t.lens:7:8: error: schema 'B' declares no version"),
                r.diagnostics().stream().map(d -> d.format().lines().findFirst().orElseThrow()).toList());
        assertTrue(r.schemas().isEmpty());
    }
}
