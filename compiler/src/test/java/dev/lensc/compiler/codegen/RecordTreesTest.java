package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values of {@code any} fields are Jackson trees, which can always be changed: a record holds its
 * own deep copies (of a component, list items, map values, in nested records too) and gives out
 * copies, so neither the document it was read from nor what its accessors return can change it;
 * and translators between versions hand trees over without the tree path.
 */
class RecordTreesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC = "{\"id\":\"p\",\"body\":{\"a\":[1,2]},\"parts\":[{\"x\":1},\"s\"],"
            + "\"bag\":{\"k\":{\"y\":true}},\"meta\":{\"extra\":[{\"z\":null}]}}";

    private static Class<?> type(String name) throws Exception {
        return Fixtures.loader().loadClass("gen.reading." + name);
    }

    private static Object read(String json) throws Exception {
        return type("PayloadV1").getMethod("fromJson", JsonNode.class).invoke(null, JSON.readTree(json));
    }

    private static Object get(Object record, String component) throws Exception {
        return record.getClass().getMethod(component).invoke(record);
    }

    @Test
    void changingTheDocumentRead_leavesTheRecordAsItWas() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(DOC);
        Object record = type("PayloadV1").getMethod("fromJson", JsonNode.class).invoke(null, doc);
        ((ObjectNode) doc.get("body")).put("a", "changed");
        ((ObjectNode) doc.get("parts").get(0)).put("x", 2);
        ((ObjectNode) doc.get("bag").get("k")).put("y", false);
        ((ArrayNode) doc.get("meta").get("extra")).removeAll();
        assertEquals(JSON.readTree(DOC), JSON.valueToTree(record));
    }

    @Test
    void changingWhatAccessorsGive_leavesTheRecordAsItWas() throws Exception {
        Object record = read(DOC);
        ((ObjectNode) get(record, "body")).put("a", "changed");
        @SuppressWarnings("unchecked")
        List<JsonNode> parts = (List<JsonNode>) get(record, "parts");
        ((ObjectNode) parts.get(0)).put("x", 2);
        for (JsonNode part : parts) {
            if (part.isObject()) {
                ((ObjectNode) part).removeAll();
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, JsonNode> bag = (Map<String, JsonNode>) get(record, "bag");
        ((ObjectNode) bag.get("k")).put("y", false);
        for (Map.Entry<String, JsonNode> e : bag.entrySet()) {
            ((ObjectNode) e.getValue()).removeAll();
        }
        ((ArrayNode) get(get(record, "meta"), "extra")).removeAll();
        assertEquals(JSON.readTree(DOC), JSON.valueToTree(record));
    }

    @Test
    void changingTreesHandedToTheBuilder_leavesTheRecordAsItWas() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree("{\"a\":1}");
        List<JsonNode> parts = new ArrayList<>(List.of(JSON.readTree("{\"x\":1}")));
        Map<String, JsonNode> bag = new LinkedHashMap<>(Map.of("k", JSON.readTree("[1]")));
        Object record = read(DOC);
        Object builder = record.getClass().getMethod("toBuilder").invoke(record);
        builder.getClass().getMethod("body", JsonNode.class).invoke(builder, body);
        builder.getClass().getMethod("parts", List.class).invoke(builder, parts);
        builder.getClass().getMethod("bag", Map.class).invoke(builder, bag);
        Method build = builder.getClass().getMethod("build");
        Object built = build.invoke(builder);
        JsonNode before = JSON.valueToTree(built);
        body.put("a", 2);
        ((ObjectNode) parts.get(0)).put("x", 2);
        ((ArrayNode) bag.get("k")).add(2);
        assertEquals(before, JSON.valueToTree(built));
        assertEquals(JSON.readTree("{\"a\":1}"), get(built, "body"));
    }

    @Test
    void javaNullOfAnAnyField_isJsonNull_asFromJsonReadsIt_butAnAbsentOptionalStaysNull() throws Exception {
        Object record = read(DOC);
        Object builder = record.getClass().getMethod("toBuilder").invoke(record);
        builder.getClass().getMethod("body", JsonNode.class).invoke(builder, (Object) null);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        assertEquals(NullNode.getInstance(), get(built, "body"));
        assertEquals(read(DOC.replace("{\"a\":[1,2]}", "null")), built);
        assertNull(get(built, "maybe"));
    }

    @Test
    void recordsOfEqualTrees_areEqual_withEqualHashCodes_andPrintTheirTrees() throws Exception {
        Object a = read(DOC);
        Object b = read(DOC);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, read(DOC.replace("[1,2]", "[1,3]")));
        assertTrue(a.toString().contains("body={\"a\":[1,2]}"), a.toString());
    }

    @Test
    void translatingRecords_handsTreesOver_withoutTheTreePath() throws Exception {
        Object v1 = read(DOC);
        Class<?> direct = type("PayloadRecordTranslators");
        Method v1ToV2 = direct.getDeclaredMethod("v1ToV2", type("PayloadV1"));
        v1ToV2.setAccessible(true);
        Object v2 = v1ToV2.invoke(null, v1);
        assertNotNull(v2, "the record translator gave the pair up to the tree path");
        JsonNode tree = (JsonNode) type("PayloadLenses").getMethod("v1ToV2", JsonNode.class)
                .invoke(null, JSON.readTree(DOC));
        assertEquals(tree, JSON.valueToTree(v2));
        assertEquals(get(v1, "meta"), get(v2, "meta"), "the nested record both versions share");
        ((ObjectNode) get(v2, "body")).put("a", "changed");
        assertEquals(JSON.readTree(DOC), JSON.valueToTree(v1));
    }
}
