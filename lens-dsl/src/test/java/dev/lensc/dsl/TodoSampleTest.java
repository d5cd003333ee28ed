package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The todo sample under samples/todo: the file links cleanly and its documents translate along the chain. */
class TodoSampleTest {
    private static final Path SAMPLE = Path.of("../samples/todo");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LensFileResult result;
    private static DocumentType todo;

    @BeforeAll
    static void load() {
        result = LensFiles.load(SAMPLE.resolve("src/main/lens/todo-item.lens"));
        assertEquals("", result.formatDiagnostics());
        todo = result.schema("TodoItem").orElseThrow().toDocumentType();
    }

    private static JsonNode doc(String name) throws IOException {
        return JSON.readTree(SAMPLE.resolve("docs").resolve(name).toFile());
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void sampleFile_linksWithoutDiagnostics() {
        LinkedSchema schema = result.schema("TodoItem").orElseThrow();
        assertEquals("com.example.todo", schema.packageName());
        assertEquals("com.example.todo.TodoItem", schema.qualifiedName());
        assertEquals(java.util.Set.of(1, 2, 3), schema.versions());
        assertEquals(java.util.Set.of(3), schema.restatedVersions());
        assertEquals("done flag becomes a status", schema.lenses().get(0).description());
    }

    @Test
    void sampleDocuments_fitTheirVersions() throws IOException {
        LinkedSchema schema = result.schema("TodoItem").orElseThrow();
        for (int v = 1; v <= 3; v++) {
            assertEquals(java.util.List.of(), SchemaValidator.validate(doc("todo-v" + v + ".json"), schema.type(v)),
                    "todo-v" + v + ".json");
        }
    }

    @Test
    void v1ToV3_renamesConvertsAddsAndWraps() throws IOException {
        assertEquals(json("""
                {"title": "Buy milk", "status": "active", "isImportant": true,
                 "createdAt": "2024-05-01T09:00:00Z", "assignees": ["ann"], "groupId": "inbox"}"""),
                todo.translate(doc("todo-v1.json"), 1, 3));
    }

    @Test
    void v3ToV1_withoutBase_turnsBlockedIntoFalseAndKeepsTheFirstAssignee() throws IOException {
        assertEquals(json("""
                {"title": "Buy milk", "isDone": false, "isImportant": true,
                 "createdAt": "2024-05-01T09:00:00Z", "assignee": "ann"}"""),
                todo.translate(doc("todo-v3.json"), 3, 1));
    }

    @Test
    void v3ToV1_withBase_takesTheV3ValuesOverTheBase() throws IOException {
        JsonNode base = json("""
                {"title": "Old title", "isDone": true, "isImportant": null,
                 "createdAt": "2024-05-01T09:00:00Z", "assignee": "carl"}""");
        assertEquals(json("""
                {"title": "Buy milk", "isDone": false, "isImportant": true,
                 "createdAt": "2024-05-01T09:00:00Z", "assignee": "ann"}"""),
                todo.translate(doc("todo-v3.json"), 3, 1, base));
    }

    @Test
    void v2ToV1_oneWayEntryGoesDown() throws IOException {
        assertEquals(json("""
                {"title": "Buy milk", "isDone": false, "isImportant": true,
                 "createdAt": "2024-05-01T09:00:00Z", "assignee": "ann"}"""),
                todo.translate(doc("todo-v2.json"), 2, 1));
    }

    @Test
    void v3ToV1OntoTheOriginal_givesExactlyTheOriginal() throws IOException {
        JsonNode original = doc("todo-v1.json");
        JsonNode v3 = todo.translate(original, 1, 3);
        assertEquals(original, todo.translate(v3, 3, 1, original));
    }

    @Test
    void v1EditOntoV3_keepsBlockedStatusGroupAndOtherAssignees() throws IOException {
        JsonNode v3 = doc("todo-v3.json");
        JsonNode v1 = todo.translate(v3, 3, 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) v1).put("title", "Buy oat milk");
        assertEquals(json("""
                {"title": "Buy oat milk", "status": "blocked", "isImportant": true,
                 "createdAt": "2024-05-01T09:00:00Z", "assignees": ["ann", "bob"], "groupId": "groceries"}"""),
                todo.translate(v1, 1, 3, v3));
        assertFalse(result.hasErrors());
        assertTrue(result.warnings().isEmpty());
    }
}
