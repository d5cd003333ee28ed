package dev.lensc.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.function.LongConsumer;

/** The writer of the load test and benchmark: read, increment, write; read again on a conflict. */
final class StoreLoad {
    private StoreLoad() {}

    /** Returns the number of conflicts met. */
    static long incrementMany(LensStore store, int writer, int writes, int keys) {
        return incrementMany(store, writer, writes, keys, nanos -> { });
    }

    static long incrementMany(LensStore store, int writer, int writes, int keys, LongConsumer latencyNanos) {
        Random random = new Random(writer);
        long conflicts = 0;
        for (int i = 0; i < writes; i++) {
            int version = 1 + random.nextInt(2);
            DocumentId id = DocumentId.of("counter", version, "c" + random.nextInt(keys));
            String field = version == 1 ? "count" : "total";
            long start = System.nanoTime();
            while (true) {
                Lookup l = store.get(id);
                long revision = 0;
                ObjectNode doc = JsonNodeFactory.instance.objectNode().put(field, 0).put("by", "");
                if (l instanceof Lookup.Found f) {
                    revision = f.revision();
                    doc = f.document().deepCopy();
                }
                doc.put(field, doc.get(field).asLong() + 1).put("by", "w" + writer);
                WriteResult r = store.put(id, doc, revision);
                if (r.written()) {
                    break;
                }
                if (!(r instanceof WriteResult.Conflict)) {
                    throw new AssertionError(r.toString());
                }
                conflicts++;
            }
            latencyNanos.accept(System.nanoTime() - start);
        }
        return conflicts;
    }
}
