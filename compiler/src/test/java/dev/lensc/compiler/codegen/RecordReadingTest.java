package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.lensc.runtime.lens.LensException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A generated record is a valid document of its version: reading checks it against the version's
 * schema (the runtime's SchemaValidator, so the same rules and messages) and fills defaults.
 */
class RecordReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = "{\"title\":\"t\",\"count\":1,\"maybe\":null,\"kind\":\"\",\"inner\":{\"name\":\"n\"},"
            + "\"tags\":[1,null],\"weights\":{\"a\":{}}}";

    private static Class<?> reading() throws ClassNotFoundException {
        return Fixtures.loader().loadClass("gen.reading.ReadingV1");
    }

    private static LensException readFails(String json) throws Exception {
        Class<?> record = reading();
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class, () -> JSON.readValue(json, record));
        return assertInstanceOf(LensException.class, e.getCause());
    }

    private static String replace(String field, String value) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(VALID);
        if (value == null) {
            doc.remove(field);
        } else {
            doc.set(field, JSON.readTree(value));
        }
        return doc.toString();
    }

    @Test
    void emptyObject_failsNamingTheFirstMissingField_itsPointerTypeAndVersion() throws Exception {
        LensException e = readFails("{}");
        assertEquals("/title", e.pointer());
        assertEquals("at /title: not a valid Reading version 1: missing field 'title' of type string", e.getMessage());
    }

    /** Found by the differential generator: an optional field without a default read an explicit null as absent. */
    @Test
    void nullInAnOptionalField_thatIsNotNullable_isAnError_notAbsent() throws Exception {
        LensException e = readFails(replace("note", "null"));
        assertEquals("/note", e.pointer());
        assertEquals("at /note: not a valid Reading version 1: expected a string, found null", e.getMessage());
    }

    @Test
    void nullInANonNullableInt_isAnError_notZero() throws Exception {
        LensException e = readFails(replace("count", "null"));
        assertEquals("/count", e.pointer());
        assertEquals("at /count: not a valid Reading version 1: expected an int, found null", e.getMessage());
    }

    @Test
    void nullInANullableInt_readsAsNull_inABoxedComponent() throws Exception {
        Object record = JSON.readValue(VALID, reading());
        Map<String, Class<?>> types = Arrays.stream(reading().getRecordComponents())
                .collect(Collectors.toMap(c -> c.getName(), c -> c.getType()));
        assertEquals(int.class, types.get("count"));
        assertEquals(Integer.class, types.get("maybe"));
        assertEquals(null, reading().getMethod("maybe").invoke(record));
    }

    @Test
    void absentFields_readTheirDefaults_absentWithoutDefaultStaysAbsent_evenInsideMapsOfObjects() throws Exception {
        JsonNode written = JSON.valueToTree(JSON.readValue(VALID, reading()));
        assertEquals("{\"title\":\"t\",\"count\":1,\"maybe\":null,\"score\":1.5,\"kind\":\"\",\"inner\":{\"name\":\"n\"},"
                + "\"tags\":[1,null],\"weights\":{\"a\":{\"w\":2.0}}}", written.toString());
        assertEquals(1.5, reading().getMethod("score").invoke(JSON.readValue(VALID, reading())));
        String withNote = replace("note", "\"n\"");
        assertEquals("n", JSON.valueToTree(JSON.readValue(withNote, reading())).get("note").textValue());
    }

    @Test
    void anyStringIsAnEnumValue_emptyAndVALUEAndValueIncluded() throws Exception {
        Map<String, String> constants = Map.of("", "EMPTY", "VALUE", "VALUE", "value", "VALUE2");
        for (String kind : List.of("", "VALUE", "value")) {
            String doc = replace("kind", JSON.writeValueAsString(kind));
            Object record = JSON.readValue(doc, reading());
            assertEquals(kind, JSON.valueToTree(record).get("kind").textValue());
            Enum<?> constant = (Enum<?>) reading().getMethod("kind").invoke(record);
            assertEquals(kind, constant.getClass().getMethod("value").invoke(constant));
            assertEquals(constants.get(kind), constant.name());
        }
        LensException e = readFails(replace("kind", "\"other\""));
        assertEquals("/kind", e.pointer());
    }

    @Test
    void undeclaredFields_wrongTypesAndNestedMisses_failAtTheirPointer() throws Exception {
        assertEquals("/extra", readFails(replace("extra", "1")).pointer());
        assertEquals("/inner/name", readFails(replace("inner", "{}")).pointer());
        assertEquals("/tags/0", readFails(replace("tags", "[\"x\"]")).pointer());
        assertEquals("/weights/a~1b/w", readFails(replace("weights", "{\"a/b\":{\"w\":\"x\"}}")).pointer());
        assertEquals("", readFails("[]").pointer());
    }

    @Test
    void fromJson_throwsTheLensExceptionDirectly() throws Exception {
        java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class,
                () -> reading().getMethod("fromJson", JsonNode.class).invoke(null, JSON.readTree("{}")));
        assertEquals("/title", assertInstanceOf(LensException.class, e.getCause()).pointer());
    }
}
