package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Gets run in one walk agree with the interpreter: result text (key order included) or failure
 * message, on random sparse documents whose keys are shuffled at every level (the walk keeps input
 * fields where they are, whatever their order), across every pair of versions; puts too.
 */
class WalkDifferentialTest {
    private static final int DOCS_PER_PAIR = 60;

    @Test
    void movesBetweenHostsThatMayBeAbsentOrNull_agreeWithTheInterpreter() {
        Generated generated = Fixtures.lenses("gen.walks.MovesLenses");
        assertTrue(walks(generated) >= 6, "the chains of hoists and plunges run in one walk");
        Counts counts = compareAll(WalkTypes.moves(), generated, Fixtures.SEED + 4000);
        // each kind of outcome is there: results, and failures of either convert
        assertTrue(counts.results > counts.compared / 3, counts.toString());
        assertTrue(counts.failures.stream().anyMatch(m -> m.contains("/code")), counts.toString());
        assertTrue(counts.failures.stream().anyMatch(m -> m.contains("/host/x")), counts.toString());
    }

    /**
     * A host that holds something other than an object: the walk gives the document to the ops run one by one,
     * which fail as the interpreter does.
     */
    @Test
    void hostOfAnotherKind_failsAsTheInterpreterDoes() {
        Generated generated = Fixtures.lenses("gen.walks.MovesLenses");
        DocumentType type = WalkTypes.moves();
        DocGen gen = new DocGen(Fixtures.SEED + 4100, true);
        List<String> failures = new ArrayList<>();
        for (String host : List.of("host", "other", "fresh")) {
            for (JsonNode odd : List.of(JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.numberNode(1),
                    JsonNodeFactory.instance.arrayNode().add(1))) {
                ObjectNode doc = (ObjectNode) gen.doc(type.schema(1).orElseThrow());
                // values the ops move and convert without failing, so that what fails is the host
                doc.put("code", "a").put("a", "moved").set(host, odd);
                JsonNode other = doc.get("other");
                if (other instanceof ObjectNode o) {
                    o.put("p", "p");
                }
                for (int to = 2; to <= 4; to++) {
                    int target = to;
                    String expected = outcome(() -> type.path(1, target).forward(doc));
                    assertEquals(expected, outcome(() -> generated.translate(doc, 1, target, null)), doc + " to " + to);
                    failures.add(expected);
                }
            }
        }
        for (String host : List.of("/host", "/other", "/fresh")) {
            assertTrue(failures.stream().anyMatch(f -> f.startsWith("failure") && f.contains(host)), host + " " + failures);
        }
    }

    @Test
    void randomTenVersionChains_agreeWithTheInterpreter() {
        List<DocumentType> types = WalkTypes.all().subList(1, 1 + WalkTypes.RANDOM);
        long walks = 0;
        for (int i = 0; i < types.size(); i++) {
            Generated generated = Fixtures.lenses("gen.walks.RandomWalk" + i + "Lenses");
            walks += walks(generated);
            Counts counts = compareAll(types.get(i), generated, Fixtures.SEED + 5000 + i);
            assertTrue(counts.results > counts.compared / 2, counts.toString());
        }
        // chains of flat ops are one pass already; those with moves between nested objects walk (on the
        // routes generated code fuses, Routes: the others run the hops' walks in turn)
        assertTrue(walks > 10, walks + " walks");
    }

    /**
     * Puts onto bases that do not look like their version: sparse, hosts null or holding a string,
     * an array or an empty object, longer arrays (wraps keep a base array's tail), fields of other
     * versions, values a convert going back has no image for (the base does not fit). Generated and interpreted puts agree on
     * the result or the failure, and neither changes the document nor the base.
     */
    @Test
    void putsOntoOddBases_agreeWithTheInterpreter() {
        List<String> misfits = new ArrayList<>();
        int results = 0;
        int compared = 0;
        List<DocumentType> types = new ArrayList<>(WalkTypes.all());
        types.addAll(Fixtures.randomLong());
        for (int t = 0; t < types.size(); t++) {
            DocumentType type = types.get(t);
            Generated generated = Fixtures.lenses((t < WalkTypes.all().size() ? "gen.walks." : "gen.chains.")
                    + type.name() + "Lenses");
            DocGen gen = new DocGen(Fixtures.SEED + 6000 + t);
            Random random = new Random(Fixtures.SEED + 6100 + t);
            List<String> names = names(type);
            for (int from : type.versions()) {
                for (int to : type.versions()) {
                    for (int i = 0; i < DOCS_PER_PAIR / 2; i++) {
                        JsonNode doc = shuffled(gen.doc(type.schema(from).orElseThrow()), random);
                        JsonNode base = odd(shuffled(gen.doc(type.schema(to).orElseThrow()), random), names, random, 0);
                        JsonNode docBefore = doc.deepCopy();
                        JsonNode baseBefore = base.deepCopy();
                        String expected = outcome(() -> type.path(from, to).forward(doc, base));
                        assertEquals(expected, outcome(() -> generated.translate(doc, from, to, base)),
                                type.name() + " " + from + " -> " + to + " doc " + doc + " base " + base);
                        assertEquals(docBefore, doc, "the generated code changed its input");
                        assertEquals(baseBefore, base, "the generated code changed its base");
                        compared++;
                        if (expected.startsWith("result")) {
                            results++;
                        } else if (expected.contains("the base document does not fit")) {
                            misfits.add(expected);
                        }
                    }
                }
            }
        }
        // both kinds of outcome are there: puts that keep the base's data, and bases that do not fit
        assertTrue(results > compared / 3, results + " results of " + compared);
        assertTrue(misfits.size() > compared / 50, misfits.size() + " misfits of " + compared + ": "
                + misfits.stream().distinct().limit(5).toList());
    }

    /**
     * A document holding, besides its own fields, one a later version declares (it does not fit its
     * version): where an op brings that name in, the interpreter fails rather than overwrite it, and
     * so does the generated get, whether it walks or runs a pass; elsewhere both carry it along.
     */
    @Test
    void documentsHoldingANameTheOpsBringIn_agreeWithTheInterpreter() {
        List<String> overwrites = new ArrayList<>();
        List<Fixtures.Gets> all = Fixtures.allGets();
        for (int t = 0; t < all.size(); t++) {
            DocumentType type = all.get(t).type();
            Generated generated = all.get(t).generated();
            DocGen gen = new DocGen(Fixtures.SEED + 6200 + t);
            List<String> names = names(type);
            for (int from : type.versions()) {
                for (int to : type.versions()) {
                    for (String name : names) {
                        JsonNode fits = gen.doc(type.schema(from).orElseThrow());
                        if (!(fits instanceof ObjectNode o) || o.has(name)) {
                            continue;
                        }
                        ObjectNode doc = o.deepCopy().put(name, "x");
                        JsonNode before = doc.deepCopy();
                        String expected = outcome(() -> type.path(from, to).forward(doc));
                        assertEquals(expected, outcome(() -> generated.translate(doc, from, to, null)),
                                type.name() + " " + from + " -> " + to + " doc " + doc);
                        assertEquals(before, doc, "the generated code changed its input");
                        if (expected.contains("adding it would overwrite data")
                                || expected.contains("already exists; the op would overwrite it")) {
                            overwrites.add(expected);
                        }
                    }
                }
            }
        }
        assertTrue(overwrites.size() >= 50, overwrites.size() + " " + overwrites);
    }

    /**
     * Documents as sync data holds them, at every level: fields dropped, values of another kind
     * (null, a string, an array, an empty object, an array of objects where anything else is),
     * null, strings and numbers among an array's objects, a field of another version, keys with a
     * separator or odd characters; gets and puts onto bases made so too. Generated code gives the
     * interpreter's result, or its failure (message and pointer), and changes neither input.
     */
    @Test
    void documentsOfOtherShapesAtEveryLevel_agreeWithTheInterpreter() {
        List<String> disagreements = new ArrayList<>();
        int results = 0;
        int compared = 0;
        List<Fixtures.Gets> all = Fixtures.allGets();
        for (int t = 0; t < all.size(); t++) {
            DocumentType type = all.get(t).type();
            Generated generated = all.get(t).generated();
            DocGen gen = new DocGen(Fixtures.SEED + 7000 + t);
            Random random = new Random(Fixtures.SEED + 7100 + t);
            List<String> names = names(type);
            for (int from : type.versions()) {
                for (int to : type.versions()) {
                    for (int i = 0; i < 4; i++) {
                        JsonNode doc = mangled(shuffled(gen.doc(type.schema(from).orElseThrow()), random), names, random);
                        JsonNode base = mangled(gen.doc(type.schema(to).orElseThrow()), names, random);
                        JsonNode docBefore = doc.deepCopy();
                        JsonNode baseBefore = base.deepCopy();
                        for (JsonNode onto : java.util.Arrays.asList(null, base)) {
                            String expected = outcome(() -> type.path(from, to).forward(doc, onto));
                            String actual = outcome(() -> generated.translate(doc, from, to, onto));
                            compared++;
                            results += expected.startsWith("result") ? 1 : 0;
                            if (!expected.equals(actual) || !doc.equals(docBefore) || !base.equals(baseBefore)) {
                                disagreements.add(type.name() + " " + from + " -> " + to + " doc " + docBefore
                                        + (onto == null ? "" : " base " + baseBefore) + ": " + expected + " / " + actual
                                        + (doc.equals(docBefore) && base.equals(baseBefore) ? "" : " (input changed)"));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " of " + compared + ": "
                + disagreements.stream().limit(5).toList());
        assertTrue(results > compared / 3 && results < compared * 9 / 10, results + " results of " + compared);
    }

    /**
     * Items that fail two ops of maps that fusion joins: the interpreter runs the first map over
     * every item before the second, so the first op's failure at a later item comes first; the
     * fused map meets the second op's failure at an earlier item. A get whose steps fail runs the
     * ops one by one, which fail as the interpreter does.
     */
    @Test
    void itemsFailingTwoFusedMaps_failInTheInterpretersOrder() {
        DocumentType type = WalkTypes.all().get(2);
        Generated generated = Fixtures.lenses("gen.walks.RandomWalk1Lenses");
        for (String text : List.of(
                "{\"ü\":null,\"count\":[],\"class\":[{\"tags\":[{\"ü\":1}],\"a\":{}},\"s\"],\"a\":{}}",
                "{\"count\":null,\"class\":[{\"tags\":[\"s\",null]},{\"tags\":{},\"a/b~c\":1}],\"ü\":null}")) {
            JsonNode doc = dev.lensc.runtime.lens.Steps.json(text);
            for (int to : List.of(1, 2)) {
                String expected = outcome(() -> type.path(7, to).forward(doc));
                assertTrue(expected.startsWith("failure at /class/1"), expected);
                assertEquals(expected, outcome(() -> generated.translate(doc, 7, to, null)), doc + " to " + to);
            }
        }
    }

    /** {@code node} with the changes of {@link #documentsOfOtherShapesAtEveryLevel_agreeWithTheInterpreter} made at random. */
    private static JsonNode mangled(JsonNode node, List<String> names, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof ArrayNode a) {
            ArrayNode out = nodes.arrayNode();
            for (JsonNode item : a) {
                switch (random.nextInt(12)) {
                    case 0 -> out.add(1);
                    case 1 -> out.add("s");
                    case 2 -> out.addNull();
                    default -> out.add(mangled(item, names, random));
                }
            }
            return out;
        }
        if (!(node instanceof ObjectNode o)) {
            return node;
        }
        ObjectNode out = nodes.objectNode();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            switch (random.nextInt(16)) {
                case 0 -> { } // dropped
                case 1 -> out.putNull(e.getKey());
                case 2 -> out.put(e.getKey(), "x");
                case 3 -> out.set(e.getKey(), nodes.arrayNode().add(1));
                case 4 -> out.set(e.getKey(), nodes.objectNode());
                case 5 -> out.set(e.getKey(), nodes.arrayNode().add(nodes.objectNode()
                        .put(names.get(random.nextInt(names.size())), 1)));
                default -> out.set(e.getKey(), mangled(e.getValue(), names, random));
            }
        }
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(3) == 0 && !out.has(name)) {
            switch (random.nextInt(4)) {
                case 0 -> out.put(name, "x");
                case 1 -> out.set(name, nodes.objectNode());
                case 2 -> out.set(name, nodes.arrayNode());
                default -> out.set(name, nodes.objectNode().put(names.get(random.nextInt(names.size())), "y"));
            }
        }
        if (random.nextInt(8) == 0) {
            out.put(random.nextBoolean() ? "a/b~c" : "ünï ", 1);
        }
        return out;
    }

    /** The names of the fields of every version of {@code type}, nested ones too. */
    static List<String> names(DocumentType type) {
        Set<String> names = new TreeSet<>();
        for (int v : type.versions()) {
            collect(type.schema(v).orElseThrow(), names);
        }
        return List.copyOf(names);
    }

    private static void collect(Type type, Set<String> names) {
        if (type instanceof Type.NullableType n) {
            collect(n.inner(), names);
        } else if (type instanceof Type.ArrayType a) {
            collect(a.items(), names);
        } else if (type instanceof Type.ObjectType o) {
            for (Field f : o.fields()) {
                names.add(f.name());
                collect(f.type(), names);
            }
        }
    }

    /**
     * {@code base} made odd at its first levels: a value dropped, or replaced by null, a string, an
     * array or an empty object; an array's first item repeated; at the top, a field another version
     * declares, which an op going back may trip over.
     */
    static JsonNode odd(JsonNode base, List<String> names, Random random, int depth) {
        if (base instanceof ArrayNode a) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(item -> out.add(odd(item, names, random, depth + 1)));
            if (!a.isEmpty() && random.nextInt(3) == 0) {
                out.add(a.get(0).deepCopy());
            }
            return out;
        }
        if (!(base instanceof ObjectNode o) || depth > 2) {
            return base;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            switch (random.nextInt(depth == 0 ? 14 : 20)) {
                case 0 -> { } // dropped
                case 1 -> out.putNull(e.getKey());
                case 2 -> out.put(e.getKey(), "x");
                case 3 -> out.set(e.getKey(), JsonNodeFactory.instance.arrayNode().add(1));
                case 4 -> out.set(e.getKey(), JsonNodeFactory.instance.objectNode());
                default -> out.set(e.getKey(), odd(e.getValue(), names, random, depth + 1));
            }
        }
        // at the top only: a nested value goes back through an in's get, whose later passes assume it fits
        if (depth == 0 && random.nextInt(2) == 0) {
            String name = names.get(random.nextInt(names.size()));
            if (!out.has(name)) {
                out.set(name, random.nextBoolean() ? JsonNodeFactory.instance.textNode("a")
                        : JsonNodeFactory.instance.objectNode());
            }
        }
        return out;
    }

    private static long walks(Generated generated) {
        return java.util.Arrays.stream(generated.type().getDeclaredMethods()).map(Method::getName)
                .filter(n -> n.startsWith("walk")).count();
    }

    private static final class Counts {
        int compared;
        int results;
        final List<String> failures = new ArrayList<>();

        @Override
        public String toString() {
            return results + " results of " + compared + "; failures " + failures.stream().distinct().limit(5).toList();
        }
    }

    private static Counts compareAll(DocumentType type, Generated generated, long seed) {
        DocGen gen = new DocGen(seed);
        Random random = new Random(seed);
        Counts counts = new Counts();
        for (int from : type.versions()) {
            for (int to : type.versions()) {
                for (int i = 0; i < DOCS_PER_PAIR; i++) {
                    JsonNode doc = shuffled(gen.doc(type.schema(from).orElseThrow()), random);
                    JsonNode base = shuffled(gen.doc(type.schema(to).orElseThrow()), random);
                    JsonNode before = doc.deepCopy();
                    String context = type.name() + " " + from + " -> " + to + " doc " + doc;
                    String expected = outcome(() -> type.path(from, to).forward(doc));
                    assertEquals(expected, outcome(() -> generated.translate(doc, from, to, null)), context);
                    assertEquals(outcome(() -> type.path(from, to).forward(doc, base)),
                            outcome(() -> generated.translate(doc, from, to, base)), context + " base " + base);
                    assertEquals(before, doc, "the generated code changed its input");
                    counts.compared++;
                    if (expected.startsWith("result")) {
                        counts.results++;
                    } else {
                        counts.failures.add(expected);
                    }
                }
            }
        }
        return counts;
    }

    /** The document with the keys of every object in a random order. */
    static JsonNode shuffled(JsonNode node, Random random) {
        if (node instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(o.properties());
            Collections.shuffle(entries, random);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            entries.forEach(e -> out.set(e.getKey(), shuffled(e.getValue(), random)));
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(item -> out.add(shuffled(item, random)));
            return out;
        }
        return node;
    }

    static String outcome(Supplier<JsonNode> f) {
        try {
            return "result " + f.get();
        } catch (LensException e) {
            return "failure " + e.getMessage();
        }
    }
}
