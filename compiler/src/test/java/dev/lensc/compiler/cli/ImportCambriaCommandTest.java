package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.InferCommandTest.assertOneError;
import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.compiler.cli.LenscTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lensc import-cambria} on the GitHub example and on input it must refuse. */
class ImportCambriaCommandTest {
    static final Path EXAMPLE = Path.of("..", "examples", "github-issue");
    static final String YAML = EXAMPLE.resolve("issue-to-task.lens.yml").toString();
    static final String ORIGINAL = EXAMPLE.resolve("original.json").toString();

    @TempDir
    Path dir;

    @Test
    void githubExample_theImportedLensTranslatesAsTheYaml_bothWays() throws IOException {
        Run imported = lensc("", "import-cambria", YAML, "--doc", ORIGINAL);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("// imported by lensc import-cambria from issue-to-task.lens.yml\n"
                + "// version 1 is inferred from original.json (a Cambria lens does not say what it reads)\n"
                + "schema IssueToTask {\n"), imported.out());
        Path lens = Files.writeString(dir.resolve("issue-to-task.lens"), imported.out());
        Run viaLens = lensc("", "apply", "--lens", lens.toString(), "--from", "1", "--to", "2", ORIGINAL);
        Run viaYaml = lensc("", "apply", "--lens", YAML, ORIGINAL);
        assertEquals(0, viaLens.code(), viaLens.err());
        assertEquals(viaYaml.out(), viaLens.out());
        Path task = Files.writeString(dir.resolve("task.json"), viaLens.out().replace("\"todo\"", "\"done\""));
        Run backLens = lensc("", "apply", "--lens", lens.toString(), "--from", "2", "--to", "1", "--base", ORIGINAL,
                task.toString());
        Run backYaml = lensc("", "apply", "--lens", YAML, "--reverse", "--base", ORIGINAL, task.toString());
        assertEquals(0, backLens.code(), backLens.err());
        // the same document; Cambria's whole-document conversion also orders the keys as the base does
        assertEquals(backYaml.json(), backLens.json());
        assertEquals(0, lensc("", "fmt", "--check", lens.toString()).code());
    }

    @Test
    void withAJsonSchema_version1IsTheSchema() throws IOException {
        Path yaml = Files.writeString(dir.resolve("rename.lens.yml"), "lens:\n  - rename: { source: a, destination: b }\n");
        Path schema = Files.writeString(dir.resolve("in.json"),
                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}},\"required\":[\"a\"]}");
        Run r = lensc("", "import-cambria", yaml.toString(), "--schema", schema.toString(), "--name", "R");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("""
                schema R {
                  version 1 {
                    a: long
                  }

                  lens 1 -> 2 {
                    rename a -> b
                  }
                }
                """), r.out());
    }

    @Test
    void hostileInput() throws IOException {
        Path yaml = Files.writeString(dir.resolve("bad.lens.yml"),
                "lens:\n  - in: { name: user, lens: [ { rename: { source: nme, destination: login } } ] }\n");
        Path doc = Files.writeString(dir.resolve("doc.json"), "{\"user\":{\"name\":\"ann\"}}");
        assertOneError(lensc("", "import-cambria", yaml.toString(), "--doc", doc.toString()),
                "bad.lens.yml does not fit " + doc + ": at /user: no field 'nme' here (fields: name)");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertOneError(lensc("", "import-cambria", yaml.toString(), "--doc", empty.toString()), "no JSON document");
        Path notALens = Files.writeString(dir.resolve("x.yml"), "lenz: []\n");
        Run r = lensc("", "import-cambria", notALens.toString(), "--doc", doc.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + notALens + ": at /: expected the top-level key 'lens'"), r.err());
        Run neither = lensc("", "import-cambria", YAML);
        assertEquals(2, neither.code());
        assertTrue(neither.err().startsWith("error: a Cambria lens does not say what it reads"), neither.err());
    }
}
