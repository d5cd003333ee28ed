package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.lens.LensException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the generated records and translators offer besides translation: builders, versions, copies. */
class GeneratedApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBuilderFillsTheVersionsDefaultsAndNamesWhatIsMissing() {
        TodoItemV3 item = TodoItemV3.builder().title("buy milk").status(TodoItemV2.Status.ACTIVE)
                .createdAt("2026-12-02").assignees(List.of("ann")).build();
        assertEquals("inbox", item.groupId(), "the default of groupId");
        assertEquals(item, TodoItemV3.fromJson(JSON.valueToTree(item)));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> TodoItemV3.builder().title("x").build());
        assertEquals("TodoItem version 3: required fields not set: status, createdAt", missing.getMessage());
        assertEquals(List.of(), TodoItemV3.builder().title("x").status(TodoItemV2.Status.DONE).createdAt("c").build()
                .assignees(), "the default of assignees");
        TodoItemV3 renamed = item.toBuilder().title("buy oat milk").build();
        assertEquals("buy oat milk", renamed.title());
        assertEquals(item.assignees(), renamed.assignees());
    }

    @Test
    void recordsCopyTheListsTheyAreGivenAndNeverChange() {
        List<String> assignees = new ArrayList<>(List.of("ann"));
        TodoItemV3 item = TodoItemV3.builder().title("t").status(TodoItemV2.Status.DONE).createdAt("c")
                .assignees(assignees).build();
        assignees.add("bob");
        assertEquals(List.of("ann"), item.assignees());
        assertThrows(UnsupportedOperationException.class, () -> item.assignees().add("cy"));
        TodoItemV3 read = TodoItemV3.fromJson(JSON.valueToTree(item));
        assertThrows(UnsupportedOperationException.class, () -> read.assignees().clear());
    }

    @Test
    void versionOfTellsTheVersionByTheSchemaItFits() throws Exception {
        JsonNode v1 = JSON.readTree("{\"title\":\"t\",\"isDone\":true,\"createdAt\":\"c\"}");
        JsonNode v3 = JSON.readTree("{\"title\":\"t\",\"status\":\"done\",\"createdAt\":\"c\",\"assignees\":[]}");
        assertEquals(1, TodoItemLenses.versionOf(v1));
        assertEquals(3, TodoItemLenses.versionOf(v3));
        assertEquals(3, TodoItemLenses.LATEST);
        // without groupId and assignees, a v2 document fits v3 too: the error says so
        JsonNode v2 = JSON.readTree("{\"title\":\"t\",\"status\":\"done\",\"createdAt\":\"c\"}");
        LensException ambiguous = assertThrows(LensException.class, () -> TodoItemLenses.versionOf(v2));
        assertTrue(ambiguous.getMessage().contains("fits versions [2, 3]"), ambiguous.getMessage());
        LensException none = assertThrows(LensException.class,
                () -> TodoItemLenses.versionOf(JSON.readTree("{\"title\":7}")));
        assertTrue(none.getMessage().contains("fits no version"), none.getMessage());
    }

    @Test
    void translateTakesTheTargetRecordClass() {
        TodoItemV1 v1 = new TodoItemV1("t", true, null, "c", "ann");
        TodoItemV3 v3 = TodoItemLenses.translate(v1, TodoItemV3.class);
        assertEquals(TodoItemV2.Status.DONE, v3.status());
        assertEquals(List.of("ann"), v3.assignees());
        TodoItemV1 back = TodoItemLenses.translate(v3, TodoItemV1.class);
        assertEquals(v1, back);
        assertNotSame(v1, back);
    }
}
