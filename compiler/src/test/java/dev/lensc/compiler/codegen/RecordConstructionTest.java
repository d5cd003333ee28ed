package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.lens.LensException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated record is a valid value of its version however it is built: its constructor (and so
 * its builder) refuses null where the version has none, in a component, a list item or a map value,
 * with the message {@code fromJson} gives for the same document.
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
        Object builder = record.getClass().getMethod("toBuilder").invoke(record);
        Method set = builder.getClass().getMethod(component, type);
        set.setAccessible(true);
        set.invoke(builder, value);
        Method build = builder.getClass().getMethod("build");
        build.setAccessible(true);
        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> build.invoke(builder));
        return e.getCause();
    }

    @Test
    void nullInADefaultedField_isRefused_namingRecordVersionAndPointer() throws Exception {
        LensException e = assertInstanceOf(LensException.class, rebuildFails(todo(), "groupId", String.class, null));
        assertEquals("/groupId", e.pointer());
        assertEquals("at /groupId: not a valid TodoItem version 3: expected string, found null", e.getMessage());
    }

    @Test
    void nullListItem_isRefused_atItsIndex() throws Exception {
        LensException e = assertInstanceOf(LensException.class,
                rebuildFails(todo(), "assignees", List.class, Arrays.asList("ann", null)));
        assertEquals("at /assignees/1: not a valid TodoItem version 3: expected string, found null", e.getMessage());
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
        assertEquals("at /reactions/a~1b: not a valid GitHubIssue version 1: expected int, found null", e.getMessage());
    }

    @Test
    void requiredFieldLeftUnset_isStillTheBuildersMessage() throws Exception {
        Throwable e = rebuildFails(todo(), "title", String.class, null);
        assertEquals("TodoItem version 3: required field not set: title", assertInstanceOf(IllegalStateException.class, e)
                .getMessage());
    }
}
