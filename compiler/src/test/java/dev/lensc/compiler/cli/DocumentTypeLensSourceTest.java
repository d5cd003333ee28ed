package dev.lensc.compiler.cli;

import static dev.lensc.compiler.cli.LenscTest.lensc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.compiler.cli.LenscTest.Run;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam for .lens files: a source of document types with versions, registered by extension. */
class DocumentTypeLensSourceTest {
    static final DocumentType TODO = DocumentType.builder("TodoItem")
            .version(1, new Type.ObjectType(List.of(new Field("title", new Type.StringType()))))
            .lens(1, 2, Lens.of(new LensOp.Rename("title", "name")))
            .build();
    static final DocumentType NOTE = DocumentType.builder("Note")
            .version(1, new Type.ObjectType(List.of(new Field("text", new Type.StringType()))))
            .build();

    @TempDir
    Path dir;

    private Path lensFile() throws IOException {
        return Files.writeString(dir.resolve("todo.lens"), "(read by the registered loader)");
    }

    private static LensSources with(List<DocumentType> types) {
        return LensSources.standard().register("lens", file -> new DocumentTypeLensSource(types, file.toString()));
    }

    @Test
    void apply_translatesBetweenVersions_bothWays() throws IOException {
        String lens = lensFile().toString();
        Run up = lensc(with(List.of(TODO)), "{\"title\":\"x\"}", "apply", "--lens", lens, "--from", "1", "--to", "2");
        assertEquals(0, up.code(), up.err());
        assertEquals(new ObjectMapper().readTree("{\"name\":\"x\"}"), up.json());
        Run down = lensc(with(List.of(TODO)), "{\"name\":\"y\"}", "apply", "--lens", lens, "--from=2", "--to=1");
        assertEquals(new ObjectMapper().readTree("{\"title\":\"y\"}"), down.json());
    }

    @Test
    void documentThatDoesNotFitItsVersion_exits1() throws IOException {
        Run r = lensc(with(List.of(TODO)), "{\"title\":3}", "apply", "--lens", lensFile().toString(),
                "--from", "1", "--to", "2");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("/title"), r.err());
    }

    @Test
    void schema_ofAVersion_defaultsToTheLatest() throws IOException {
        String lens = lensFile().toString();
        Run r = lensc(with(List.of(TODO)), "", "schema", "--lens", lens);
        assertEquals(0, r.code(), r.err());
        assertEquals("string", r.json().at("/properties/name/type").textValue());
        Run v1 = lensc(with(List.of(TODO)), "", "schema", "--lens", lens, "--version", "1");
        assertEquals("string", v1.json().at("/properties/title/type").textValue());
        assertEquals(2, lensc(with(List.of(TODO)), "", "schema", "--lens", lens, "--version", "9").code());
    }

    @Test
    void typeSelection_isRequiredAmongSeveral_andMisspellingsGetAHint() throws IOException {
        String lens = lensFile().toString();
        Run none = lensc(with(List.of(TODO, NOTE)), "{}", "apply", "--lens", lens, "--from", "1", "--to", "2");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("pick one with --type (TodoItem, Note)"), none.err());
        Run typo = lensc(with(List.of(TODO, NOTE)), "", "schema", "--lens", lens, "--type", "TodoIte");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("(did you mean 'TodoItem'?)"), typo.err());
        assertEquals(0, lensc(with(List.of(TODO, NOTE)), "", "schema", "--lens", lens, "--type", "Note").code());
    }

    @Test
    void reverseOrMissingVersions_areUsageErrors() throws IOException {
        String lens = lensFile().toString();
        assertEquals(2, lensc(with(List.of(TODO)), "{}", "apply", "--lens", lens, "--reverse").code());
        assertEquals(2, lensc(with(List.of(TODO)), "{}", "apply", "--lens", lens).code());
    }
}
