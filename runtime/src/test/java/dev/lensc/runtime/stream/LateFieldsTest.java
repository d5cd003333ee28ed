package dev.lensc.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A level's late fields as data: constants and given values gathered in order, ops run on them, then written. */
class LateFieldsTest {
    private static final ObjectNode HOST = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("x", 1);
    /** host (a constant), then a into it, then b; b is taken out for the holder. */
    private static final LateFields.Program PROGRAM = LateFields.program().constant("host", HOST).put("a")
            .run(LateFieldsTest::plungeA).put("b").take(null, "b");

    @Test
    void program_gathersInOrder_runsTheOps_takesAndWritesTheRest() throws IOException {
        JsonNode[] captured = new JsonNode[2];
        assertEquals("{\"host\":{\"x\":1,\"a\":\"A\"}}", end(PROGRAM, null, captured, TextNode.valueOf("A"),
                IntNode.valueOf(2)));
        assertNull(captured[0]);
        assertEquals(IntNode.valueOf(2), captured[1]);
        assertEquals("{\"host\":{\"x\":1}}", end(PROGRAM, null, captured, null, null), "a constant is copied each time");
        assertNull(captured[1]);
        assertEquals("{\"x\":1}", HOST.toString());
    }

    /** A program whose input {@code h} stays in its place and gets a {@code !}, then appends {@code last: 7}. */
    private static LateFields.Program heldH() {
        return LateFields.program().put("h").run(x -> {
            ((ObjectNode) x).put("h", x.get("h").textValue() + "!");
            return x;
        }).constant("last", IntNode.valueOf(7)).stays("h");
    }

    @Test
    void heldInputsThatStay_areWrittenInTheirPlaces_beforeWhatCameAfterThem() throws IOException {
        LateFields.Program program = heldH();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = atEnd(); JsonGenerator g = StrictJson.generator(out)) {
            g.writeStartObject();
            LateFields.Stays stays = LateFields.stays(g);
            JsonGenerator after = stays.stay(0);
            after.writeFieldName("next");
            after.writeString("n");
            program.end(p, after, stays, null, TextNode.valueOf("h")).writeEndObject();
        }
        assertEquals("{\"h\":\"h!\",\"next\":\"n\",\"last\":7}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFlush_writesTheHeldInputsAndWhatFollowed_thenTheLevelWritesStraightOut() throws IOException {
        LateFields.Program program = heldH();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = atEnd(); JsonGenerator g = StrictJson.generator(out)) {
            g.writeStartObject();
            LateFields.Stays stays = LateFields.stays(g);
            JsonGenerator after = stays.stay(0);
            after.writeFieldName("next");
            after.writeString("n");
            assertTrue(stays.waiting());
            JsonGenerator now = program.flush(p, stays, null, TextNode.valueOf("h"));
            assertFalse(stays.waiting());
            assertSame(g, now, "after the flush nothing is held");
            now.writeFieldName("big");
            now.writeString("b");
            now.flush();
            assertEquals("{\"h\":\"h!\",\"next\":\"n\",\"big\":\"b\"", out.toString(StandardCharsets.UTF_8),
                    "written before the object ends");
            program.end(p, now, stays, null, TextNode.valueOf("ignored")).writeEndObject();
        }
        assertEquals("{\"h\":\"h!\",\"next\":\"n\",\"big\":\"b\",\"last\":7}", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOpFailureInAFlush_isNamedAtTheObjectsPointer_notTheFieldJustRead() throws IOException {
        LateFields.Program failing = LateFields.program().put("h").run(x -> {
            throw new LensException("no", "/a", "op");
        }).stays("h");
        try (JsonParser p = StrictJson.parser("{\"o\":{\"h\":{\"k\":1},\"x\":2}}".getBytes(StandardCharsets.UTF_8))) {
            for (int i = 0; i < 8; i++) {
                p.nextToken(); // to the end of o's value h
            }
            LateFields.Stays stays = LateFields.stays(StreamChecks.nowhere());
            stays.stay(0);
            LensException e = assertThrows(LensException.class, () -> failing.flush(p, stays, null, IntNode.valueOf(1)));
            assertEquals("/o/a", e.pointer());
        }
    }

    @Test
    void anOpFailure_isNamedAtTheObjectsPointer() {
        LateFields.Program failing = LateFields.program().put("a").run(x -> {
            throw new LensException("no", "/a", "op");
        });
        LensException e = assertThrows(LensException.class, () -> end(failing, null, null, TextNode.valueOf("A")));
        assertEquals("/a", e.pointer());
        assertEquals("op", e.op());
    }

    private static JsonNode plungeA(JsonNode x) {
        ObjectNode late = (ObjectNode) x;
        JsonNode a = late.remove("a");
        if (a != null) {
            ((ObjectNode) late.get("host")).set("a", a);
        }
        return late;
    }

    private static String end(LateFields.Program program, LateFields.Stays stays, JsonNode[] captured,
            JsonNode... values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = atEnd(); JsonGenerator g = StrictJson.generator(out)) {
            g.writeStartObject();
            program.end(p, g, stays, captured, values).writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A parser at the end of the document's object, as a level is when its late fields run. */
    private static JsonParser atEnd() throws IOException {
        JsonParser p = StrictJson.parser("{}".getBytes(StandardCharsets.UTF_8));
        p.nextToken();
        p.nextToken();
        return p;
    }
}
