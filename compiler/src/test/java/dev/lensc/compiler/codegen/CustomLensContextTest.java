package dev.lensc.compiler.codegen;

import static dev.lensc.compiler.codegen.SampleTypes.INT;
import static dev.lensc.compiler.codegen.SampleTypes.STRING;
import static dev.lensc.compiler.codegen.SampleTypes.field;
import static dev.lensc.compiler.codegen.SampleTypes.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.graph.GeneratedLenses;
import dev.lensc.runtime.graph.Translator;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.LensScope;
import dev.lensc.runtime.schema.Type;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custom lenses are told the same {@link dev.lensc.runtime.lens.LensContext} by generated code as
 * by the interpreter: the document type, the translation's versions, the document id when the
 * caller gives one, and the pointer of their value (inside {@code in} and {@code map} too), going
 * forward, back, and walking a base back.
 */
class CustomLensContextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDER = ContextRecorder.class.getName();
    private static DocumentType type;
    private static Translator generated;
    private static Generated lenses;

    private static LensOp.Custom custom(String name) {
        return new LensOp.Custom(name, RECORDER, new ContextRecorder(), false);
    }

    /** Custom lenses at the top, inside an {@code in}, on the items of a {@code map}, on two hops. */
    static DocumentType traced() {
        Type.ObjectType v1 = object(field("name", STRING), field("note", STRING),
                field("address", object(field("street", STRING))),
                field("items", new Type.ArrayType(object(field("x", INT)))));
        return DocumentType.builder("Traced").version(1, v1)
                .lens(1, 2, Lens.of(new LensOp.Rename("name", "title"), custom("note"),
                        new LensOp.In("address", List.of(custom("street"))),
                        new LensOp.In("items", List.of(new LensOp.Map(List.of(custom("x")))))))
                .lens(2, 3, Lens.of(new LensOp.Add("group", STRING, JSON.getNodeFactory().textNode("inbox")),
                        custom("title")))
                .build();
    }

    @BeforeAll
    static void compile() throws Exception {
        type = traced();
        ClassLoader loader = InProcessCompiler.compile(new JavaGenerator("gen.traced").generate(type),
                Files.createTempDirectory("lensc-context"));
        generated = GeneratedLenses.load(loader).get("gen.traced.Traced");
        lenses = new Generated(loader, "gen.traced.TracedLenses");
    }

    private static JsonNode v1(String note) throws Exception {
        return JSON.readTree("{\"name\":\"n\",\"note\":\"" + note + "\",\"address\":{\"street\":\"s\"},"
                + "\"items\":[{\"x\":1},{\"x\":2}]}");
    }

    private static JsonNode v3() throws Exception {
        return JSON.readTree("{\"title\":\"t\",\"note\":\"o\",\"address\":{\"street\":\"s\"},"
                + "\"items\":[{\"x\":1}],\"group\":\"g\"}");
    }

    /** The same calls, perhaps in another order (a fused pass runs its fields' ops in the input's order). */
    private static void assertSameCalls(List<String> expected, List<String> actual) {
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }

    @Test
    void forward_withADocumentId_everyCustomLensIsToldWhatTheInterpreterTellsIt() throws Exception {
        ContextRecorder.take();
        type.translate(v1("o"), 1, 3, null, "doc-7");
        List<String> interpreted = ContextRecorder.take();
        assertEquals(List.of(
                "forward " + new LensContext("Traced", 1, 3, "/note", "doc-7"),
                "forward " + new LensContext("Traced", 1, 3, "/address/street", "doc-7"),
                "forward " + new LensContext("Traced", 1, 3, "/items/0/x", "doc-7"),
                "forward " + new LensContext("Traced", 1, 3, "/items/1/x", "doc-7"),
                "forward " + new LensContext("Traced", 1, 3, "/title", "doc-7")), interpreted);
        generated.translate(v1("o"), 1, 3, null, "doc-7");
        assertSameCalls(interpreted, ContextRecorder.take());
    }

    @Test
    void backOntoABase_theBaseWalkAndTheOpsAreToldTheTranslation() throws Exception {
        ContextRecorder.take();
        type.translate(v3(), 3, 1, v1("o"), "doc-8");
        List<String> interpreted = ContextRecorder.take();
        generated.translate(v3(), 3, 1, v1("o"), "doc-8");
        assertSameCalls(interpreted, ContextRecorder.take());
        assertEquals(true, interpreted.contains("backward " + new LensContext("Traced", 3, 1, "/items/0/x", "doc-8")),
                interpreted.toString());
    }

    @Test
    void pairMethods_tellTheVersions_andNoId() throws Exception {
        ContextRecorder.take();
        type.translate(v1("o"), 1, 2, null, null);
        List<String> interpreted = ContextRecorder.take();
        lenses.call("v1ToV2", new Class<?>[] {JsonNode.class}, v1("o"));
        assertSameCalls(interpreted, ContextRecorder.take());
        lenses.call("v1ToV2", new Class<?>[] {JsonNode.class, JsonNode.class}, v1("o"), null);
        assertSameCalls(interpreted, ContextRecorder.take());
        generated.translate(v1("o"), 1, 2);
        assertSameCalls(interpreted, ContextRecorder.take());
    }

    @Test
    void aFailingCustomLens_leavesNoContextBehind() throws Exception {
        assertThrows(LensException.class, () -> generated.translate(v1("boom"), 1, 3, null, "doc-9"));
        assertEquals(LensContext.NONE, LensScope.current());
    }
}
