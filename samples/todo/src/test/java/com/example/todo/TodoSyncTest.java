package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.GeneratedLenses;
import dev.lensc.runtime.graph.VersionGraph;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.store.MultiVersionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Phones on v1, tablets on v2 and the web app on v3 edit the same todo items for months. The store
 * keeps every item in all three versions (keys {@code todo-item@N:<uuid>}) through the generated
 * translators, found by ServiceLoader. A model of the v3 item says what every edit must do.
 */
class TodoSyncTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final GeneratedLenses LENSES = GeneratedLenses.load(TodoSyncTest.class.getClassLoader())
            .get("com.example.todo.TodoItem");
    static final String[] STATUSES = {"active", "done", "blocked", "halted"};

    final MultiVersionStore store = new MultiVersionStore(LENSES);

    @Test
    void generatedTranslatorsAreRegistered_andTheVersionGraphFindsThem() throws Exception {
        assertEquals(List.of(1, 2, 3), new ArrayList<>(LENSES.versions()));
        VersionGraph graph = VersionGraph.load(TodoSyncTest.class.getClassLoader());
        JsonNode v1 = JSON.readTree(TodoSyncTest.class.getResourceAsStream("/todo-v1.json"));
        JsonNode v3 = graph.translate("TodoItem", v1, 1, 3);
        assertEquals(JSON.valueToTree(TodoItemLenses.v1ToV3(JSON.treeToValue(v1, TodoItemV1.class))), v3);
        assertEquals(v1, graph.translate("TodoItem", v3, 3, 1, v1));
    }

    @Test
    void threeClientsEditTheSameItems_everyVersionStaysConsistent_andNothingAnyClientWroteIsLost() {
        Random random = new Random(2026);
        List<String> ids = new ArrayList<>();
        List<ObjectNode> model = new ArrayList<>(); // the expected v3 item
        for (int i = 0; i < 5; i++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            ids.add(id);
            TodoItemV3 created = new TodoItemV3("item " + i, TodoItemV2.Status.ACTIVE, null, "2026-11-0" + (i + 1),
                    List.of("ann", "bob"), "inbox");
            store.write(id, 3, JSON.valueToTree(created));
            model.add(JSON.valueToTree(created));
        }
        for (int edit = 0; edit < 600; edit++) {
            int item = random.nextInt(ids.size());
            String id = ids.get(item);
            int version = 1 + random.nextInt(3);
            ObjectNode expected = model.get(item);
            JsonNode written = switch (version) {
                case 1 -> editAsV1(store.read(id, 1).orElseThrow(), expected, random);
                case 2 -> editAsV2(store.read(id, 2).orElseThrow(), expected, random);
                default -> editAsV3(store.read(id, 3).orElseThrow(), expected, random);
            };
            store.write(id, version, written);
            String at = "edit " + edit + " by a v" + version + " client of " + store.key(version, id);
            assertEquals(written, store.read(id, version).orElseThrow(), at + ": the client reads what it wrote");
            assertEquals(expected, store.read(id, 3).orElseThrow(), at + ": the v3 item is as the model says");
            for (int from = 1; from <= 3; from++) {
                for (int to = 1; to <= 3; to++) {
                    JsonNode target = store.read(id, to).orElseThrow();
                    assertTrue(JsonValues.equal(target, LENSES.translate(store.read(id, from).orElseThrow(), from, to,
                            target)), at + ": version " + to + " is version " + from + " translated onto it");
                }
            }
        }
        Map<String, JsonNode> all = store.snapshot();
        assertEquals(15, all.size());
        assertTrue(all.keySet().stream().allMatch(k -> k.matches("todo-item@[123]:[0-9a-f-]{36}")), all.keySet().toString());
    }

    /** A phone: knows a done flag and one assignee. */
    private static JsonNode editAsV1(JsonNode stored, ObjectNode expected, Random random) {
        TodoItemV1 v1 = JSON.convertValue(stored, TodoItemV1.class);
        switch (random.nextInt(3)) {
            case 0 -> {
                v1 = new TodoItemV1("v1 title " + random.nextInt(100), v1.isDone(), v1.isImportant(), v1.createdAt(), v1.assignee());
                expected.put("title", v1.title());
            }
            case 1 -> {
                boolean done = random.nextBoolean();
                v1 = new TodoItemV1(v1.title(), done, v1.isImportant(), v1.createdAt(), v1.assignee());
                String status = expected.get("status").asText();
                // a v1 "not done" keeps blocked and halted: they go down as false too
                expected.put("status", done ? "done" : status.equals("done") ? "active" : status);
            }
            default -> {
                String assignee = random.nextInt(4) == 0 ? null : "v1-" + random.nextInt(5);
                v1 = new TodoItemV1(v1.title(), v1.isDone(), v1.isImportant(), v1.createdAt(), assignee);
                setFirstAssignee(expected, assignee);
            }
        }
        return JSON.valueToTree(v1);
    }

    /** A tablet: knows the status values, still one assignee. */
    private static JsonNode editAsV2(JsonNode stored, ObjectNode expected, Random random) {
        TodoItemV2 v2 = JSON.convertValue(stored, TodoItemV2.class);
        if (random.nextBoolean()) {
            String status = STATUSES[random.nextInt(STATUSES.length)];
            v2 = new TodoItemV2(v2.title(), JSON.convertValue(status, TodoItemV2.Status.class), v2.isImportant(),
                    v2.createdAt(), v2.assignee());
            expected.put("status", status);
        } else {
            String assignee = "v2-" + random.nextInt(5);
            v2 = new TodoItemV2(v2.title(), v2.status(), v2.isImportant(), v2.createdAt(), assignee);
            setFirstAssignee(expected, assignee);
        }
        return JSON.valueToTree(v2);
    }

    /** The web app: groups and several assignees. */
    private static JsonNode editAsV3(JsonNode stored, ObjectNode expected, Random random) {
        TodoItemV3 v3 = JSON.convertValue(stored, TodoItemV3.class);
        List<String> assignees = new ArrayList<>(v3.assignees());
        String group = v3.groupId();
        if (random.nextBoolean()) {
            group = "group-" + random.nextInt(3);
        } else if (assignees.size() < 3) {
            assignees.add("v3-" + random.nextInt(5));
        } else {
            assignees.remove(assignees.size() - 1);
        }
        v3 = new TodoItemV3(v3.title(), v3.status(), v3.isImportant(), v3.createdAt(), assignees, group);
        expected.setAll((ObjectNode) JSON.valueToTree(v3));
        return JSON.valueToTree(v3);
    }

    private static void setFirstAssignee(ObjectNode expected, String assignee) {
        ArrayNode list = (ArrayNode) expected.get("assignees");
        if (assignee == null) {
            list.removeAll(); // no assignee in v1 means none at all
        } else if (list.isEmpty()) {
            list.add(assignee);
        } else {
            list.set(0, JSON.getNodeFactory().textNode(assignee));
        }
    }
}
