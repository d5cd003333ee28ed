package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.GeneratedLenses;
import dev.lensc.runtime.lens.LensException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated todo and issue code, compiled in process and run: typed records, JsonNode paths, registration. */
class GeneratedCodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void typedTranslator_v1ToV3_givesTheV3Record() throws Exception {
        ClassLoader loader = Fixtures.loader();
        Class<?> v1 = loader.loadClass("gen.samples.TodoItemV1");
        Class<?> v3 = loader.loadClass("gen.samples.TodoItemV3");
        Object item = JSON.treeToValue(json("{\"title\":\"milk\",\"isDone\":true,\"isImportant\":null,"
                + "\"createdAt\":\"2024-01-01\",\"assignee\":\"ann\"}"), v1);
        Object up = Fixtures.lenses("gen.samples.TodoItemLenses").call("v1ToV3", new Class<?>[] {v1}, item);
        assertEquals(v3, up.getClass());
        assertEquals("{\"title\":\"milk\",\"status\":\"done\",\"createdAt\":\"2024-01-01\",\"assignees\":[\"ann\"],"
                + "\"groupId\":\"inbox\"}", JSON.writeValueAsString(up));
    }

    @Test
    void typedPut_keepsWhatOnlyTheOldVersionHeld() throws Exception {
        ClassLoader loader = Fixtures.loader();
        Class<?> v1 = loader.loadClass("gen.samples.TodoItemV1");
        Class<?> v3 = loader.loadClass("gen.samples.TodoItemV3");
        Object original = JSON.treeToValue(json("{\"title\":\"milk\",\"isDone\":false,\"isImportant\":true,"
                + "\"createdAt\":\"d\",\"assignee\":\"ann\"}"), v1);
        Object edited = JSON.treeToValue(json("{\"title\":\"oat milk\",\"status\":\"blocked\",\"createdAt\":\"d\","
                + "\"assignees\":[\"ann\",\"bob\"],\"groupId\":\"home\"}"), v3);
        Object down = Fixtures.lenses("gen.samples.TodoItemLenses").call("v3ToV1", new Class<?>[] {v3, v1}, edited, original);
        assertEquals("{\"title\":\"oat milk\",\"isDone\":false,\"isImportant\":true,\"createdAt\":\"d\","
                + "\"assignee\":\"ann\"}", JSON.writeValueAsString(down));
    }

    @Test
    void typedTranslate_anyRecordToAnyVersion() throws Exception {
        ClassLoader loader = Fixtures.loader();
        Class<?> v3 = loader.loadClass("gen.samples.TodoItemV3");
        Object item = JSON.treeToValue(json("{\"title\":\"t\",\"status\":\"active\",\"createdAt\":\"d\","
                + "\"assignees\":[],\"groupId\":\"g\"}"), v3);
        Object v1 = Fixtures.lenses("gen.samples.TodoItemLenses").call("translate",
                new Class<?>[] {Object.class, int.class}, item, 1);
        assertEquals("{\"title\":\"t\",\"isDone\":false,\"isImportant\":null,\"createdAt\":\"d\",\"assignee\":null}",
                JSON.writeValueAsString(v1));
    }

    @Test
    void jsonPath_doesNotShareNodesWithItsArguments() throws Exception {
        JsonNode doc = json("{\"title\":\"t\",\"isDone\":true,\"createdAt\":\"d\",\"assignee\":\"a\"}");
        JsonNode before = doc.deepCopy();
        JsonNode up = Fixtures.lenses("gen.samples.TodoItemLenses").translate(doc, 1, 3, null);
        assertEquals(before, doc);
        ((com.fasterxml.jackson.databind.node.ArrayNode) up.get("assignees")).add("bob");
        ((com.fasterxml.jackson.databind.node.ObjectNode) up).put("title", "changed");
        assertEquals(before, doc);
    }

    @Test
    void failure_namesThePointerAndTheOp() throws Exception {
        JsonNode doc = json("{\"id\":1,\"number\":2,\"title\":\"t\",\"body\":null,\"state\":\"open\","
                + "\"user\":{\"login\":\"l\",\"id\":3,\"site_admin\":false},\"labels\":[{\"name\":\"n\"},7],"
                + "\"comments\":0,\"created_at\":\"c\",\"locked\":false,\"milestone\":null,\"reactions\":{}}");
        LensException e = assertThrows(LensException.class,
                () -> Fixtures.lenses("gen.samples.GitHubIssueLenses").translate(doc, 1, 2, null));
        assertEquals("/labels/1", e.pointer());
        assertEquals("at /labels/1: expected an object, found number (in op 'rename default -> isDefault')",
                e.getMessage());
    }

    @Test
    void customLens_isCalledByTheGeneratedCode() throws Exception {
        JsonNode up = Fixtures.lenses("gen.samples.TaggedLenses")
                .translate(json("{\"name\":\"n\",\"tags\":[\"a\",\"b\"]}"), 1, 2, null);
        assertEquals("{\"title\":\"n\",\"tagSet\":{\"a\":true,\"b\":true}}", up.toString());
    }

    @Test
    void customLensFailure_isALensExceptionAtTheField() throws Exception {
        LensException e = assertThrows(LensException.class, () -> Fixtures.lenses("gen.samples.TaggedLenses")
                .translate(json("{\"name\":\"n\",\"tags\":\"a\"}"), 1, 2, null));
        assertEquals("/tags", e.pointer());
    }

    @Test
    void tenVersionChain_fusesToOneHopOfWork() {
        String lenses = new JavaGenerator("gen.chain").generate(BenchmarkTypes.chain()).sources()
                .get("gen/chain/ChainLenses.java");
        int v1ToV10 = lenses.indexOf("public static JsonNode v1ToV10(JsonNode doc) {");
        String get = lenses.substring(v1ToV10).split("return ", 2)[1].split("\\(", 2)[0];
        String body = lenses.substring(lenses.indexOf("private static JsonNode " + get + "(JsonNode x) {"));
        body = body.substring(0, body.indexOf("\n    }\n"));
        // the pass, and the ops one by one for a document holding a name the pass brings in or failing (one that may
        // not fit; a null document fails the pass, and the ops one by one keep it null)
        assertEquals(8, body.split("\n").length - 1, body);
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("        return along"), body);
        String pass = body.split("JsonNode y = ", 2)[1].split("\\(", 2)[0];
        String passBody = lenses.substring(lenses.indexOf("private static JsonNode " + pass + "(JsonNode x) {"));
        passBody = passBody.substring(0, passBody.indexOf("\n    }\n"));
        org.junit.jupiter.api.Assertions.assertTrue(passBody.contains("out.set(\"f10\", e.getValue().deepCopy());"), passBody);
        org.junit.jupiter.api.Assertions.assertTrue(passBody.contains("out.set(\"tmp9\", JSON_"), passBody);
        // an added field the chain removes again is never set, but a document holding it gives the pass up
        org.junit.jupiter.api.Assertions.assertFalse(passBody.contains("out.set(\"tmp8\""), passBody);
        org.junit.jupiter.api.Assertions.assertTrue(passBody.contains("\"tmp8\", \"f10\", \"tmp9\":\n"
                + "                    return null;"), passBody);
    }

    @Test
    void unknownVersionPair_isALensException() {
        LensException e = assertThrows(LensException.class,
                () -> Fixtures.lenses("gen.samples.TodoItemLenses").translate(JSON.createObjectNode(), 1, 9, null));
        assertEquals("no generated translation from version 1 to version 9 of TodoItem; versions: [1, 2, 3]",
                e.getMessage());
    }

    @Test
    void serviceLoader_findsTheRegistrations() throws Exception {
        Map<String, GeneratedLenses> found = GeneratedLenses.load(Fixtures.loader());
        assertEquals(Set.of("gen.samples.TodoItem", "gen.samples.GitHubIssue", "gen.samples.Tagged", "gen.samples.ShoppingList",
                "gen.samples.Contact",
                "gen.hostile.String", "gen.hostile.Record", "gen.hostile.Locals", "gen.reading.Reading", "gen.reading.Nested",
                "gen.reading.Payload", "gen.reading.Moved",
                "gen.one.Note", "gen.two.Note"),
                Set.copyOf(found.keySet().stream().filter(n -> !n.startsWith("gen.random.") && !n.startsWith("gen.splits.")
                        && !n.startsWith("gen.walks.")
                        && !n.startsWith("gen.chains."))
                        .toList()));
        GeneratedLenses todo = found.get("gen.samples.TodoItem");
        assertEquals(List.of(1, 2, 3), List.copyOf(todo.versions()));
        JsonNode up = todo.translate(json("{\"title\":\"t\",\"isDone\":false,\"createdAt\":\"d\"}"), 1, 2, null);
        assertEquals("{\"title\":\"t\",\"status\":\"active\",\"createdAt\":\"d\"}", up.toString());
    }

    @Test
    void pairJavadoc_followsTheRealPathOfABranchedHistory() {
        dev.lensc.runtime.graph.DocumentType branched = dev.lensc.runtime.graph.DocumentType.builder("Branched")
                .version(1, SampleTypes.object(SampleTypes.field("a", SampleTypes.STRING)))
                .lens(1, 2, dev.lensc.runtime.lens.Lens.of(new dev.lensc.runtime.lens.LensOp.Rename("a", "b")), "one")
                .lens(2, 3, dev.lensc.runtime.lens.Lens.of(new dev.lensc.runtime.lens.LensOp.Rename("b", "c")), "two")
                .lens(2, 4, dev.lensc.runtime.lens.Lens.of(new dev.lensc.runtime.lens.LensOp.Rename("b", "d")), "three")
                .build();
        String lenses = new JavaGenerator("gen.branched").generate(branched).sources()
                .get("gen/branched/BranchedLenses.java");
        assertEquals("Branched version 3 to version 4: 2 -> 3 two, backwards; 2 -> 4 three.", javadocOf(lenses, "v3ToV4"));
        assertEquals("Branched version 1 to version 4: 1 -> 2 one; 2 -> 4 three.", javadocOf(lenses, "v1ToV4"));
        assertEquals("Branched version 4 to version 1: 2 -> 4 three, backwards; 1 -> 2 one, backwards.", javadocOf(lenses, "v4ToV1"));
    }

    @Test
    void putOfAPairAcrossHops_isMadeOfPiecesSharedWithThePairsOnItsRoute_eachHopsOpsWrittenOnce() throws Exception {
        dev.lensc.runtime.graph.DocumentType.Builder b = dev.lensc.runtime.graph.DocumentType.builder("Hops")
                .version(1, SampleTypes.object(SampleTypes.field("f1", SampleTypes.STRING)));
        for (int v = 1; v < 6; v++) {
            b.lens(v, v + 1, dev.lensc.runtime.lens.Lens.of(new dev.lensc.runtime.lens.LensOp.Rename("f" + v, "f" + (v + 1)),
                    new dev.lensc.runtime.lens.LensOp.Add("tmp" + v, SampleTypes.STRING, json("\"" + v + "\""))));
        }
        String lenses = new JavaGenerator("gen.hops").generate(b.build()).sources().get("gen/hops/HopsLenses.java");
        for (int v = 1; v < 6; v++) {
            // in the hop's own pair's put and in the hop's forward method, which the longer pairs share
            assertEquals(2, occurrences(lenses, "Steps.rename(x, \"f" + v + "\", \"f" + (v + 1) + "\""), "hop " + v);
            assertEquals(2, occurrences(lenses, "Steps.add(x, \"tmp" + v + "\""), "hop " + v);
        }
        // one forward method per hop each way: the puts', and the gets' for a document that does not fit
        assertEquals(10, occurrences(lenses, "private static JsonNode forward"), lenses);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void typesThatWouldGenerateOneClassName_inOnePackage_areRefused_notNumbered() {
        dev.lensc.runtime.graph.DocumentType upper = RecordTypes.noteWithOneVersion();
        dev.lensc.runtime.graph.DocumentType lower = dev.lensc.runtime.graph.DocumentType.builder("note")
                .version(1, SampleTypes.object(SampleTypes.field("a", SampleTypes.STRING))).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JavaGenerator("gen.clash").generate(List.of(upper, lower)));
        assertEquals("schemas 'Note' and 'note' would both generate class NoteV1 in package gen.clash; rename one",
                e.getMessage());
    }

    /** The first line of the Javadoc of {@code JsonNode method(JsonNode doc)}. */
    private static String javadocOf(String source, String method) {
        String before = source.substring(0, source.indexOf("public static JsonNode " + method + "(JsonNode doc) {"));
        String doc = before.substring(before.lastIndexOf("/**") + 3, before.lastIndexOf("*/"));
        return doc.strip().split("\n")[0].replaceFirst("^\\s*\\* ", "").strip().replace("&#62;", ">");
    }
}
