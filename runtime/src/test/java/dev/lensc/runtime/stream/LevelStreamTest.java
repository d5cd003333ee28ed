package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streams generated code holds as data: a level's table, a convert, a value run through tree code. */
class LevelStreamTest {
    private static final String CONTEXT = "the document does not fit T version 1";
    private static final Type.ObjectType TASK = new Type.ObjectType(List.of(
            new Field("title", new Type.StringType()), new Field("done", new Type.BooleanType()),
            new Field("count", new Type.IntType()), new Field("note", new Type.NullableType(new Type.StringType())),
            new Field("owner", new Type.StringType(), null, true)));
    /** title copied, done converted to "yes"/"no" as status, count renamed, note dropped, owner copied; then a constant. */
    private static final LevelStream TABLE = LevelStream.of(TASK, CONTEXT).copy("title")
            .stream("done", "status", ConvertStream.of(new Type.BooleanType(), CONTEXT,
                    v -> TextNode.valueOf(v.booleanValue() ? "yes" : "no")))
            .rename("count", "n").drop("note").copy("owner").append("kind", TextNode.valueOf("task"));

    @Test
    void table_writesEachFieldInInputOrder_thenTheConstants() throws IOException {
        assertEquals("{\"n\":3,\"status\":\"yes\",\"title\":\"t\",\"kind\":\"task\"}",
                stream(TABLE, "{\"count\":3,\"done\":true,\"note\":\"x\",\"title\":\"t\"}"));
        assertEquals("{\"title\":\"t\",\"status\":\"no\",\"n\":-0,\"owner\":\"o\",\"kind\":\"task\"}",
                stream(TABLE, "{\"title\":\"t\",\"done\":false,\"count\":-0,\"note\":null,\"owner\":\"o\"}"));
    }

    @Test
    void nullableLevel_keepsNull() throws IOException {
        LevelStream nullable = LevelStream.of(new Type.NullableType(TASK), CONTEXT)
                .copy("title", "done", "count", "note", "owner");
        assertEquals("null", stream(nullable, "null"));
        assertEquals("{\"title\":\"t\",\"done\":true,\"count\":1,\"note\":null}",
                stream(nullable, "{\"title\":\"t\",\"done\":true,\"count\":1,\"note\":null}"));
    }

    @Test
    void misfits_failAtTheirPointer_withTheCheckersMessages() {
        assertFails("/count", "the document does not fit T version 1: expected an int, found string \"3\"",
                "{\"title\":\"t\",\"done\":true,\"count\":\"3\"}");
        assertFails("/color", "the document does not fit T version 1: field 'color' is not declared in this version",
                "{\"color\":\"t\"}");
        assertFails("/title", "duplicate key \"title\" (each key may appear once in an object)",
                "{\"title\":\"t\",\"title\":\"u\"}");
        assertFails("/count", "the document does not fit T version 1: missing field 'count' of type int",
                "{\"title\":\"t\",\"done\":true,\"note\":null}");
        assertFails("", "the document does not fit T version 1: expected an object, found array []", "[]");
        assertFails("/note", "the document does not fit T version 1: expected a string, found number 1",
                "{\"title\":\"t\",\"done\":true,\"count\":1,\"note\":1}");
    }

    @Test
    void aTableMissingAField_doesNotStreamTheWholeObject_butTakesItsOtherKeys() throws IOException {
        Type.ObjectType type = new Type.ObjectType(List.of(new Field("title", new Type.StringType()),
                new Field("done", new Type.BooleanType(), null, true)));
        LevelStream partial = LevelStream.of(type, CONTEXT).copy("title");
        assertThrows(IllegalStateException.class, () -> stream(partial, "{\"title\":\"t\"}"));
        assertEquals("{\"title\":\"t\"}", streamField(partial, "{\"title\":\"t\"}"));
        assertThrows(IllegalStateException.class, () -> streamField(partial, "{\"done\":true}"));
        assertThrows(IllegalArgumentException.class, () -> partial.copy("nope"));
        assertThrows(IllegalArgumentException.class, () -> partial.drop("title"));
        assertThrows(IllegalArgumentException.class, () -> LevelStream.of(new Type.StringType(), CONTEXT));
    }

    @Test
    void convert_failsAtTheValue_whereTheOpFails() throws IOException {
        Type status = new Type.EnumType(List.of("open", "shut"));
        ConvertStream convert = ConvertStream.of(new Type.NullableType(status), CONTEXT, v -> {
            if (v.isNull() || v.textValue().equals("shut")) {
                throw new LensException("no image", null, "convert s");
            }
            return TextNode.valueOf(v.textValue().toUpperCase());
        });
        LevelStream level = LevelStream.of(new Type.ObjectType(List.of(new Field("s", new Type.NullableType(status)))),
                CONTEXT).stream("s", "s", convert);
        assertEquals("{\"s\":\"OPEN\"}", stream(level, "{\"s\":\"open\"}"));
        LensException e = assertThrows(LensException.class, () -> stream(level, "{\"s\":\"shut\"}"));
        assertEquals("/s", e.pointer());
        assertEquals("convert s", e.op());
        assertEquals("/s", assertThrows(LensException.class, () -> stream(level, "{\"s\":null}")).pointer());
        assertEquals("/s", assertThrows(LensException.class, () -> stream(level, "{\"s\":\"ajar\"}")).pointer());
    }

    @Test
    void tree_checksItsOutput_andNamesTheCulprit() throws IOException {
        Type in = new Type.NullableType(new Type.StringType());
        TreeStream upper = TreeStream.of(in, CONTEXT, v -> TextNode.valueOf(v.textValue().toUpperCase()));
        assertEquals("\"AB\"", stream(upper, "\"ab\""));
        assertEquals("null", stream(upper, "null"));
        TreeStream checked = TreeStream.of(in, CONTEXT, v -> TextNode.valueOf(v.textValue() + "!"),
                new Type.EnumType(List.of("a!")), "the translated document does not fit T version 2", "convert x");
        assertEquals("\"a!\"", stream(checked, "\"a\""));
        LensException e = assertThrows(LensException.class, () -> stream(checked, "\"b\""));
        assertEquals("convert x", e.op());
        assertEquals("the translated document does not fit T version 2: expected one of [a!], found string \"b!\"",
                e.reason());
    }

    private static void assertFails(String pointer, String reason, String json) {
        LensException e = assertThrows(LensException.class, () -> stream(TABLE, json), json);
        assertEquals(pointer, e.pointer(), json);
        assertEquals(reason, e.reason(), json);
    }

    private static String stream(ValueStream stream, String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(json.getBytes(StandardCharsets.UTF_8));
                JsonGenerator g = StrictJson.generator(out)) {
            StreamChecks.begin(p);
            stream.stream(p, g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One object's keys through {@link LevelStream#field} alone, as a level with code of its own calls it. */
    private static String streamField(LevelStream table, String json) throws IOException {
        return stream((p, g) -> {
            table.begin(p, g);
            long seen = 0;
            String key;
            while ((key = p.nextFieldName()) != null) {
                seen = table.field(p, g, key, seen);
            }
            table.requirePresent(p, seen);
            g.writeEndObject();
        }, json);
    }
}
