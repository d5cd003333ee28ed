package dev.lensc.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lensc.dsl.LensFiles;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonPointers;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.SchemaValidator;
import dev.lensc.runtime.schema.Type;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Typed translators that build records without a tree ({@code TodoItemRecordTranslators}) against
 * the tree path they replace ({@code TodoItemV3.fromJson(v1ToV3(valueToTree(doc)))}, and onto a
 * base), on seeded sparse records of every version of the samples, the hostile names and random
 * chains: equal records, or the same failure. A record cannot be built by hand with a null where its
 * schema has none: its constructor refuses it, naming the record, its version and the field.
 */
class RecordDifferentialTest {
    private static final int RECORDS_PER_PAIR = 25;
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private int direct;
    private int compared;

    @Test
    void sampleTypes_buildTheTreePathsRecords() {
        for (DocumentType type : Fixtures.samples()) {
            compareAll(type, "gen.samples", type.name().hashCode());
        }
        // all of the todo item, the issue and the shopping list without a base; not custom lenses and splits
        assertTrue(direct > compared / 2, direct + " of " + compared + " valid records built without a tree");
    }

    @Test
    void todoChain_isBuiltWithoutATreeBothWays() {
        Pair up = new Pair(SampleTypes.todo(), "gen.samples", 1, 3);
        Pair down = new Pair(SampleTypes.todo(), "gen.samples", 3, 1);
        DocumentGenerator gen = new DocumentGenerator(new Random(7), GeneratorSettings.defaults());
        for (int i = 0; i < 20; i++) {
            Object v1 = up.record(up.from, gen);
            assertNotNull(up.direct(v1, null), "v1 -> v3 without a tree: " + v1);
            Object v3 = down.record(3, gen);
            assertNotNull(down.direct(v3, v1), "v3 -> v1 onto a base without a tree: " + v3);
        }
    }

    @Test
    void localsNamedLikeTheTranslatorsOwn_areBuiltWithoutATreeBothWays() {
        DocumentType type = HostileTypes.locals();
        Pair up = new Pair(type, "gen.hostile", 1, 2);
        Pair down = new Pair(type, "gen.hostile", 2, 1);
        DocumentGenerator gen = new DocumentGenerator(new Random(11), GeneratorSettings.defaults());
        for (int i = 0; i < 20; i++) {
            Object v1 = up.record(1, gen);
            assertNotNull(up.direct(v1, null), "v1 -> v2 without a tree: " + v1);
            up.compare(v1, null, false);
            Object v2 = down.record(2, gen);
            assertNotNull(down.direct(v2, null), "v2 -> v1 without a tree: " + v2);
            down.compare(v2, null, false);
        }
    }

    @Test
    void hostileAndRandomTypes_buildTheTreePathsRecords() {
        for (DocumentType type : HostileTypes.all()) {
            compareAll(type, "gen.hostile", type.name().hashCode());
        }
        List<DocumentType> random = Fixtures.random();
        for (int i = 0; i < random.size(); i++) {
            compareAll(random.get(i), "gen.random", Fixtures.SEED + i);
        }
        List<DocumentType> splits = Fixtures.randomWithSplits();
        for (int i = 0; i < splits.size(); i++) {
            compareAll(splits.get(i), "gen.splits", Fixtures.SEED + 500 + i);
        }
        assertTrue(compared > 1500 && direct > compared / 3, direct + " of " + compared + " valid records built without a tree");
    }

    /**
     * The benchmarks' ten-version order (adds of objects that plunges fill, hoists, wraps, converts,
     * maps): its own javac run, as the one type here that the shared fixtures do not compile.
     */
    @Test
    void benchmarksOrder_buildsTheTreePathsRecords() throws Exception {
        DocumentType order = LensFiles.load(Path.of("../benchmarks/src/main/lens/mixed.lens")).schemas().get(0)
                .toDocumentType();
        ClassLoader loader = InProcessCompiler.compile(new JavaGenerator("gen.bench").generate(List.of(order)),
                Files.createTempDirectory("lensc-order"));
        compareAll(order, "gen.bench", 17, loader);
        assertTrue(compared > 1500 && direct > compared / 8, direct + " of " + compared + " valid records built without a tree");
    }

    private void compareAll(DocumentType type, String packageName, long seed) {
        compareAll(type, packageName, seed, Fixtures.loader());
    }

    private void compareAll(DocumentType type, String packageName, long seed, ClassLoader loader) {
        DocumentGenerator gen = new DocumentGenerator(new Random(seed), GeneratorSettings.defaults());
        Random random = new Random(seed);
        for (int from : type.versions()) {
            for (int to : type.versions()) {
                if (from == to || !connected(type, from, to)) {
                    continue;
                }
                Pair pair = new Pair(type, packageName, from, to, loader);
                for (int i = 0; i < RECORDS_PER_PAIR; i++) {
                    Object doc = pair.record(from, gen);
                    Object base = pair.record(to, gen);
                    if (doc == null || base == null) {
                        continue;
                    }
                    pair.compare(doc, null, true);
                    pair.compare(doc, base, true);
                    Object nulled = withNull(type, from, doc, random);
                    if (nulled != null) {
                        pair.compare(nulled, random.nextBoolean() ? null : base, false);
                    }
                }
            }
        }
    }

    private static boolean connected(DocumentType type, int from, int to) {
        try {
            type.path(from, to);
            return true;
        } catch (LensException e) {
            return false;
        }
    }

    /**
     * A copy of {@code record} built with its constructor, one component that is not primitive set
     * to null: the copy where its field may be null (or absent without a default), else null once
     * the constructor has refused it with a message naming the field.
     */
    private static Object withNull(DocumentType type, int version, Object record, Random random) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<Integer> references = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            if (!components[i].getType().isPrimitive()) {
                references.add(i);
            }
        }
        if (references.isEmpty()) {
            return record;
        }
        int nulled = references.get(random.nextInt(references.size()));
        String jsonName = components[nulled].getAccessor().getAnnotation(JsonProperty.class).value();
        Field field = ((Type.ObjectType) type.schema(version).orElseThrow()).field(jsonName).orElseThrow();
        boolean mayBeNull = field.type().isNullable() || field.optional() && field.defaultValue() == null;
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = i == nulled ? null : components[i].getAccessor().invoke(record);
            }
            Constructor<?> ctor = record.getClass().getDeclaredConstructor(types);
            Outcome built = Outcome.of(() -> ctor.newInstance(args));
            if (mayBeNull) {
                assertNotNull(built.value(), jsonName + " may be null: " + built.failure());
                return built.value();
            }
            String refused = LensException.class.getName() + ": at /" + JsonPointers.escape(jsonName)
                    + ": not a valid " + type.name() + " version " + version + ": expected "
                    + SchemaValidator.expected(field.type()) + ", found null";
            assertEquals(refused, built.failure(), "null in " + jsonName + " of " + record);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** What a call gave: a value, or the failure's class and message. */
    private record Outcome(Object value, String failure) {
        static Outcome of(Callable<Object> call) {
            try {
                return new Outcome(call.call(), null);
            } catch (InvocationTargetException e) {
                return new Outcome(null, e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            } catch (RuntimeException e) {
                return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The generated classes of one pair of versions. */
    private final class Pair {
        final DocumentType type;
        final int from;
        final int to;
        final Class<?> lenses;
        final Class<?> translators;
        final String method;

        Pair(DocumentType type, String packageName, int from, int to) {
            this(type, packageName, from, to, Fixtures.loader());
        }

        Pair(DocumentType type, String packageName, int from, int to, ClassLoader loader) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.method = JavaGenerator.method(from, to);
            try {
                String prefix = packageName + "." + Naming.type(type.name());
                this.lenses = loader.loadClass(prefix + "Lenses");
                this.translators = loader.loadClass(prefix + "RecordTranslators");
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }

        Class<?> recordClass(int version) {
            try {
                return (Class<?>) lenses.getMethod("recordClass", int.class).invoke(null, version);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** A record read from a seeded document of the version, or null when the generator made one that does not fit. */
        Object record(int version, DocumentGenerator gen) {
            JsonNode doc = gen.generate(type.schema(version).orElseThrow());
            Outcome read = Outcome.of(() -> recordClass(version).getMethod("fromJson", JsonNode.class).invoke(null, doc));
            return read.value();
        }

        /** @param counted whether it counts for the share built without a tree (valid records do) */
        void compare(Object doc, Object base, boolean counted) {
            Class<?> source = recordClass(from);
            Class<?> target = recordClass(to);
            Outcome tree = Outcome.of(() -> {
                JsonNode translated = base == null
                        ? (JsonNode) lenses.getMethod(method, JsonNode.class).invoke(null, MAPPER.valueToTree(doc))
                        : (JsonNode) lenses.getMethod(method, JsonNode.class, JsonNode.class)
                                .invoke(null, MAPPER.valueToTree(doc), MAPPER.valueToTree(base));
                return target.getMethod("fromJson", JsonNode.class).invoke(null, translated);
            });
            Outcome typed = Outcome.of(() -> base == null ? lenses.getMethod(method, source).invoke(null, doc)
                    : lenses.getMethod(method, source, target).invoke(null, doc, base));
            String what = type.name() + " " + from + " -> " + to + " of " + doc + (base == null ? "" : " onto " + base);
            assertEquals(tree, typed, what);
            Object built = direct(doc, base);
            if (built != null) {
                assertEquals(tree.value(), built, what);
            }
            if (counted) {
                direct += built != null ? 1 : 0;
                compared++;
            }
        }

        /** The translator without a tree, or null where it leaves the work to the tree (or has no method). */
        Object direct(Object doc, Object base) {
            Class<?> source = recordClass(from);
            Class<?> target = recordClass(to);
            try {
                Method m = base == null ? translators.getDeclaredMethod(method, source)
                        : translators.getDeclaredMethod(method, source, target);
                m.setAccessible(true);
                return base == null ? m.invoke(null, doc) : m.invoke(null, doc, base);
            } catch (NoSuchMethodException e) {
                return null;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
