package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.compiler.cli.LenscTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lensc apply} and {@code lensc schema} on {@code .lens} files, with the todo sample. */
class LensFileCommandsTest {
    static final Path TODO = Path.of("..", "samples", "todo");
    static final String LENS = TODO.resolve("src/main/lens/todo-item.lens").toString();
    static final String V1 = TODO.resolve("docs/todo-v1.json").toString();
    static final String V2 = TODO.resolve("docs/todo-v2.json").toString();
    static final String V3 = TODO.resolve("docs/todo-v3.json").toString();

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void apply_v1ToV3_renamesConvertsWrapsAndAddsTheGroup() throws IOException {
        Run r = lensc("", "apply", "--lens", LENS, "--from", "1", "--to", "3", V1);
        assertEquals(0, r.code(), r.err());
        assertEquals(json("{'title':'Buy milk','status':'active','isImportant':true,"
                + "'createdAt':'2024-05-01T09:00:00Z','assignees':['ann'],'groupId':'inbox'}"), r.json());
        assertEquals("", r.err());
    }

    @Test
    void apply_v3ToV1_withoutBase_keepsTheFirstAssignee_andBlockedBecomesNotDone() throws IOException {
        Run r = lensc("", "apply", "--lens", LENS, "--from", "3", "--to", "1", V3);
        assertEquals(0, r.code(), r.err());
        assertEquals(json("{'title':'Buy milk','isDone':false,'isImportant':true,"
                + "'createdAt':'2024-05-01T09:00:00Z','assignee':'ann'}"), r.json());
    }

    @Test
    void apply_v3ToV1_ontoABase_keepsTheBasesValuesWhereV3HasNoSay() throws IOException {
        Path base = write("base.json", "{\"title\":\"old\",\"isDone\":true,\"isImportant\":null,"
                + "\"createdAt\":\"2020-01-01\",\"assignee\":\"zed\"}");
        Run r = lensc("", "apply", "--lens", LENS, "--from", "3", "--to", "1", "--base", base.toString(), V3);
        assertEquals(0, r.code(), r.err());
        // "blocked" goes down as false; the v3 values win everywhere v3 has a say
        assertEquals(json("{'title':'Buy milk','isDone':false,'isImportant':true,"
                + "'createdAt':'2024-05-01T09:00:00Z','assignee':'ann'}"), r.json());
    }

    @Test
    void apply_v2ToV1_blockedGoesDownAsNotDone() throws IOException {
        Run r = lensc("", "apply", "--lens", LENS, "--from", "2", "--to", "1", V2);
        assertEquals(0, r.code(), r.err());
        assertEquals(json("{'title':'Buy milk','isDone':false,'isImportant':true,"
                + "'createdAt':'2024-05-01T09:00:00Z','assignee':'ann'}"), r.json());
    }

    @Test
    void apply_v1ToV3_thenBackOntoTheOriginal_givesTheOriginalBackByteForByte() throws IOException {
        Run up = lensc("", "apply", "--lens", LENS, "--from", "1", "--to", "3", V1);
        Path v3 = write("v3.json", up.out());
        Run down = lensc("", "apply", "--lens", LENS, "--from", "3", "--to", "1", "--base", V1, v3.toString());
        assertEquals(0, down.code(), down.err());
        assertEquals(Files.readString(Path.of(V1)), down.out());
    }

    @Test
    void apply_v3ToV2_ontoV2_keepsBlocked_andV2ToV3OntoV3_keepsTheGroupAndEveryAssignee() throws IOException {
        Run down = lensc("", "apply", "--lens", LENS, "--from", "3", "--to", "2", "--base", V2, V3);
        assertEquals(json(Files.readString(Path.of(V2))), down.json());
        Run up = lensc(Files.readString(Path.of(V2)), "apply", "--lens", LENS, "--from", "2", "--to", "3", "--base", V3);
        assertEquals(0, up.code(), up.err());
        assertEquals(json(Files.readString(Path.of(V3))), up.json());
    }

    @Test
    void apply_aDocumentThatDoesNotFitItsVersion_exits1_namingThePointer() {
        Run r = lensc("{\"title\":1,\"isDone\":false,\"createdAt\":\"x\"}", "apply", "--lens", LENS,
                "--from", "1", "--to", "3");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: TodoItem 1 -> 3: at /title: "), r.err());
    }

    @Test
    void apply_unknownVersionsOrMissingDirection_exit2() {
        Run unknown = lensc("{}", "apply", "--lens", LENS, "--from", "1", "--to", "9");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("error: unknown version 9 of TodoItem; known versions: [1, 2, 3]\n"),
                unknown.err());
        Run none = lensc("{}", "apply", "--lens", LENS);
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("error: give both --from and --to (versions of TodoItem: [1, 2, 3])"),
                none.err());
        assertEquals(2, lensc("{}", "apply", "--lens", LENS, "--reverse").code());
        assertEquals(2, lensc("{}", "apply", "--lens", LENS, "--from", "1", "--to", "2", "--schema", V1).code());
    }

    @Test
    void schema_ofAVersion_andOfTheLatestByDefault() {
        Run v2 = lensc("", "schema", "--lens", LENS, "--version", "2");
        assertEquals(0, v2.code(), v2.err());
        JsonNode status = v2.json().path("properties").path("status");
        assertEquals("[\"active\",\"done\",\"blocked\",\"halted\"]", status.path("enum").toString());
        assertFalse(v2.json().path("properties").has("groupId"));
        Run latest = lensc("", "schema", "--lens", LENS);
        assertTrue(latest.json().path("properties").has("groupId"), latest.out());
        assertTrue(latest.json().path("properties").has("assignees"), latest.out());
        assertEquals(2, lensc("", "schema", "--lens", LENS, "--version", "4").code());
    }

    static final String TWO_TYPES = """
            schema Alpha {
              version 1 { x: string }
              lens 1 -> 2 { rename x -> y }
            }
            schema Beta {
              version 1 { n: int }
            }
            """;

    @Test
    void aFileWithSeveralTypes_needsType_andTheErrorListsTheNames() throws IOException {
        Path lens = write("two.lens", TWO_TYPES);
        Run r = lensc("{\"x\":\"a\"}", "apply", "--lens", lens.toString(), "--from", "1", "--to", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + lens + " defines several document types; pick one with --type"
                + " (Alpha, Beta)\n"), r.err());
        Run alpha = lensc("{\"x\":\"a\"}", "apply", "--lens", lens.toString(), "--type", "Alpha", "--from", "1", "--to", "2");
        assertEquals(0, alpha.code(), alpha.err());
        assertEquals("{\n  \"y\": \"a\"\n}\n", alpha.out());
        Run typo = lensc("{}", "schema", "--lens", lens.toString(), "--type", "Alpa");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("defines no document type 'Alpa' (did you mean 'Alpha'?)"), typo.err());
    }

    @Test
    void anInvalidLensFile_printsEveryDiagnosticAsPositioned_andExits2() throws IOException {
        Path lens = write("broken.lens", """
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
        Run r = lensc("{}", "apply", "--lens", lens.toString(), "--from", "1", "--to", "2");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(lens + ":7:12: error: no field 'titel' here (fields: title, done)\n"
                + lens + ":8:12: error: no field 'dne' here (fields: title, done)\n"
                + "  hint: did you mean 'done'?\n"
                + "error: " + lens + ": 2 errors in the lens file\n", r.err());
    }

    @Test
    void warningsOfALensFile_arePrinted_butDoNotFail() throws IOException {
        Path lens = write("flag.lens", """
                schema Flag {
                  version 1 {
                    s: enum(a, b, c)
                  }
                  lens 1 -> 2 {
                    convert s: enum(a, b, c) -> boolean {
                      "a" <-> true
                      "b" <-> true
                      "c" <-> false
                    }
                  }
                }
                """);
        Run r = lensc("{\"s\":\"b\"}", "apply", "--lens", lens.toString(), "--from", "1", "--to", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\n  \"s\": true\n}\n", r.out());
        assertTrue(r.err().startsWith(lens + ":8:7: warning: both \"a\" and \"b\" become true"), r.err());
    }
}
