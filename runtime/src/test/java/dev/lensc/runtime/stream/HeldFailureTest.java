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

/**
 * An op that fails mid-stream does not end the document's reading: its input is checked to the
 * end, and a misfit anywhere in it is the failure, as the tree translator checks its input first.
 */
class HeldFailureTest {
    private static final String CONTEXT = "the document does not fit T version 1";
    private static final Type.ObjectType PAIR = new Type.ObjectType(List.of(
            new Field("a", new Type.StringType()), new Field("b", new Type.StringType()),
            new Field("n", new Type.IntType())));
    /** a and b converted (failing on "x"), n copied; the output's a is checked to be "A". */
    private static final LevelStream LEVEL = LevelStream.of(PAIR, CONTEXT)
            .stream("a", "a", CheckedStream.of(convert("convert a"), new Type.EnumType(List.of("A")),
                    "the translated document does not fit T version 2", "convert a"))
            .stream("b", "b", convert("convert b")).copy("n");

    @Test
    void anOpFailure_beforeAMisfitLaterInTheInput_givesWayToTheMisfit() {
        LensException e = assertThrows(LensException.class, () -> translate("{\"a\":\"x\",\"b\":\"y\",\"n\":\"1\"}"));
        assertEquals("/n", e.pointer());
        assertEquals(CONTEXT + ": expected an int, found string \"1\"", e.reason());
        assertEquals("/n", assertThrows(LensException.class, () -> translate("{\"a\":\"x\",\"b\":\"y\"}")).pointer());
        assertEquals("/b", assertThrows(LensException.class,
                () -> translate("{\"a\":\"x\",\"b\":\"y\",\"n\":1,\"b\":\"z\"}")).pointer());
    }

    @Test
    void inAnInputThatFits_theFirstOpFailureIsThrown_beforeAnyOutputMisfit() {
        LensException e = assertThrows(LensException.class, () -> translate("{\"a\":\"x\",\"b\":\"x\",\"n\":1}"));
        assertEquals("/a", e.pointer());
        assertEquals("convert a", e.op());
        LensException b = assertThrows(LensException.class, () -> translate("{\"a\":\"b\",\"b\":\"x\",\"n\":1}"));
        assertEquals("/b", b.pointer(), "the op's failure, not the output's misfit at /a before it");
        assertEquals("convert b", b.op());
        LensException out = assertThrows(LensException.class, () -> translate("{\"a\":\"b\",\"b\":\"c\",\"n\":1}"));
        assertEquals("/a", out.pointer());
        assertEquals("convert a", out.op());
        assertEquals("T", out.documentType());
    }

    @Test
    void outsideADocument_anOpFailsAtOnce_andNothingIsLeftHeldForTheNext() throws IOException {
        assertThrows(LensException.class, () -> {
            try (JsonParser p = StrictJson.parser("\"x\"".getBytes(StandardCharsets.UTF_8));
                    JsonGenerator g = StreamChecks.nowhere()) {
                StreamChecks.begin(p);
                convert("convert a").stream(p, g);
            }
        });
        assertThrows(LensException.class, () -> translate("{\"a\":\"x\",\"b\":\"y\",\"n\":1}"));
        assertEquals("{\"a\":\"A\",\"b\":\"B\",\"n\":1}", translate("{\"a\":\"a\",\"b\":\"b\",\"n\":1}"));
    }

    @Test
    void aDocumentTranslatedInsideAnOp_holdsItsOwn_andLeavesTheOuterHeld() {
        ConvertStream inner = ConvertStream.of(new Type.StringType(), CONTEXT, v -> {
            try {
                return TextNode.valueOf(translate("{\"a\":\"a\",\"b\":\"" + v.textValue() + "\",\"n\":1}"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        LevelStream outer = LevelStream.of(PAIR, CONTEXT).stream("a", "a", convert("convert a"))
                .stream("b", "b", inner).copy("n");
        LensException e = assertThrows(LensException.class,
                () -> translate(outer, "{\"a\":\"x\",\"b\":\"ok\",\"n\":1}"));
        assertEquals("/a", e.pointer(), "the outer failure, held across the inner translation that passed");
        LensException nested = assertThrows(LensException.class,
                () -> translate(outer, "{\"a\":\"a\",\"b\":\"x\",\"n\":1}"));
        assertEquals("/b", nested.pointer());
        assertEquals("convert b", nested.op());
    }

    private static ConvertStream convert(String op) {
        return ConvertStream.of(new Type.StringType(), CONTEXT, v -> {
            if (v.textValue().equals("x")) {
                throw new LensException("no image for x", null, op);
            }
            return TextNode.valueOf(v.textValue().toUpperCase());
        });
    }

    private static String translate(String json) throws IOException {
        return translate(LEVEL, json);
    }

    private static String translate(ValueStream level, String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(json.getBytes(StandardCharsets.UTF_8));
                JsonGenerator g = StrictJson.generator(out)) {
            StreamChecks.translate(p, g, level, "T", 1, 2);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
