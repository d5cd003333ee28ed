package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custom lenses run by streaming translators (generated, and {@link StreamInterpreter}) are told
 * what the tree translator tells them: the document type, the versions and the pointer of their
 * value, where the custom lens is at the top (the whole document read into a tree) and where only
 * the nested values holding one are; no context is left behind when one fails.
 */
class StreamingCustomLensContextTest {
    private static Generated traced;
    private static Generated nested;

    /** Custom lenses only inside an {@code in} and on a {@code map}'s items: the top level streams. */
    static DocumentType nestedOnly() {
        LensOp.Custom inner = new LensOp.Custom("c", ContextRecorder.class.getName(), new ContextRecorder(), false);
        LensOp.Custom item = new LensOp.Custom("x", ContextRecorder.class.getName(), new ContextRecorder(), false);
        return DocumentType.builder("Nested")
                .version(1, object(field("a", STRING), field("inner", object(field("c", STRING))),
                        field("items", new dev.lensc.runtime.schema.Type.ArrayType(object(field("x", INT))))))
                .lens(1, 2, Lens.of(new LensOp.Rename("a", "b"), new LensOp.In("inner", List.of(inner)),
                        new LensOp.In("items", List.of(new LensOp.Map(List.of(item))))))
                .build();
    }

    @BeforeAll
    static void compile() throws Exception {
        ClassLoader loader = InProcessCompiler.compile(List.of(
                new JavaGenerator("gen.streamtraced").generate(CustomLensContextTest.traced()),
                new JavaGenerator("gen.streamnested").generate(nestedOnly())), Files.createTempDirectory("lensc-scope"));
        traced = new Generated(loader, "gen.streamtraced.TracedLenses");
        nested = new Generated(loader, "gen.streamnested.NestedLenses");
    }

    private static String stream(Generated lenses, String doc, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(doc.getBytes(StandardCharsets.UTF_8));
                JsonGenerator g = StrictJson.generator(out)) {
            lenses.streams().call("translate", new Class<?>[] {JsonParser.class, JsonGenerator.class, int.class, int.class},
                    p, g, from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String interpret(DocumentType type, String doc, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(doc.getBytes(StandardCharsets.UTF_8));
                JsonGenerator g = StrictJson.generator(out)) {
            StreamInterpreter.of(type, from, to).translate(p, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Each back end: the same calls as the tree translator's, and the same document. */
    private static void assertSameContexts(DocumentType type, Generated lenses, String doc, int from, int to) {
        ContextRecorder.take();
        JsonNode tree = type.translate(StrictJson.read(doc, "doc"), from, to, null, null);
        List<String> expected = ContextRecorder.take().stream().sorted().toList();
        assertEquals(StrictJson.compact(tree), stream(lenses, doc, from, to));
        assertEquals(expected, ContextRecorder.take().stream().sorted().toList(), "generated");
        assertEquals(StrictJson.compact(tree), interpret(type, doc, from, to));
        assertEquals(expected, ContextRecorder.take().stream().sorted().toList(), "StreamInterpreter");
        assertEquals(LensContext.NONE, LensScope.current());
    }

    @Test
    void aCustomLensAtTheTop_readsTheDocumentIntoATree_andIsToldTheTranslation() {
        String v1 = "{\"name\":\"n\",\"note\":\"o\",\"address\":{\"street\":\"s\"},\"items\":[{\"x\":1},{\"x\":2}]}";
        ContextRecorder.take();
        CustomLensContextTest.traced().translate(StrictJson.read(v1, "doc"), 1, 3, null, null);
        assertEquals(List.of(
                "forward " + new LensContext("Traced", 1, 3, "/note", null),
                "forward " + new LensContext("Traced", 1, 3, "/address/street", null),
                "forward " + new LensContext("Traced", 1, 3, "/items/0/x", null),
                "forward " + new LensContext("Traced", 1, 3, "/items/1/x", null),
                "forward " + new LensContext("Traced", 1, 3, "/title", null)), ContextRecorder.take());
        assertSameContexts(CustomLensContextTest.traced(), traced, v1, 1, 3);
        assertSameContexts(CustomLensContextTest.traced(), traced, v1, 1, 2);
        assertSameContexts(CustomLensContextTest.traced(), traced,
                "{\"title\":\"t\",\"note\":\"o\",\"address\":{\"street\":\"s\"},\"items\":[{\"x\":1}],\"group\":\"g\"}", 3, 1);
    }

    @Test
    void customLensesOnlyInNestedValues_areToldTheirPlaceInTheStream() {
        DocumentType type = nestedOnly();
        StreamPlan.Level root = assertInstanceOf(StreamPlan.Level.class,
                StreamPlanner.document(type, 1, 2, TranslationPlan.of(type.path(1, 2).ops())));
        assertInstanceOf(StreamPlan.Tree.class, root.inputs().get(1).value(), "only the inner object is a tree");
        String v1 = "{\"a\":\"x\",\"inner\":{\"c\":\"y\"},\"items\":[{\"x\":1},{\"x\":2},{\"x\":3}]}";
        ContextRecorder.take();
        type.translate(StrictJson.read(v1, "doc"), 1, 2, null, null);
        assertEquals(List.of(
                "forward " + new LensContext("Nested", 1, 2, "/inner/c", null),
                "forward " + new LensContext("Nested", 1, 2, "/items/0/x", null),
                "forward " + new LensContext("Nested", 1, 2, "/items/1/x", null),
                "forward " + new LensContext("Nested", 1, 2, "/items/2/x", null)), ContextRecorder.take());
        assertSameContexts(type, nested, v1, 1, 2);
        assertSameContexts(type, nested, "{\"b\":\"x\",\"inner\":{\"c\":\"y\"},\"items\":[{\"x\":5}]}", 2, 1);
    }

    @Test
    void aFailingCustomLens_leavesNoContextBehind() {
        String boom = "{\"name\":\"n\",\"note\":\"boom\",\"address\":{\"street\":\"s\"},\"items\":[]}";
        LensException generated = assertThrows(LensException.class, () -> stream(traced, boom, 1, 3));
        assertEquals(LensContext.NONE, LensScope.current());
        LensException interpreted = assertThrows(LensException.class,
                () -> interpret(CustomLensContextTest.traced(), boom, 1, 3));
        assertEquals(LensContext.NONE, LensScope.current());
        assertEquals(generated.getMessage(), interpreted.getMessage());
        assertEquals("/note", generated.pointer());

        String nestedBoom = "{\"a\":\"x\",\"inner\":{\"c\":\"boom\"},\"items\":[]}";
        LensException inner = assertThrows(LensException.class, () -> stream(nested, nestedBoom, 1, 2));
        assertEquals("/inner/c", inner.pointer());
        assertEquals(LensContext.NONE, LensScope.current());
        assertEquals(inner.getMessage(), assertThrows(LensException.class,
                () -> interpret(nestedOnly(), nestedBoom, 1, 2)).getMessage());
        assertEquals(LensContext.NONE, LensScope.current());
        ContextRecorder.take();
    }
}
