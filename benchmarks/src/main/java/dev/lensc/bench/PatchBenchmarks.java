package dev.lensc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.patch.DocumentPatches;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PathLevelTranslator;
import dev.lensc.runtime.patch.PatchTranslation;
import dev.lensc.runtime.patch.PatchTranslator;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 10-op patch through a 3-hop todo chain (rename + convert, two adds, wrap + rename), with the
 * lenses built through the runtime API: path-level translation (lens only, and through the
 * {@link DocumentType} with the source version's check) against the document-aware mode on a
 * 30-field document. Setup checks that both modes give patches with the same effect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PatchBenchmarks {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private Lens chain;
    private PathLevelTranslator kept;
    private DocumentType type;
    private JsonPatch patch;
    private JsonNode document;

    @Setup
    public void setUp() {
        Type status = new Type.EnumType(List.of("active", "done"));
        Lens v1ToV2 = Lens.of(new LensOp.Rename("isDone", "status"),
                new LensOp.Convert("status", new Type.BooleanType(), status, List.of(
                        ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                        ValueMapping.both(N.booleanNode(false), N.textNode("active"))), null, null));
        Lens v2ToV3 = Lens.of(new LensOp.Add("groupId", new Type.StringType(), N.textNode("inbox")),
                new LensOp.Add("priority", new Type.IntType(), N.numberNode(0)));
        Lens v3ToV4 = Lens.of(new LensOp.Wrap("assignee"), new LensOp.Rename("assignee", "assignees"));
        chain = v1ToV2.andThen(v2ToV3).andThen(v3ToV4);
        kept = PatchTranslator.pathLevel(chain);

        List<Field> fields = new ArrayList<>(List.of(new Field("title", new Type.StringType()),
                new Field("isDone", new Type.BooleanType()),
                new Field("assignee", new Type.NullableType(new Type.StringType()))));
        ObjectNode doc = N.objectNode().put("title", "buy milk").put("isDone", false).put("assignee", "ann");
        for (int i = 1; fields.size() < 30; i++) {
            String name = String.format("f%02d", i);
            fields.add(new Field(name, new Type.StringType()));
            doc.put(name, "value " + i);
        }
        type = DocumentType.builder("Todo").version(1, new Type.ObjectType(fields))
                .lens(1, 2, v1ToV2).lens(2, 3, v2ToV3).lens(3, 4, v3ToV4).build();
        document = doc;
        patch = JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"buy oat milk\"},"
                + "{\"op\":\"replace\",\"path\":\"/isDone\",\"value\":true},"
                + "{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"bob\"},"
                + "{\"op\":\"replace\",\"path\":\"/f01\",\"value\":\"a\"},"
                + "{\"op\":\"replace\",\"path\":\"/isDone\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/f02\",\"value\":\"b\"},"
                + "{\"op\":\"test\",\"path\":\"/title\",\"value\":\"buy oat milk\"},"
                + "{\"op\":\"replace\",\"path\":\"/f03\",\"value\":\"c\"},"
                + "{\"op\":\"replace\",\"path\":\"/assignee\",\"value\":\"cy\"},"
                + "{\"op\":\"replace\",\"path\":\"/f04\",\"value\":\"d\"}]");
        JsonNode target = chain.forward(document);
        JsonNode expected = chain.forward(patch.applyTo(document));
        same("path-level", pathLevel(), target, expected);
        same("path-level, kept translator", pathLevelKeptTranslator(), target, expected);
        same("path-level, checked", pathLevelThroughTheDocumentType(), target, expected);
        same("document-aware", documentAware(), target, expected);
    }

    private static void same(String what, PatchTranslation tr, JsonNode target, JsonNode expected) {
        if (tr.isRejected() || !JsonValues.equal(tr.patch().applyTo(target), expected)) {
            throw new IllegalStateException(what + " gives " + tr.patch() + " " + tr.rejected());
        }
    }

    @Benchmark
    public PatchTranslation pathLevel() {
        return PatchTranslator.forward(chain, patch);
    }

    @Benchmark
    public PatchTranslation pathLevelKeptTranslator() {
        return kept.translate(patch);
    }

    @Benchmark
    public PatchTranslation pathLevelThroughTheDocumentType() {
        return DocumentPatches.translatePatch(type, patch, 1, 4);
    }

    @Benchmark
    public PatchTranslation documentAware() {
        return PatchTranslator.forward(chain, patch, document);
    }

    /**
     * Patches per CPU-second of this thread, for each mode, after a warm-up: on a busy machine wall
     * time measures the other processes too. {@code java -cp benchmarks/target/benchmarks.jar
     * dev.lensc.bench.PatchBenchmarks}
     */
    public static void main(String[] args) {
        PatchBenchmarks b = new PatchBenchmarks();
        b.setUp();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Runnable> modes = new java.util.LinkedHashMap<>();
        modes.put("pathLevel", b::pathLevel);
        modes.put("pathLevelKeptTranslator", b::pathLevelKeptTranslator);
        modes.put("pathLevelThroughTheDocumentType", b::pathLevelThroughTheDocumentType);
        modes.put("documentAware", b::documentAware);
        for (int round = 0; round < 2; round++) {
            for (java.util.Map.Entry<String, Runnable> m : modes.entrySet()) {
                long best = 0;
                for (int i = 0; i < 5; i++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    long n = 0;
                    while (cpu.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
                        for (int k = 0; k < 20; k++) {
                            m.getValue().run();
                        }
                        n += 20;
                    }
                    best = Math.max(best, n * 1_000_000_000L / (cpu.getCurrentThreadCpuTime() - start));
                }
                if (round == 1) {
                    System.out.printf("%-34s %,12d patches per CPU-second (best of 5)%n", m.getKey(), best);
                }
            }
        }
    }
}
