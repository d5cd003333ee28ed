package com.example.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.sync.Decision;
import dev.lensc.runtime.sync.DecisionLog;
import dev.lensc.runtime.sync.EnvelopeHeader;
import dev.lensc.runtime.sync.EnvelopedDocuments;
import dev.lensc.runtime.sync.OperationBuffer;
import dev.lensc.runtime.sync.OperationGate;
import dev.lensc.runtime.sync.VersionedOperation;
import dev.lensc.runtime.sync.WritePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A mixed-version history over two replicas. An old (v1) client edits the notes and keeps re-sending
 * its stale tag set; two new (v2) clients add tags with fresh dots and remove tags by tombstoning the
 * dots they have seen. Every operation reaches the edge and the region replica, each in its own
 * seeded random order (each sender's operations in the order it sent them, as over one connection).
 * The region is in the tags-v2 epoch and stores the project from the start; the edge starts without
 * the project and in epoch 1, so it buffers what it cannot decide yet, and gets the project and the
 * epoch at random points, deciding its buffered operations again then.
 *
 * <p>In the end both replicas hold the same state (the observed-remove set as sets: the order of
 * dots in an array is the order of delivery), every stale tag write is rejected at both, and the
 * state is exactly what the accepted operations make: a set model of the new clients' adds and
 * removes, and the old client's last note.
 */
class ReplicatedHistoryTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TAGS = List.of("urgent", "home", "work", "later");
    private static final String KEY = "p1";

    private final LinkedSchema schema = LensFiles.load(Path.of("src/main/lens/project.lens")).schema("Project")
            .orElseThrow();
    private final EnvelopedDocuments docs = new EnvelopedDocuments(schema.toDocumentType(),
            schema.sync().envelope().orElseThrow());

    /** The backfilled project every replica starts from: all four tags migrated, all but urgent removed. */
    private ObjectNode initial() {
        JsonNode v1 = NODES.objectNode().put("name", "p").put("notes", "").set("tags", NODES.arrayNode()
                .add("urgent").add("home").add("work").add("later"));
        ObjectNode stored = docs.withEnvelope(ProjectLenses.v1ToV2(v1), new EnvelopeHeader("project", 2,
                Optional.of(KEY)), null);
        ArrayNode removes = (ArrayNode) stored.at("/tags/removes");
        for (String tag : List.of("home", "work", "later")) {
            stored.at("/tags/adds/" + tag).forEach(removes::add);
        }
        return stored;
    }

    /** One sender's operations, in the order it sent them, and the ids of its stale tag writes. */
    private record Sent(List<VersionedOperation> ops, Set<String> staleTagWrites) {}

    @Test
    void edgeAndRegion_randomDeliveryOrders_convergeToTheAcceptedWrites_noRejectedWriteLeaks() {
        int bufferedAtTheEdge = 0;
        for (long seed = 1; seed <= 10; seed++) {
            bufferedAtTheEdge += run(seed);
        }
        assertTrue(bufferedAtTheEdge > 100, "the edge buffered " + bufferedAtTheEdge + " operations");
    }

    /** One history; how many operations the edge buffered on the way. */
    private int run(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ObjectNode start = initial();
        Sent old = oldClient(random, 30);
        Sent phone = newClient("phone", random.split(), start, 30);
        Sent laptop = newClient("laptop", random.split(), start, 30);
        List<List<VersionedOperation>> senders = List.of(old.ops(), phone.ops(), laptop.ops());

        Replica region = new Replica(start.deepCopy(), 2);
        Replica edge = new Replica(null, 1);
        int total = old.ops().size() + phone.ops().size() + laptop.ops().size();
        int documentArrives = random.nextInt(total);
        int epochArrives = random.nextInt(total);
        deliver(region, senders, random.split(), -1, -1, start);
        deliver(edge, senders, random.split(), documentArrives, epochArrives, start);

        String where = "seed " + seed;
        assertEquals(List.of(), edge.buffer.waiting(), where);
        assertEquals(List.of(), region.buffer.waiting(), where);
        assertEquals(old.staleTagWrites(), region.rejected(), where);
        assertEquals(old.staleTagWrites(), edge.rejected(), where);
        assertEquals(canonical(region.stored), canonical(edge.stored), where);

        // the model: the set of accepted adds and tombstones, and the old client's last note
        TreeMap<String, TreeSet<String>> adds = new TreeMap<>();
        TreeSet<String> removes = new TreeSet<>();
        collect(start, adds, removes);
        for (Sent s : List.of(phone, laptop)) {
            for (VersionedOperation op : s.ops()) {
                for (JsonNode o : op.patch().toJson()) {
                    String path = o.get("path").textValue();
                    if (path.equals("/tags/removes/-")) {
                        removes.add(o.get("value").textValue());
                    } else {
                        adds.computeIfAbsent(path.split("/")[3], t -> new TreeSet<>()).add(o.get("value").textValue());
                    }
                }
            }
        }
        TreeMap<String, TreeSet<String>> storedAdds = new TreeMap<>();
        TreeSet<String> storedRemoves = new TreeSet<>();
        collect(region.stored, storedAdds, storedRemoves);
        assertEquals(adds, storedAdds, where);
        assertEquals(removes, storedRemoves, where);
        TreeSet<String> visible = new TreeSet<>();
        adds.forEach((tag, dots) -> {
            if (!removes.containsAll(dots)) {
                visible.add(tag);
            }
        });
        assertEquals(visible, new TreeSet<>(toStrings(ProjectLenses.v2ToV1(docs.body(region.stored)).get("tags"))),
                where);
        VersionedOperation lastNote = old.ops().stream().filter(o -> o.patch().ops().get(0).path().equals("/notes"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(lastNote.patch().toJson().get(0).get("value"), region.stored.get("notes"), where);
        return edge.log.buffered().size();
    }

    /** A replica: its stored project (null until it has it), its epoch, its gate and buffer. */
    private final class Replica {
        final DecisionLog log = new DecisionLog();
        final OperationBuffer buffer = new OperationBuffer(new OperationGate(schema.toDocumentType(), schema.sync(),
                log));
        JsonNode stored;
        int epoch;

        Replica(JsonNode stored, int epoch) {
            this.stored = stored;
            this.epoch = epoch;
        }

        void receive(VersionedOperation op) {
            take(buffer.submit(op, stored, WritePolicy.inEpoch(epoch)));
        }

        /** The document or the epoch arrived: what waited for it is decided again. */
        void contextArrived() {
            if (stored != null) {
                OperationBuffer.Retried r = buffer.retry(KEY, stored, WritePolicy.inEpoch(epoch));
                stored = r.document();
            }
        }

        private void take(Decision d) {
            if (d instanceof Decision.Applied a) {
                stored = a.document().orElseThrow();
            } else if (d instanceof Decision.Translated t) {
                stored = t.document().orElseThrow();
            }
        }

        Set<String> rejected() {
            return new TreeSet<>(log.rejected().stream().map(DecisionLog.Entry::opId).toList());
        }
    }

    /**
     * Delivers every sender's operations to {@code replica}, interleaved at random, each sender's in
     * order; the project and the tags-v2 epoch arrive before delivery {@code documentAt} and
     * {@code epochAt} (-1: the replica has them).
     */
    private static void deliver(Replica replica, List<List<VersionedOperation>> senders, SplittableRandom random,
            int documentAt, int epochAt, JsonNode document) {
        int[] next = new int[senders.size()];
        for (int delivered = 0; ; delivered++) {
            if (delivered == documentAt) {
                replica.stored = document.deepCopy();
                replica.contextArrived();
            }
            if (delivered == epochAt) {
                replica.epoch = 2;
                replica.contextArrived();
            }
            List<Integer> ready = new ArrayList<>();
            for (int s = 0; s < senders.size(); s++) {
                if (next[s] < senders.get(s).size()) {
                    ready.add(s);
                }
            }
            if (ready.isEmpty()) {
                return;
            }
            int s = ready.get(random.nextInt(ready.size()));
            replica.receive(senders.get(s).get(next[s]++));
        }
    }

    /** The old client: note edits, and stale writes of its tag set (a whole set, or one more tag). */
    private static Sent oldClient(SplittableRandom random, int count) {
        List<VersionedOperation> ops = new ArrayList<>();
        Set<String> stale = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            String id = "old-" + i;
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            String patch = switch (random.nextInt(3)) {
                case 0 -> "[{'op':'replace','path':'/tags','value':['urgent','" + tag + "']}]";
                case 1 -> "[{'op':'add','path':'/tags/-','value':'" + tag + "'}]";
                default -> "[{'op':'replace','path':'/notes','value':'note " + i + "'}]";
            };
            if (patch.contains("/tags")) {
                stale.add(id);
            }
            ops.add(new VersionedOperation(id, "project", KEY, 1, OptionalInt.empty(), JsonPatch.parse(patch
                    .replace('\'', '"'))));
        }
        // the last op a note edit, so the expected note is defined
        ops.add(new VersionedOperation("old-" + count, "project", KEY, 1, OptionalInt.empty(),
                JsonPatch.parse("[{\"op\":\"replace\",\"path\":\"/notes\",\"value\":\"last\"}]")));
        return new Sent(ops, stale);
    }

    /**
     * A new client: adds a tag with a fresh dot, or removes one by tombstoning every dot it has seen
     * (the start and its own adds: what it observed).
     */
    private static Sent newClient(String name, SplittableRandom random, JsonNode start, int count) {
        Map<String, Set<String>> seen = new TreeMap<>();
        start.at("/tags/adds").fields().forEachRemaining(e -> seen.put(e.getKey(), new LinkedHashSet<>(
                toStrings(e.getValue()))));
        Set<String> tombstoned = new HashSet<>(toStrings(start.at("/tags/removes")));
        List<VersionedOperation> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            List<String> patch = new ArrayList<>();
            if (random.nextBoolean()) {
                String dot = name + "-" + i;
                seen.get(tag).add(dot);
                patch.add("{\"op\":\"add\",\"path\":\"/tags/adds/" + tag + "/-\",\"value\":\"" + dot + "\"}");
            } else {
                for (String dot : seen.get(tag)) {
                    if (tombstoned.add(dot)) {
                        patch.add("{\"op\":\"add\",\"path\":\"/tags/removes/-\",\"value\":\"" + dot + "\"}");
                    }
                }
            }
            ops.add(new VersionedOperation(name + "-" + i, "project", KEY, 2, OptionalInt.of(2),
                    JsonPatch.parse("[" + String.join(",", patch) + "]")));
        }
        return new Sent(ops, Set.of());
    }

    /** The document with the set-valued arrays sorted: replicas that took the same adds in other orders compare equal. */
    private static JsonNode canonical(JsonNode stored) {
        assertTrue(stored != null, "the replica has the project");
        ObjectNode out = stored.deepCopy();
        ObjectNode adds = (ObjectNode) out.at("/tags/adds");
        for (Iterator<Map.Entry<String, JsonNode>> it = adds.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            e.setValue(sorted(e.getValue()));
        }
        ((ObjectNode) out.get("tags")).set("removes", sorted(out.at("/tags/removes")));
        return out;
    }

    private static ArrayNode sorted(JsonNode array) {
        ArrayNode out = NODES.arrayNode();
        new TreeSet<>(toStrings(array)).forEach(out::add);
        return out;
    }

    private static void collect(JsonNode stored, Map<String, TreeSet<String>> adds, Set<String> removes) {
        stored.at("/tags/adds").fields().forEachRemaining(e -> adds.computeIfAbsent(e.getKey(), t -> new TreeSet<>())
                .addAll(toStrings(e.getValue())));
        removes.addAll(toStrings(stored.at("/tags/removes")));
    }

    private static List<String> toStrings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.textValue()));
        return out;
    }
}
