package dev.lensc.compiler.codegen;

import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.graph.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated code every test class runs, compiled once per test JVM in one javac run: the
 * sample types ({@code gen.samples}), the hostile-name types ({@code gen.hostile}), the record reading
 * types ({@code gen.reading}, {@code gen.one}, {@code gen.two}) and seeded random
 * chains of ops ({@code gen.random}).
 */
final class Fixtures {
    /** More with -Dlensc.randomTypes=N, other documents and ops with -Dlensc.seed=S. */
    static final int RANDOM_TYPES = Integer.getInteger("lensc.randomTypes", 10);
    static final long SEED = Long.getLong("lensc.seed", 1000);
    private static ClassLoader loader;
    private static ClassLoader benchmarks;

    private Fixtures() {}

    static List<DocumentType> samples() {
        return List.of(SampleTypes.todo(), SampleTypes.issue(), SampleTypes.tagged(), SampleTypes.shoppingList(),
                SampleTypes.contact());
    }

    static List<DocumentType> random() {
        List<DocumentType> types = new ArrayList<>();
        for (int i = 0; i < RANDOM_TYPES; i++) {
            types.add(new RandomLenses(new Random(SEED + i)).documentType("Random" + i, 4));
        }
        return types;
    }

    /** Random types whose lenses also split and merge string fields. */
    static List<DocumentType> randomWithSplits() {
        List<DocumentType> types = new ArrayList<>();
        for (int i = 0; i < RANDOM_TYPES; i++) {
            types.add(new RandomLenses(new Random(SEED + 500 + i), true).documentType("RandomSplit" + i, 4));
        }
        return types;
    }

    /** Random types of ten versions: long chains of mixed ops, for puts that walk a base back through many hops. */
    static List<DocumentType> randomLong() {
        List<DocumentType> types = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            types.add(new RandomLenses(new Random(SEED + 700 + i)).documentType("RandomLong" + i, 10));
        }
        return types;
    }

    static synchronized ClassLoader loader() {
        if (loader == null) {
            try {
                loader = InProcessCompiler.compile(List.of(
                        new JavaGenerator("gen.samples").generate(samples()),
                        new JavaGenerator("gen.hostile").generate(HostileTypes.all()),
                        new JavaGenerator("gen.reading").generate(List.of(RecordTypes.reading(), RecordTypes.nested(),
                                RecordTypes.payload(), RecordTypes.moved())),
                        new JavaGenerator("gen.one").generate(RecordTypes.noteWithTwoVersions()),
                        new JavaGenerator("gen.two").generate(RecordTypes.noteWithOneVersion()),
                        new JavaGenerator("gen.random").generate(random()),
                        new JavaGenerator("gen.chains").generate(randomLong()),
                        new JavaGenerator("gen.splits").generate(randomWithSplits()),
                        new JavaGenerator("gen.walks").generate(WalkTypes.all())), Files.createTempDirectory("lensc-codegen"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loader;
    }

    static Generated lenses(String className) {
        return new Generated(loader(), className);
    }

    /** The benchmark types' code ({@code gen.bench}: Order, Issue30, BigArray, Chain), compiled apart on first use. */
    static synchronized Generated benchmark(String className) {
        if (benchmarks == null) {
            try {
                benchmarks = InProcessCompiler.compile(new JavaGenerator("gen.bench").generate(BenchmarkTypes.all()),
                        Files.createTempDirectory("lensc-bench"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Generated(benchmarks, className);
    }

    /** A document type and its generated lenses. */
    record Gets(DocumentType type, Generated generated) {}

    /** Every type whose code the fixtures generate, with its lenses: samples, hostile names, random chains, walks, benchmarks. */
    static List<Gets> allGets() {
        List<Gets> all = new ArrayList<>();
        add(all, "gen.samples", samples());
        add(all, "gen.hostile", HostileTypes.all());
        add(all, "gen.random", random());
        add(all, "gen.chains", randomLong());
        add(all, "gen.splits", randomWithSplits());
        add(all, "gen.walks", WalkTypes.all());
        for (DocumentType type : BenchmarkTypes.all()) {
            all.add(new Gets(type, benchmark("gen.bench." + type.name() + "Lenses")));
        }
        return all;
    }

    private static void add(List<Gets> all, String pkg, List<DocumentType> types) {
        types.forEach(type -> all.add(new Gets(type, lenses(pkg + "." + type.name() + "Lenses"))));
    }
}
