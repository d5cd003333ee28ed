package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.InferCommandTest.assertOneError;
import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.compiler.cli.LenscTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lensc fmt} on files: rewriting, --check, --stdout, and files it must leave alone. */
class FmtCommandTest {
    static final String SAMPLE = "../samples/todo/src/main/lens/todo-item.lens";
    static final String UGLY = "schema S{version 1{a:int;b:[string]=[]} // b\nlens 1->2{rename a->c}}\n";
    static final String FORMATTED = """
            schema S {
              version 1 {
                a: int
                b: [string] = []
              } // b
              lens 1 -> 2 {
                rename a -> c
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void fmt_rewritesTheFile_andASecondRunChangesNothing() throws IOException {
        Path f = write("s.lens", UGLY);
        Run r = lensc("", "fmt", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(FORMATTED, Files.readString(f));
        assertEquals(0, lensc("", "fmt", "--check", f.toString()).code());
    }

    @Test
    void fmtCheck_listsTheFilesThatWouldChange_exit1_andChangesNothing() throws IOException {
        Path ugly = write("ugly.lens", UGLY);
        Run r = lensc("", "fmt", "--check", SAMPLE, ugly.toString());
        assertEquals(1, r.code());
        assertEquals(ugly + "\n", r.out());
        assertEquals("error: 1 of 2 files would change; run lensc fmt on it\n", r.err());
        assertEquals(UGLY, Files.readString(ugly));
        assertEquals(0, lensc("", "fmt", "--check", SAMPLE).code());
    }

    @Test
    void fmtStdout_printsWithoutWriting() throws IOException {
        Path f = write("s.lens", UGLY);
        Run r = lensc("", "fmt", "--stdout", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(FORMATTED, r.out());
        assertEquals(UGLY, Files.readString(f));
    }

    @Test
    void fmt_aFileWithSyntaxErrors_isLeftAlone_oneErrorLine() throws IOException {
        String text = "schema S {\n  version 1 { a: int }\n  123 a { }\n}\n";
        Path f = write("new.lens", text);
        Run r = lensc("", "fmt", f.toString());
        assertOneError(r, "new.lens:3:3: error: ");
        assertTrue(r.err().endsWith("(" + f + " is left as it was)\n"), r.err());
        assertEquals(text, Files.readString(f));
    }

    @Test
    void fmt_hostileFiles() throws IOException {
        Path empty = write("empty.lens", "");
        assertEquals(0, lensc("", "fmt", "--check", empty.toString()).code());
        Path bytes = dir.resolve("latin1.lens");
        byte[] latin1 = {'s', 'c', 'h', 'e', 'm', 'a', ' ', (byte) 0xe9, '{', '}'};
        Files.write(bytes, latin1);
        assertOneError(lensc("", "fmt", bytes.toString()), "latin1.lens: the file is not valid UTF-8");
        assertArrayEquals(latin1, Files.readAllBytes(bytes));
        int depth = 20_000;
        Path deep = write("deep.lens", "schema D{version 1{a:" + "[".repeat(depth) + "int" + "]".repeat(depth) + "}}");
        Run r = lensc("", "fmt", "--stdout", deep.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("schema D {\n  version 1 {\n    a: [[["), r.out().substring(0, 40));
        Run missing = lensc("", "fmt", dir.resolve("nope.lens").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: no such lens file: "), missing.err());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
