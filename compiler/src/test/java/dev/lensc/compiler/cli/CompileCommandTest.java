package dev.lensc.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run lensc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Lensc.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void compile_theTodoSample_writesRecordsTranslatorsAndTheRegistration() throws IOException {
        Path out = dir.resolve("gen");
        Run r = lensc("compile", "../samples/todo/src/main/lens/todo-item.lens", "-d", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String name : new String[] {"TodoItemV1", "TodoItemV2", "TodoItemV3", "TodoItemLenses", "TodoItemRegistration"}) {
            Path file = out.resolve("com/example/todo/" + name + ".java");
            assertTrue(Files.isRegularFile(file), file.toString());
            assertTrue(r.out().contains(file.toString()), r.out());
        }
        assertEquals("com.example.todo.TodoItemRegistration\n",
                Files.readString(out.resolve("META-INF/services/dev.lensc.runtime.graph.GeneratedLenses")));
    }

    @Test
    void compile_withPackage_putsEverythingThere() {
        Path out = dir.resolve("gen");
        Run r = lensc("compile", "../samples/todo/src/main/lens/todo-item.lens", "-d", out.toString(), "--package", "my.app");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("my/app/TodoItemLenses.java")));
    }

    @Test
    void compile_anInvalidFile_printsEveryPositionedError_andWritesNothing() throws IOException {
        Path good = Files.writeString(dir.resolve("good.lens"), "schema A { version 1 { x: int } lens 1 -> 2 { rename x -> y } }");
        Path bad = Files.writeString(dir.resolve("bad.lens"),
                "schema B {\n  version 1 { x: int }\n  lens 1 -> 2 { rename z -> y\n    add w: int = \"no\" }\n}\n");
        Path out = dir.resolve("gen");
        Run r = lensc("compile", good.toString(), bad.toString(), "-d", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":3:24: error: no field 'z' here"), r.err());
        assertTrue(r.err().contains(bad + ":4:18: error:"), r.err());
        assertTrue(r.err().endsWith("error: lens files have errors; nothing was written\n"), r.err());
        assertFalse(Files.exists(out), "nothing may be written on error");
    }

    @Test
    void compile_usageErrors_exit2() {
        assertEquals(2, lensc("compile", "-d", dir.toString()).code());
        assertEquals(2, lensc("compile", "x.lens").code());
        assertEquals(2, lensc("compile", "missing.lens", "-d", dir.toString()).code());
        assertEquals(2, lensc("compile", "../samples/todo/src/main/lens/todo-item.lens", "-d", dir.toString(),
                "--package", "not a package").code());
    }

    @Test
    void help_listsCompile() {
        Run r = lensc("help", "compile");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("lensc compile FILE.lens... -d OUTPUT-DIR"), r.out());
        try (Stream<String> lines = lensc("--help").out().lines()) {
            assertTrue(lines.anyMatch(l -> l.contains("compile  generate Java records")));
        }
    }

    @Test
    void compile_help_printsTheCompileHelp_onTheSameParserAsEveryCommand() {
        for (String flag : new String[] {"--help", "-h"}) {
            Run r = lensc("compile", flag);
            assertEquals(0, r.code(), r.err());
            assertEquals(lensc("help", "compile").out(), r.out());
            assertTrue(r.out().startsWith("lensc compile FILE.lens... -d OUTPUT-DIR"), r.out());
        }
    }

    @Test
    void compile_optionsParseAsEveryCommandsDo() {
        Path out = dir.resolve("gen");
        Run r = lensc("compile", "../samples/todo/src/main/lens/todo-item.lens", "--output=" + out, "--package=my.app");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("my/app/TodoItemLenses.java")));

        Run typo = lensc("compile", "x.lens", "-d", out.toString(), "--pakage", "p");
        assertEquals(2, typo.code());
        assertEquals("error: unknown option --pakage (did you mean '--package'?)\nrun 'lensc help compile' for usage\n",
                typo.err());
        Run twice = lensc("compile", "x.lens", "-d", out.toString(), "--output", out.toString());
        assertEquals("error: --output is given twice\nrun 'lensc help compile' for usage\n", twice.err());
        assertEquals("error: -d needs a value\nrun 'lensc help compile' for usage\n", lensc("compile", "x.lens", "-d").err());
        assertEquals("error: unknown option -x\nrun 'lensc help compile' for usage\n", lensc("compile", "-x").err());
    }
}
