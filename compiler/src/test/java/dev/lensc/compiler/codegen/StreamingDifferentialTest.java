package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.StrictJson;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated streaming translators ({@code translate(JsonParser, JsonGenerator, from, to)}) against
 * the interpreter with its checks ({@code DocumentType.translate}) on seeded sparse documents of
 * every version: the same bytes, compact and indented, or both failing; on documents that do not
 * fit, a failure naming a pointer where the document does not fit. The {@link StreamInterpreter}
 * runs the same plans without generated code ({@link StreamInterpreter#asGenerated}: a route that
 * generated code composes of its hops is read into a tree, {@link Routes}): the generated code's
 * failures, message for message. As {@code lensc apply} runs it, streaming every route: the same
 * bytes as both, and a failure wherever they fail.
 */
class StreamingDifferentialTest {
    private static final int DOCS_PER_PAIR = 30;

    private int streamed;
    private int failed;

    private static Generated benchmark(String className) {
        return Fixtures.benchmark(className);
    }

    @Test
    void sampleAndHostileTypes_streamTheInterpretersBytes() {
        compareAll(SampleTypes.todo(), Fixtures.lenses("gen.samples.TodoItemLenses"), 21);
        compareAll(SampleTypes.issue(), Fixtures.lenses("gen.samples.GitHubIssueLenses"), 22);
        compareAll(SampleTypes.tagged(), Fixtures.lenses("gen.samples.TaggedLenses"), 23);
        compareAll(HostileTypes.strings(), Fixtures.lenses("gen.hostile.StringLenses"), 24);
        assertTrue(streamed > 300 && streamed > 5 * failed, streamed + " streamed, " + failed + " failed");
    }

    @Test
    void benchmarkTypes_streamTheInterpretersBytes() {
        compareAll(BenchmarkTypes.issue30(), benchmark("gen.bench.Issue30Lenses"), 31);
        compareAll(BenchmarkTypes.bigArray(), benchmark("gen.bench.BigArrayLenses"), 32);
        compareAll(BenchmarkTypes.chain(), benchmark("gen.bench.ChainLenses"), 33);
        compareAll(BenchmarkTypes.order(), benchmark("gen.bench.OrderLenses"), 34);
        assertTrue(streamed > 1000, streamed + " streamed");
    }

    @Test
    void randomChainsOfOps_streamTheInterpretersBytes() {
        List<DocumentType> types = Fixtures.random();
        int plunges = 0;
        for (int i = 0; i < types.size(); i++) {
            compareAll(types.get(i), Fixtures.lenses("gen.random.Random" + i + "Lenses"), Fixtures.SEED + 2000 + i);
            for (int from : types.get(i).versions()) {
                for (int to : types.get(i).versions()) {
                    plunges += plunges(StreamPlanner.document(types.get(i), from, to,
                            TranslationPlan.of(types.get(i).path(from, to).ops())));
                }
            }
        }
        assertTrue(streamed > 1500 && streamed > 5 * failed, streamed + " streamed, " + failed + " failed");
        assertTrue(plunges >= 2, plunges + " plunges streamed");
    }

    @Test
    void plunges_intoHostsPresentNullOrAbsent_inAnyKeyOrder_interpretTheTreesBytes() {
        Type.ObjectType host = SampleTypes.object(Field.optional("x", SampleTypes.STRING));
        DocumentType type = DocumentType.builder("Plunges")
                .version(1, SampleTypes.object(SampleTypes.field("a", SampleTypes.nullable(SampleTypes.INT)),
                        Field.optional("host", SampleTypes.nullable(host)), SampleTypes.field("b", SampleTypes.STRING),
                        Field.optional("c", SampleTypes.nullable(SampleTypes.STRING))))
                .lens(1, 2, dev.lensc.runtime.lens.Lens.of(new dev.lensc.runtime.lens.LensOp.Add("first",
                        SampleTypes.STRING, com.fasterxml.jackson.databind.node.TextNode.valueOf("f")),
                        new dev.lensc.runtime.lens.LensOp.Plunge("host", "a"),
                        new dev.lensc.runtime.lens.LensOp.Rename("host", "h"),
                        new dev.lensc.runtime.lens.LensOp.Add("last", SampleTypes.INT,
                                com.fasterxml.jackson.databind.node.IntNode.valueOf(7))), "a into the host")
                .build();
        StreamPlan.Level plan = (StreamPlan.Level) StreamPlanner.document(type, 1, 2,
                TranslationPlan.of(type.path(1, 2).ops()));
        assertNotNull(plan.plunge());
        DocumentGenerator gen = new DocumentGenerator(41, GeneratorSettings.defaults());
        Random order = new Random(41);
        for (int i = 0; i < 300; i++) {
            JsonNode doc = shuffled(gen.generate(type.schema(1).orElseThrow()), order);
            byte[] want = written(type.translate(doc, 1, 2), i % 2 == 0);
            byte[] got = interpret(type, doc, 1, 2, i % 2 == 0, false);
            assertArrayEquals(want, got, () -> StrictJson.compact(doc) + "\n  want " + new String(want,
                    StandardCharsets.UTF_8) + "\n  got  " + new String(got, StandardCharsets.UTF_8));
        }
    }

    @Test
    void documentsThatDoNotFit_failAtAPointerWhereTheyDoNotFit() {
        List<DocumentType> types = new ArrayList<>(Fixtures.random());
        List<Generated> lenses = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            lenses.add(Fixtures.lenses("gen.random.Random" + i + "Lenses"));
        }
        types.addAll(List.of(SampleTypes.todo(), SampleTypes.issue(), BenchmarkTypes.issue30(),
                BenchmarkTypes.bigArray(), BenchmarkTypes.chain(), BenchmarkTypes.order()));
        lenses.addAll(List.of(Fixtures.lenses("gen.samples.TodoItemLenses"),
                Fixtures.lenses("gen.samples.GitHubIssueLenses"), benchmark("gen.bench.Issue30Lenses"),
                benchmark("gen.bench.BigArrayLenses"), benchmark("gen.bench.ChainLenses"),
                benchmark("gen.bench.OrderLenses")));
        Random random = new Random(7);
        int checked = 0;
        for (int i = 0; i < types.size(); i++) {
            DocumentType type = types.get(i);
            Generated generated = lenses.get(i);
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            for (int from : type.versions()) {
                for (int to : type.versions()) {
                    for (int n = 0; n < 10; n++) {
                        Type schema = type.schema(from).orElseThrow();
                        JsonNode doc = misfit(gen.generate(schema), schema, random);
                        List<Violation> violations = SchemaValidator.validate(doc, schema);
                        if (violations.isEmpty()) {
                            continue;
                        }
                        LensException e = streamFailure(generated, doc, from, to);
                        assertNotNull(e, type.name() + " " + from + " -> " + to + ": " + doc + " streamed though "
                                + violations);
                        assertEquals(String.valueOf(from), e.fromVersion());
                        assertEquals(String.valueOf(to), e.toVersion());
                        assertTrue(violations.stream().anyMatch(v -> v.pointer().equals(e.pointer())),
                                e.getMessage() + " names none of " + violations);
                        LensException interpreted = interpretFailure(type, doc, from, to, true);
                        assertNotNull(interpreted, doc + " interpreted though " + violations);
                        assertEquals(e.getMessage(), interpreted.getMessage());
                        LensException applied = interpretFailure(type, doc, from, to, false);
                        assertNotNull(applied, doc + " streamed by lensc apply though " + violations);
                        assertTrue(violations.stream().anyMatch(v -> v.pointer().equals(applied.pointer())),
                                applied.getMessage() + " names none of " + violations);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void aStreamOfDocuments_translatesOneAfterAnother() throws IOException {
        DocumentType type = SampleTypes.todo();
        Generated generated = Fixtures.lenses("gen.samples.TodoItemLenses");
        DocumentGenerator gen = new DocumentGenerator(new Random(3), GeneratorSettings.defaults());
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            JsonNode doc = gen.generate(type.schema(1).orElseThrow());
            in.append(StrictJson.compact(doc)).append('\n');
            expected.append(new String(written(type.translate(doc, 1, 3), false), StandardCharsets.UTF_8)).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonParser p = StrictJson.parser(in.toString().getBytes(StandardCharsets.UTF_8));
                JsonGenerator g = StrictJson.generator(out)) {
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            while (p.nextToken() != null) {
                translate(generated, p, g, 1, 3);
            }
            g.writeRaw('\n');
        }
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }

    /** Every ordered pair of versions, the same version included. */
    private void compareAll(DocumentType type, Generated generated, long seed) {
        DocumentGenerator gen = new DocumentGenerator(seed, GeneratorSettings.defaults());
        Random order = new Random(seed);
        for (int from : type.versions()) {
            for (int to : type.versions()) {
                for (int i = 0; i < DOCS_PER_PAIR; i++) {
                    JsonNode doc = gen.generate(type.schema(from).orElseThrow());
                    if (i % 2 == 1) {
                        doc = shuffled(doc, order); // keys in any order: a plunge's host may come first
                    }
                    String context = type.name() + " " + from + " -> " + to + " doc " + StrictJson.compact(doc);
                    JsonNode expected;
                    try {
                        expected = type.translate(doc, from, to);
                    } catch (LensException e) {
                        LensException s = streamFailure(generated, doc, from, to);
                        assertNotNull(s, context + ": the interpreter failed (" + e.getMessage()
                                + ") but streaming did not");
                        assertEquals(s.getMessage(), interpretFailure(type, doc, from, to, true).getMessage(), context);
                        assertNotNull(interpretFailure(type, doc, from, to, false), context + ": lensc apply streamed it");
                        failed++;
                        continue;
                    }
                    boolean pretty = i % 3 == 0;
                    byte[] want = written(expected, pretty);
                    byte[] got;
                    try {
                        got = stream(generated, doc, from, to, pretty);
                    } catch (LensException e) {
                        fail(context + ": streaming failed: " + e.getMessage() + "; the interpreter gave "
                                + StrictJson.compact(expected));
                        return;
                    }
                    assertArrayEquals(want, got, () -> context + "\n  want " + new String(want, StandardCharsets.UTF_8)
                            + "\n  got  " + new String(got, StandardCharsets.UTF_8));
                    byte[] interpreted = interpret(type, doc, from, to, pretty, false);
                    assertArrayEquals(want, interpreted, () -> context + " (StreamInterpreter)\n  want "
                            + new String(want, StandardCharsets.UTF_8)
                            + "\n  got  " + new String(interpreted, StandardCharsets.UTF_8));
                    streamed++;
                }
            }
        }
    }

    /** The streamed plunges of a plan. */
    private static int plunges(StreamPlan plan) {
        if (plan instanceof StreamPlan.Level l) {
            return (l.plunge() == null ? 0 : 1) + l.inputs().stream().mapToInt(in -> plunges(in.value())).sum();
        }
        if (plan instanceof StreamPlan.Items items) {
            return plunges(items.item());
        }
        if (plan instanceof StreamPlan.Head head) {
            return plunges(head.first());
        }
        return plan instanceof StreamPlan.Wrap wrap ? plunges(wrap.inner()) : 0;
    }

    /** The value with the keys of every object in a random order. */
    private static JsonNode shuffled(JsonNode value, Random random) {
        if (value instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            java.util.Collections.shuffle(keys, random);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            keys.forEach(k -> out.set(k, shuffled(o.get(k), random)));
            return out;
        }
        if (value instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            com.fasterxml.jackson.databind.node.ArrayNode out = JsonNodeFactory.instance.arrayNode();
            a.forEach(item -> out.add(shuffled(item, random)));
            return out;
        }
        return value;
    }

    private static byte[] stream(Generated generated, JsonNode doc, int from, int to, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = StrictJson.compact(doc).getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = StrictJson.parser(in);
                JsonGenerator g = pretty ? StrictJson.prettyGenerator(out) : StrictJson.generator(out)) {
            translate(generated, p, g, from, to);
            assertNotNull(p.currentToken(), "the parser is at the document's last token");
            assertNull(p.nextToken(), "the whole document was read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @param asGenerated the plan generated code runs ({@link StreamInterpreter#asGenerated}), else lensc apply's */
    private static byte[] interpret(DocumentType type, JsonNode doc, int from, int to, boolean pretty,
            boolean asGenerated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = StrictJson.compact(doc).getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = StrictJson.parser(in);
                JsonGenerator g = pretty ? StrictJson.prettyGenerator(out) : StrictJson.generator(out)) {
            (asGenerated ? StreamInterpreter.asGenerated(type, from, to) : StreamInterpreter.of(type, from, to))
                    .translate(p, g);
            assertNotNull(p.currentToken(), "the parser is at the document's last token");
            assertNull(p.nextToken(), "the whole document was read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static LensException interpretFailure(DocumentType type, JsonNode doc, int from, int to,
            boolean asGenerated) {
        try {
            interpret(type, doc, from, to, false, asGenerated);
            return null;
        } catch (LensException e) {
            return e;
        }
    }

    /** A tree as the same kind of generator writes it (UTF-8 bytes, compact or indented). */
    private static byte[] written(JsonNode value, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = pretty ? StrictJson.prettyGenerator(out) : StrictJson.generator(out)) {
            StrictJson.write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static LensException streamFailure(Generated generated, JsonNode doc, int from, int to) {
        try {
            stream(generated, doc, from, to, false);
            return null;
        } catch (LensException e) {
            return e;
        }
    }

    private static void translate(Generated generated, JsonParser p, JsonGenerator g, int from, int to) {
        generated.streams().call("translate", new Class<?>[] {JsonParser.class, JsonGenerator.class, int.class, int.class},
                p, g, from, to);
    }

    /**
     * The document made not to fit: a value of the wrong kind, a required field left out, or a
     * field the version does not declare, at the top or one level down.
     */
    private static JsonNode misfit(JsonNode doc, Type schema, Random random) {
        if (!(doc instanceof ObjectNode o) || !(Type.nonNull(schema) instanceof Type.ObjectType t)
                || t.fields().isEmpty()) {
            return doc;
        }
        Field f = t.fields().get(random.nextInt(t.fields().size()));
        if (random.nextBoolean() && o.get(f.name()) instanceof ObjectNode inner
                && Type.nonNull(f.type()) instanceof Type.ObjectType innerType) {
            o.set(f.name(), misfit(inner, innerType, random));
            return o;
        }
        switch (random.nextInt(3)) {
            case 0 -> o.set(f.name(), JsonNodeFactory.instance.objectNode().put("wrong", JsonToken.class.getSimpleName()));
            case 1 -> o.remove(f.name());
            default -> o.put("undeclared " + random.nextInt(3), 1);
        }
        return o;
    }
}
