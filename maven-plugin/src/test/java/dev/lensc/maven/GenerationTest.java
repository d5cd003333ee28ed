package dev.lensc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTest {
    private static final String NOTE_V1 = """
            package it.notes;
            schema Note {
              version 1 { text: string }
              lens 1 -> 2 { rename text -> body }
            }
            """;

    @TempDir
    Path project;

    private Path lens(String name, String text) throws IOException {
        Path file = project.resolve("src/main/lens").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Generation generation(String packageName) {
        return new Generation(project, project.resolve("src/main/lens"), project.resolve("target/gen"),
                project.resolve("target/res"), packageName, StandardCharsets.UTF_8, "test-generator");
    }

    private Generation.Outcome run(Generation g, String execution, List<Path> inputs) throws IOException {
        return g.run(inputs, project.resolve("target/lens-state/generate-" + execution + ".properties"),
                getClass().getClassLoader(), OutputFiles.PLAIN);
    }

    private List<String> generatedFiles() throws IOException {
        try (Stream<Path> s = Files.walk(project.resolve("target"))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("lens-state"))
                    .map(p -> project.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void editedInput_changesTheOutput_andNothingElseIsRewritten() throws IOException {
        Path note = lens("note.lens", NOTE_V1);
        run(generation(null), "default", List.of(note));
        Path v2 = project.resolve("target/gen/it/notes/NoteV2.java");
        assertTrue(Files.readString(v2).contains("body"));

        lens("note.lens", NOTE_V1.replace("rename text -> body", "rename text -> content"));
        Generation.Outcome.Generated g = assertInstanceOf(Generation.Outcome.Generated.class,
                run(generation(null), "default", List.of(note)));
        assertEquals(List.of("note.lens (changed)"), g.changes());
        assertTrue(Files.readString(v2).contains("content"));
        assertFalse(Files.readString(v2).contains("body"));
        assertTrue(g.unchanged() > 0, "the V1 record and the service file did not change");
    }

    @Test
    void unchangedInput_isUpToDate() throws IOException {
        Path note = lens("note.lens", NOTE_V1);
        run(generation(null), "default", List.of(note));
        assertEquals(new Generation.Outcome.UpToDate(1), run(generation(null), "default", List.of(note)));
    }

    @Test
    void noInputLeft_removesEveryOutput_includingTheServiceFile() throws IOException {
        Path note = lens("note.lens", NOTE_V1);
        run(generation(null), "default", List.of(note));
        assertFalse(generatedFiles().isEmpty());

        Generation.Outcome.Generated g = assertInstanceOf(Generation.Outcome.Generated.class,
                run(generation(null), "default", List.of()));
        assertEquals(List.of("note.lens (deleted)"), g.changes());
        assertEquals(List.of(), generatedFiles());
        assertEquals(new Generation.Outcome.UpToDate(0), run(generation(null), "default", List.of()));
    }

    @Test
    void twoExecutions_keepTheirOwnOutputs() throws IOException {
        Path a = lens("a/a.lens", NOTE_V1.replace("Note", "Alpha").replace("it.notes", "it.a"));
        Path b = lens("b/b.lens", NOTE_V1.replace("Note", "Beta").replace("it.notes", "it.b"));
        Generation alpha = generation(null);
        Generation beta = new Generation(project, project.resolve("src/main/lens"), project.resolve("target/gen"),
                project.resolve("target/res-beta"), null, StandardCharsets.UTF_8, "test-generator");
        run(alpha, "alpha", List.of(a));
        run(beta, "beta", List.of(b));
        assertEquals(new Generation.Outcome.UpToDate(1), run(alpha, "alpha", List.of(a)));
        assertEquals(new Generation.Outcome.UpToDate(1), run(beta, "beta", List.of(b)));
        assertTrue(Files.isRegularFile(project.resolve("target/gen/it/a/AlphaLenses.java")));
        assertTrue(Files.isRegularFile(project.resolve("target/gen/it/b/BetaLenses.java")));
    }

    @Test
    void twoExecutions_writingOneFile_conflict() throws IOException {
        Path a = lens("a/a.lens", NOTE_V1.replace("Note", "Alpha").replace("it.notes", "it.a"));
        Path b = lens("b/b.lens", NOTE_V1.replace("Note", "Beta").replace("it.notes", "it.b"));
        run(generation(null), "alpha", List.of(a));
        Generation.Outcome.Conflict c = assertInstanceOf(Generation.Outcome.Conflict.class,
                run(generation(null), "beta", List.of(b)));
        assertEquals("target/res/META-INF/services/dev.lensc.runtime.graph.GeneratedLenses", c.file());
        assertEquals("generate-alpha", c.otherExecution());
    }

    @Test
    void newPackage_movesTheOutput() throws IOException {
        Path note = lens("note.lens", NOTE_V1);
        run(generation(null), "default", List.of(note));
        run(generation("it.flat"), "default", List.of(note));
        List<String> files = generatedFiles();
        assertTrue(files.contains("target/gen/it/flat/NoteLenses.java"), files.toString());
        assertFalse(files.stream().anyMatch(f -> f.startsWith("target/gen/it/notes/")), files.toString());
    }

    @Test
    void newGenerator_regenerates() throws IOException {
        Path note = lens("note.lens", NOTE_V1);
        run(generation(null), "default", List.of(note));
        Generation rebuilt = new Generation(project, project.resolve("src/main/lens"), project.resolve("target/gen"),
                project.resolve("target/res"), null, StandardCharsets.UTF_8, "rebuilt-generator");
        assertNotEquals(new Generation.Outcome.UpToDate(1), run(rebuilt, "default", List.of(note)));
    }

    @Test
    void errors_writeNothing() throws IOException {
        Path note = lens("note.lens", NOTE_V1.replace("rename text", "rename txet"));
        Generation.Outcome.Failed f = assertInstanceOf(Generation.Outcome.Failed.class,
                run(generation(null), "default", List.of(note)));
        assertTrue(MavenDiagnostics.failure(f.diagnostics()).startsWith("1 error in lens files; the first: "),
                MavenDiagnostics.failure(f.diagnostics()));
        assertFalse(Files.exists(project.resolve("target/gen")));
    }

    @Test
    void state_recordsRelativePaths_andNeverDeletesOutsideTheProject() throws IOException {
        Path note = lens("note.lens", NOTE_V1);
        run(generation(null), "default", List.of(note));
        String state = Files.readString(project.resolve("target/lens-state/generate-default.properties"));
        assertFalse(state.contains(project.toString()), state);
        assertTrue(state.contains("target/gen/it/notes/NoteLenses.java"), state);
        assertTrue(IncrementalState.resolveInside(project, "../outside.java").isEmpty());
        assertTrue(IncrementalState.resolveInside(project, "/etc/passwd").isEmpty());
    }
}
