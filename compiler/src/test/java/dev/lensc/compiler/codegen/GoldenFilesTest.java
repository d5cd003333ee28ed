package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lensc.runtime.graph.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generated sources match the files under {@code src/test/resources/golden/}, so a change in the
 * output shows as a reviewable diff. Regenerate after an intended change with
 * {@code mvn -B -q test -pl compiler -am -Dtest=GoldenFilesTest -Dlensc.regenerate=true}.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean REGENERATE = Boolean.getBoolean("lensc.regenerate");

    @Test
    void todoItem_threeVersions() throws IOException {
        check("todo", SampleTypes.todo(), "com.example.todo");
    }

    @Test
    void gitHubIssue_nestedRenamesHoistAndHead() throws IOException {
        check("issue", SampleTypes.issue(), "com.example.issue");
    }

    @Test
    void shoppingList_keyedMap() throws IOException {
        check("keyed", SampleTypes.shoppingList(), "com.example.keyed");
    }

    @Test
    void contact_splitPatternSplitAndPlunge() throws IOException {
        check("contact", SampleTypes.contact(), "com.example.contact");
    }

    private static void check(String name, DocumentType type, String packageName) throws IOException {
        GeneratedSources sources = new JavaGenerator(packageName).generate(type);
        Path dir = GOLDEN.resolve(name);
        for (Map.Entry<String, String> e : sources.sources().entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (REGENERATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), e.getValue(),
                    file + " differs; regenerate with -Dlensc.regenerate=true if the change is intended");
        }
        Path service = dir.resolve(JavaGenerator.SERVICE_FILE);
        if (REGENERATE) {
            Files.createDirectories(service.getParent());
            Files.writeString(service, sources.serviceFile(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(service, StandardCharsets.UTF_8), sources.serviceFile());
    }
}
