package dev.lensc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The PostgreSQL load figures of lens-store's README, run by hand (not part of {@code verify}):
 * <pre>
 * mvn -B -o -q -T 1 test -pl lens-store -am -Dtest=StoreLoadBenchmark -Dlensc.bench=10000 -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * 8 writers × {@code lensc.bench} writes each, three ways on the same server in the same run:
 * plain single-version JSONB inserts (one per transaction), store puts of new documents (two
 * versions each), and store read-increment-write on 16 shared counters (conflicts retried).
 */
class StoreLoadBenchmark {
    private static final int WRITERS = 8;

    @Test
    @EnabledIfSystemProperty(named = "lensc.bench", matches = "\\d+")
    void eightWriters() throws Exception {
        int writes = Integer.parseInt(System.getProperty("lensc.bench"));
        String plainUrl = PostgresServer.freshSchemaUrl();
        try (Connection c = DriverManager.getConnection(plainUrl); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plain (id TEXT PRIMARY KEY, body JSONB NOT NULL)");
        }
        JsonNode doc = Schemas.json("{'count':1,'by':'w'}");
        Figures plain = run(writes, null, plainUrl, doc);
        report("plain inserts, one version", plain, null);

        try (LensStore store = LensStore.open(StoreDatabase.postgres(PostgresServer.freshSchemaUrl()),
                StoreConfig.builder().type(Schemas.COUNTER).build())) {
            Figures inserts = run(writes, store, null, doc);
            report("store puts of new documents (2 versions)", inserts, plain);
        }

        try (LensStore store = LensStore.open(StoreDatabase.postgres(PostgresServer.freshSchemaUrl()),
                StoreConfig.builder().type(Schemas.COUNTER).build())) {
            AtomicLong conflicts = new AtomicLong();
            Figures counters = timed(writes, (writer, latencies) ->
                    conflicts.addAndGet(StoreLoad.incrementMany(store, writer, writes, 16, latencies::add)));
            long sum = 0;
            for (int k = 0; k < 16; k++) {
                JsonNode v1 = ((Lookup.Found) store.get(DocumentId.of("counter", 1, "c" + k))).document();
                JsonNode v2 = ((Lookup.Found) store.get(DocumentId.of("counter", 2, "c" + k))).document();
                assertEquals(v1.get("count").asLong(), v2.get("total").asLong());
                sum += v1.get("count").asLong();
            }
            assertEquals((long) WRITERS * writes, sum, "no lost update");
            report("store read-increment-write, 16 shared documents, " + conflicts.get() + " conflicts retried",
                    counters, plain);
        }
    }

    /** Plain inserts ({@code plainUrl} set) or store puts of new documents. */
    private static Figures run(int writes, LensStore store, String plainUrl, JsonNode doc) throws Exception {
        return timed(writes, (writer, latencies) -> {
            try (Connection c = plainUrl == null ? null : DriverManager.getConnection(plainUrl)) {
                PreparedStatement insert = c == null ? null
                        : c.prepareStatement("INSERT INTO plain (id, body) VALUES (?, ?::jsonb)");
                for (int i = 0; i < writes; i++) {
                    String key = writer + "-" + i;
                    long start = System.nanoTime();
                    if (insert != null) {
                        insert.setString(1, "counter@1:" + key);
                        insert.setString(2, doc.toString());
                        insert.executeUpdate();
                    } else if (!store.put(DocumentId.of("counter", 1, key), doc, 0).written()) {
                        throw new AssertionError("put of a new document failed");
                    }
                    latencies.add(System.nanoTime() - start);
                }
            }
            return 0L;
        });
    }

    interface Writer {
        Object write(int writer, Latencies latencies) throws Exception;
    }

    static final class Latencies {
        private long[] nanos = new long[1024];
        private int size;

        void add(long n) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = n;
        }
    }

    record Figures(long writes, double seconds, double p50Millis, double p99Millis) {
        double perSecond() {
            return writes / seconds;
        }
    }

    private static Figures timed(int writes, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Latencies> all = new ArrayList<>();
        List<Future<Object>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            Latencies l = new Latencies();
            all.add(l);
            int id = w;
            done.add(pool.submit(() -> writer.write(id, l)));
        }
        for (Future<Object> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(l -> Arrays.stream(l.nanos, 0, l.size)).sorted().toArray();
        return new Figures(merged.length, seconds, merged[merged.length / 2] / 1e6,
                merged[(int) (merged.length * 0.99)] / 1e6);
    }

    private static void report(String what, Figures f, Figures plain) {
        System.out.printf("%-75s %7d writes %7.2f s %8.0f writes/s  p50 %6.2f ms  p99 %7.2f ms%s%n", what, f.writes(),
                f.seconds(), f.perSecond(), f.p50Millis(), f.p99Millis(),
                plain == null ? "" : String.format("  %.2fx plain", f.perSecond() / plain.perSecond()));
    }
}
