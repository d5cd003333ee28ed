package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.lens.LensException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated record is a valid value of its version however it is built: its constructor (and so
 * its builder) refuses null where the version has none, in a component, a list item or a map value
 * (of lists and maps at any depth), with the message {@code fromJson} gives for the same document;
 * the lists and maps it holds are copies, unmodifiable at every level.
 */
class RecordConstructionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Object todo() throws Exception {
        return read("gen.samples.TodoItemV3",
                "{\"title\":\"t\",\"status\":\"active\",\"createdAt\":\"now\",\"assignees\":[\"ann\",\"bo\"]}");
    }

    private static Object read(String record, String json) throws Exception {
        return Fixtures.loader().loadClass(record).getMethod("fromJson", JsonNode.class).invoke(null, JSON.readTree(json));
    }

    /** {@code record.toBuilder().<component>(value).build()}: what it threw. */
    private static Throwable rebuildFails(Object record, String component, Class<?> type, Object value) throws Exception {
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> rebuild(record, component, type, value));
        return e.getCause();
    }

    /** {@code record.toBuilder().<component>(value).build()}. */
    private static Object rebuild(Object record, String component, Class<?> type, Object value) throws Exception {
        Object builder = record.getClass().getMethod("toBuilder").invoke(record);
        Method set = builder.getClass().getMethod(component, type);
        set.setAccessible(true);
        set.invoke(builder, value);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        return build.invoke(builder);
    }

    private static Object component(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }

    private static final String NESTED = "{\"grid\":[[\"a\"]],\"groups\":{\"g\":[1]},\"rows\":[{\"k\":\"v\"}],"
            + "\"sparse\":[null],\"loose\":[[null]],\"deep\":[{\"m\":[[1]]}]}";

    private static Object nested() throws Exception {
        return read("gen.reading.NestedV1", NESTED);
    }

    /**
     * Setting {@code component} of the nested record to {@code value} is refused at {@code pointer},
     * with the message {@code fromJson} gives for the same document (one wording, the schema
     * validator's: "expected a string").
     */
    private static void refusedAsFromJsonRefusesIt(String component, Object value, String pointer, String type)
            throws Exception {
        Class<?> javaType = value instanceof Map ? Map.class : List.class;
        LensException built = assertInstanceOf(LensException.class, rebuildFails(nested(), component, javaType, value));
        assertEquals("at " + pointer + ": not a valid Nested version 1: expected " + type + ", found null",
                built.getMessage());
        ObjectNode doc = (ObjectNode) JSON.readTree(NESTED);
        doc.set(component, JSON.valueToTree(value));
        InvocationTargetException read = assertThrows(InvocationTargetException.class,
                () -> read("gen.reading.NestedV1", doc.toString()));
        assertEquals(built.getMessage(), assertInstanceOf(LensException.class, read.getCause()).getMessage());
    }

    @Test
    void nullItemOfAListInAList_isRefused_atItsFullPointer() throws Exception {
        refusedAsFromJsonRefusesIt("grid", List.of(List.of("a"), Arrays.asList("b", null)), "/grid/1/1", "a string");
        refusedAsFromJsonRefusesIt("grid", Arrays.asList(List.of("a"), null), "/grid/1", "an array");
    }

    @Test
    void theFirstNullInDocumentOrder_isTheOneNamed() throws Exception {
        refusedAsFromJsonRefusesIt("grid", Arrays.asList(Arrays.asList("a", null), null), "/grid/0/1", "a string");
    }

    @Test
    void nullItemOfAListInAMap_isRefused_atItsEscapedKeyAndIndex() throws Exception {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        groups.put("g", List.of(1));
        groups.put("a/b~c", Arrays.asList(1, null));
        refusedAsFromJsonRefusesIt("groups", groups, "/groups/a~1b~0c/1", "an int");
    }

    @Test
    void nullValueOfAMapInAList_isRefused() throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("k", null);
        refusedAsFromJsonRefusesIt("rows", List.of(Map.of("k", "v"), row), "/rows/1/k", "a string");
    }

    @Test
    void aNullableInnerList_mayBeNull_butNotItsItems() throws Exception {
        Object ok = rebuild(nested(), "sparse", List.class, Arrays.asList(null, List.of("x")));
        assertEquals(Arrays.asList(null, List.of("x")), component(ok, "sparse"));
        refusedAsFromJsonRefusesIt("sparse", Arrays.asList(null, Arrays.asList("x", null)), "/sparse/1/1", "a string");
    }

    @Test
    void nullableItemsOfInnerLists_areAccepted() throws Exception {
        Object ok = rebuild(nested(), "loose", List.class, List.of(Arrays.asList(null, "x"), List.of()));
        assertEquals(List.of(Arrays.asList(null, "x"), List.of()), component(ok, "loose"));
    }

    @Test
    void nullFourLevelsDown_isRefused_atItsFullPointer() throws Exception {
        Map<String, List<List<Integer>>> entry = new LinkedHashMap<>();
        entry.put("m", List.of(List.of(1), Arrays.asList(2, null)));
        refusedAsFromJsonRefusesIt("deep", List.of(Map.of("n", List.of()), entry), "/deep/1/m/1/1", "an int");
    }

    @Test
    void anOptionalNestedList_isChecked_whenPresent() throws Exception {
        Object absent = rebuild(nested(), "maybe", List.class, null);
        assertEquals(null, component(absent, "maybe"));
        LensException e = assertInstanceOf(LensException.class,
                rebuildFails(nested(), "maybe", List.class, List.of(Arrays.asList("a", null))));
        assertEquals("at /maybe/0/1: not a valid Nested version 1: expected a string, found null", e.getMessage());
    }

    @Test
    void nestedListsAndMaps_areCopiedAndUnmodifiable_atEveryLevel() throws Exception {
        List<Integer> innermost = new ArrayList<>(List.of(1));
        List<List<Integer>> lists = new ArrayList<>(List.of(innermost));
        Map<String, List<List<Integer>>> map = new LinkedHashMap<>(Map.of("m", lists));
        List<Map<String, List<List<Integer>>>> deep = new ArrayList<>(List.of(map));
        Object record = rebuild(nested(), "deep", List.class, deep);
        innermost.add(2);
        lists.add(List.of());
        map.put("n", List.of());
        deep.add(Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, List<List<Integer>>>> kept = (List<Map<String, List<List<Integer>>>>) component(record, "deep");
        assertEquals(List.of(Map.of("m", List.of(List.of(1)))), kept);
        assertThrows(UnsupportedOperationException.class, () -> kept.add(Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> kept.get(0).put("n", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> kept.get(0).get("m").add(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> kept.get(0).get("m").get(0).add(3));
    }

    @Test
    void nullInADefaultedField_isRefused_namingRecordVersionAndPointer() throws Exception {
        LensException e = assertInstanceOf(LensException.class, rebuildFails(todo(), "groupId", String.class, null));
        assertEquals("/groupId", e.pointer());
        assertEquals("at /groupId: not a valid TodoItem version 3: expected a string, found null", e.getMessage());
        InvocationTargetException read = assertThrows(InvocationTargetException.class, () -> read(
                "gen.samples.TodoItemV3", "{\"title\":\"t\",\"status\":\"active\",\"createdAt\":\"now\",\"assignees\":[],\"groupId\":null}"));
        assertEquals(e.getMessage(), read.getCause().getMessage(), "the constructor words it as fromJson does");
    }

    @Test
    void nullListItem_isRefused_atItsIndex() throws Exception {
        LensException e = assertInstanceOf(LensException.class,
                rebuildFails(todo(), "assignees", List.class, Arrays.asList("ann", null)));
        assertEquals("at /assignees/1: not a valid TodoItem version 3: expected a string, found null", e.getMessage());
    }

    @Test
    void nullMapValue_isRefused_atItsKey() throws Exception {
        Object issue = read("gen.samples.GitHubIssueV1", "{\"id\":1,\"number\":2,\"title\":\"t\",\"body\":null,"
                + "\"state\":\"open\",\"user\":{\"login\":\"l\",\"id\":3,\"site_admin\":false},\"labels\":[],"
                + "\"comments\":0,\"created_at\":\"c\",\"locked\":false,\"milestone\":null,\"reactions\":{}}");
        Map<String, Integer> reactions = new LinkedHashMap<>();
        reactions.put("+1", 1);
        reactions.put("a/b", null);
        LensException e = assertInstanceOf(LensException.class, rebuildFails(issue, "reactions", Map.class, reactions));
        assertEquals("at /reactions/a~1b: not a valid GitHubIssue version 1: expected an int, found null", e.getMessage());
    }

    @Test
    void requiredFieldLeftUnset_isStillTheBuildersMessage() throws Exception {
        Throwable e = rebuildFails(todo(), "title", String.class, null);
        assertEquals("TodoItem version 3: required field not set: title", assertInstanceOf(IllegalStateException.class, e)
                .getMessage());
    }
}
