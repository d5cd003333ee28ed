package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Generated translators and the runtime interpreter agree on get, put and create: same result
 * (same JSON text, key order included) or the same failure message, for seeded random documents of
 * the sample types and of random chains of ops.
 */
class DifferentialTest {
    private static final int DOCS_PER_PAIR = 25;

    @Test
    void sampleTypes_generatedAgreesWithInterpreter() {
        int compared = 0;
        compared += compareAll(SampleTypes.todo(), Fixtures.lenses("gen.samples.TodoItemLenses"), 11);
        compared += compareAll(SampleTypes.issue(), Fixtures.lenses("gen.samples.GitHubIssueLenses"), 12);
        compared += compareAll(SampleTypes.tagged(), Fixtures.lenses("gen.samples.TaggedLenses"), 13);
        compared += compareAll(SampleTypes.shoppingList(), Fixtures.lenses("gen.samples.ShoppingListLenses"), 14);
        compared += compareAll(SampleTypes.contact(), Fixtures.lenses("gen.samples.ContactLenses"), 14);
        assertTrue(compared > 500, "compared " + compared);
    }

    @Test
    void randomChainsOfOps_generatedAgreesWithInterpreter() {
        List<DocumentType> types = Fixtures.random();
        int compared = 0;
        for (int i = 0; i < types.size(); i++) {
            compared += compareAll(types.get(i), Fixtures.lenses("gen.random.Random" + i + "Lenses"), Fixtures.SEED + 1000 + i);
        }
        assertTrue(compared > 1500, "compared " + compared);
    }

    /** Ten versions: puts walk their base back through up to nine hops of mixed ops, only where the ops read it. */
    @Test
    void longRandomChains_generatedAgreesWithInterpreter() {
        List<DocumentType> types = Fixtures.randomLong();
        int compared = 0;
        for (int i = 0; i < types.size(); i++) {
            compared += compareAll(types.get(i), Fixtures.lenses("gen.chains.RandomLong" + i + "Lenses"), Fixtures.SEED + 3000 + i);
        }
        assertTrue(compared > 5000, "compared " + compared);
    }

    @Test
    void randomChainsWithSplitsAndMerges_generatedAgreesWithInterpreter() {
        List<DocumentType> types = Fixtures.randomWithSplits();
        int compared = 0;
        for (int i = 0; i < types.size(); i++) {
            compared += compareAll(types.get(i), Fixtures.lenses("gen.splits.RandomSplit" + i + "Lenses"),
                    Fixtures.SEED + 2000 + i);
        }
        assertTrue(compared > 1500, "compared " + compared);
    }

    /** Outcomes that were results, not failures: the comparison must mostly compare documents. */
    private static int results;
    private static int outcomes;

    @org.junit.jupiter.api.AfterAll
    static void mostOutcomesAreDocuments() {
        assertTrue(results * 10 > outcomes * 7, results + " results of " + outcomes + " outcomes");
    }

    /** Every ordered pair of versions: get/create (no base) and put (a random base, and the doc's own image). */
    static int compareAll(DocumentType type, Generated generated, long seed) {
        DocGen gen = new DocGen(seed);
        int compared = 0;
        for (int from : type.versions()) {
            for (int to : type.versions()) {
                Type fromSchema = type.schema(from).orElseThrow();
                Type toSchema = type.schema(to).orElseThrow();
                for (int i = 0; i < DOCS_PER_PAIR; i++) {
                    JsonNode doc = gen.doc(fromSchema);
                    JsonNode randomBase = gen.doc(toSchema);
                    JsonNode docBefore = doc.deepCopy();
                    JsonNode baseBefore = randomBase.deepCopy();
                    String context = type.name() + " " + from + " -> " + to + " doc " + doc;
                    assertSame(() -> type.path(from, to).forward(doc), () -> generated.translate(doc, from, to, null),
                            context);
                    assertSame(() -> type.path(from, to).forward(doc, randomBase),
                            () -> generated.translate(doc, from, to, randomBase), context + " base " + randomBase);
                    JsonNode image = outcomeNode(() -> type.path(to, from).forward(gen.doc(toSchema)));
                    if (image != null) {
                        // put with the base a real round trip produces: the usual case for an edit
                        assertSame(() -> type.path(from, to).forward(image, randomBase),
                                () -> generated.translate(image, from, to, randomBase), context + " image " + image);
                    }
                    JsonNode result = outcomeNode(() -> generated.translate(doc, from, to, randomBase));
                    if (result != null) {
                        // emptying every container of the result must leave the arguments alone
                        clear(result);
                    }
                    assertEquals(docBefore, doc, "the generated code changed its input or shares nodes with it");
                    assertEquals(baseBefore, randomBase, "the generated code changed its base");
                    compared += 3;
                }
            }
        }
        return compared;
    }

    private static void clear(JsonNode node) {
        node.forEach(DifferentialTest::clear);
        if (node instanceof com.fasterxml.jackson.databind.node.ContainerNode<?> c) {
            c.removeAll();
        }
    }

    private static JsonNode outcomeNode(Supplier<JsonNode> f) {
        try {
            return f.get();
        } catch (LensException e) {
            return null;
        }
    }

    private static void assertSame(Supplier<JsonNode> interpreter, Supplier<JsonNode> generated, String context) {
        assertEquals(outcome(interpreter), outcome(generated), context);
    }

    private static String outcome(Supplier<JsonNode> f) {
        outcomes++;
        try {
            String text = "result " + f.get();
            results++;
            return text;
        } catch (LensException e) {
            return "failure " + e.getMessage();
        }
    }
}
