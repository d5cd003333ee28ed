package dev.lensc.store;

import static dev.lensc.store.Schemas.COUNTER;
import static dev.lensc.store.Schemas.ITEM;
import static dev.lensc.store.Schemas.ITEM_V1;
import static dev.lensc.store.Schemas.STATUS;
import static dev.lensc.store.Schemas.TODO;
import static dev.lensc.store.Schemas.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.json.JsonValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The behaviour every database under a {@link LensStore} must show; one subclass per database. */
abstract class StoreContract {
    private final List<LensStore> opened = new ArrayList<>();

    /** A new, empty database (the same one on every call within a test). */
    abstract StoreDatabase database();

    /** Writes per writer in the concurrency test (8 writers). */
    abstract int writesPerWriter();

    LensStore open(StoreConfig config) {
        LensStore store = LensStore.open(database(), config);
        opened.add(store);
        return store;
    }

    LensStore todoStore() {
        return open(StoreConfig.builder().type(TODO).build());
    }

    LensStore chesterfield() {
        return open(StoreConfig.builder().type(ITEM).type(STATUS).assembly(ITEM_V1).build());
    }

    @AfterEach
    void closeStores() {
        opened.forEach(LensStore::close);
    }

    static final JsonNode ITEM_1 = json("{'title':'milk','isDone':true,'assignee':'ann','tags':['shop','x'],"
            + "'metadata':{'createdBy':'cy','priority':2}}");

    static JsonNode found(LensStore store, DocumentId id) {
        Lookup l = store.get(id);
        return assertInstanceOf(Lookup.Found.class, l, id + ": " + l).document();
    }

    @Test
    void put_storesEveryVersionUnderItsVersionedId_inOneRevision() {
        LensStore store = todoStore();
        WriteResult r = store.put(DocumentId.of("todo-item", 1, "k1"), ITEM_1, 0);
        WriteResult.Written w = assertInstanceOf(WriteResult.Written.class, r, r.toString());
        assertEquals(List.of("todo-item@1:k1", "todo-item@2:k1", "todo-item@3:k1"),
                w.documents().stream().map(DocumentId::toString).sorted().toList());
        assertEquals(1, w.revision());
        for (int v = 1; v <= 3; v++) {
            assertTrue(JsonValues.equal(TODO.translate(ITEM_1, 1, v), found(store, DocumentId.of("todo-item", v, "k1"))));
        }
        assertEquals("done", found(store, DocumentId.of("todo-item", 2, "k1")).get("status").asText());
    }

    @Test
    void aWriteOfOneVersion_keepsWhatOnlyAnotherVersionKnows() {
        LensStore store = todoStore();
        DocumentId v3 = DocumentId.of("todo-item", 3, "k");
        ObjectNode doc = (ObjectNode) TODO.translate(ITEM_1, 1, 3);
        doc.put("groupId", "work").putArray("assignees").add("ann").add("bob");
        assertTrue(store.put(v3, doc, 0).written());
        ObjectNode v1 = (ObjectNode) found(store, v3.inVersion(1));
        assertEquals("ann", v1.get("assignee").asText());
        v1.put("title", "oat milk");
        WriteResult r = store.put(v3.inVersion(1), v1, 1);
        assertEquals(2, ((WriteResult.Written) r).revision());
        JsonNode after = found(store, v3);
        assertEquals("oat milk", after.get("title").asText());
        assertEquals("work", after.get("groupId").asText());
        assertEquals(2, after.get("assignees").size(), "the second assignee survives a v1 write: " + after);
    }

    @Test
    void staleRevision_isAConflict_andWritesNothing() {
        LensStore store = todoStore();
        DocumentId id = DocumentId.of("todo-item", 1, "k");
        store.put(id, ITEM_1, 0);
        ObjectNode edit = ITEM_1.deepCopy();
        edit.put("title", "first");
        assertTrue(store.put(id, edit, 1).written());
        long seq = store.lastSeq();
        edit.put("title", "lost?");
        WriteResult stale = store.put(id.inVersion(2), TODO.translate(edit, 1, 2), 1);
        assertEquals(new WriteResult.Conflict(id.inVersion(2), 1, 2), stale);
        assertEquals(new WriteResult.Conflict(id, 0, 2), store.put(id, edit, 0), "a new document over an existing one");
        assertEquals(seq, store.lastSeq());
        assertEquals("first", found(store, id.inVersion(3)).get("title").asText());
    }

    @Test
    void aDocumentThatDoesNotFit_isRejectedWithItsPointer_andNothingIsWritten() {
        LensStore store = todoStore();
        ObjectNode bad = ITEM_1.deepCopy();
        bad.put("isDone", "yes");
        DocumentId id = DocumentId.of("todo-item", 1, "bad");
        WriteResult r = store.put(id, bad, 0);
        Rejection why = assertInstanceOf(WriteResult.Rejected.class, r, r.toString()).reason();
        assertEquals("/isDone", why.pointer());
        assertTrue(why.message().contains("todo-item") || why.message().contains("TodoItem"), why.message());
        assertEquals(0, store.lastSeq());
        for (int v = 1; v <= 3; v++) {
            assertInstanceOf(Lookup.Absent.class, store.get(id.inVersion(v)));
        }
        Rejection unknown = ((WriteResult.Rejected) store.put(id.inVersion(7), ITEM_1, 0)).reason();
        assertTrue(unknown.reason().contains("not in version 7"), unknown.reason());
        Rejection noType = ((WriteResult.Rejected) store.put(DocumentId.of("nope", 1, "k"), ITEM_1, 0)).reason();
        assertTrue(noType.reason().contains("no document type 'nope'"), noType.reason());
    }

    @Test
    void aDocumentThatCannotBeTranslated_isRejectedWithVersionsAndOp_andNothingIsWritten() {
        LensStore store = open(StoreConfig.builder().type(Schemas.MOOD).build());
        assertTrue(store.put(DocumentId.of("mood", 1, "ok"), json("{'mood':':)'}"), 0).written());
        long seq = store.lastSeq();
        WriteResult r = store.put(DocumentId.of("mood", 1, "odd"), json("{'mood':':|'}"), 0);
        Rejection why = assertInstanceOf(WriteResult.Rejected.class, r, r.toString()).reason();
        assertEquals("/mood", why.pointer());
        assertEquals("1", why.fromVersion());
        assertEquals("2", why.toVersion());
        assertTrue(why.op() != null && why.op().startsWith("convert mood"), why.toString());
        assertEquals(seq, store.lastSeq());
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("mood", 1, "odd")));
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("mood", 2, "odd")));
    }

    @Test
    void changes_followChesterfieldsReplicationRules() {
        LensStore store = todoStore();
        store.put(DocumentId.of("todo-item", 1, "a"), ITEM_1, 0);
        long afterA = store.lastSeq();
        store.put(DocumentId.of("todo-item", 3, "b"), TODO.translate(ITEM_1, 1, 3), 0);
        List<Change> v2 = store.changes(0, ClientVersions.of("todo-item", 2), 100);
        assertEquals(List.of("todo-item@2:a", "todo-item@2:b"), ids(v2));
        assertTrue(v2.get(0).seq() < v2.get(1).seq());
        assertEquals(List.of("todo-item@2:b"), ids(store.changes(afterA, ClientVersions.of("todo-item", 2), 100)));
        List<Change> seamless = store.changes(0, ClientVersions.of("TodoItem", 2).andNewer(), 100);
        assertEquals(java.util.Set.of("todo-item@2:a", "todo-item@3:a"), java.util.Set.copyOf(ids(seamless.subList(0, 2))));
        assertEquals(java.util.Set.of("todo-item@2:b", "todo-item@3:b"), java.util.Set.copyOf(ids(seamless.subList(2, 4))));
        assertTrue(ids(store.changes(0, ClientVersions.of("todo-item", 3), 100)).stream().noneMatch(i -> i.contains("@2")));
        assertEquals(1, store.changes(0, ClientVersions.of("todo-item", 1), 1).size());
        assertEquals(json("{'$or':[{'schema':'todo-item','version':{'$gte':2}}]}"),
                ClientVersions.of("todo-item", 2).andNewer().couchSelector());
        assertEquals(json("{'$not':{'schema':'todo-item','version':{'$lt':2}}}"),
                ClientVersions.couchSelectorNotOlderThan("TodoItem", 2));
    }

    @Test
    void listen_hearsEveryCommitWithItsLastSequenceNumber() throws Exception {
        LensStore store = todoStore();
        CountDownLatch heard = new CountDownLatch(2);
        AtomicLong last = new AtomicLong();
        List<Integer> feedSizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable listening = store.listen(seq -> {
            last.set(seq);
            feedSizes.add(store.changes(0, ClientVersions.of("todo-item", 1), 10).size()); // a listener may read
            heard.countDown();
        });
        store.put(DocumentId.of("todo-item", 1, "a"), ITEM_1, 0);
        store.put(DocumentId.of("todo-item", 2, "b"), TODO.translate(ITEM_1, 1, 2), 0);
        assertTrue(heard.await(10, TimeUnit.SECONDS), "two notifications");
        assertEquals(store.lastSeq(), last.get());
        assertEquals(2, feedSizes.get(1));
        listening.close();
    }

    @Test
    void chesterfield_todoItemFirst_thenStatus() {
        chesterfieldScenario(true);
    }

    @Test
    void chesterfield_statusFirst_thenTodoItem() {
        chesterfieldScenario(false);
    }

    /** A v2 app writes todo-item@2 and status@1; a v1 app sees todo-item@1 once both are there. */
    private void chesterfieldScenario(boolean itemFirst) {
        LensStore store = chesterfield();
        DocumentId v1 = DocumentId.of("todo-item", 1, "t1");
        DocumentId item = DocumentId.of("todo-item", 2, "t1");
        DocumentId status = DocumentId.of("status", 1, "s1");
        JsonNode itemDoc = json("{'title':'milk','note':'2 litres'}");
        JsonNode statusDoc = json("{'todoId':'t1','done':true}");
        assertInstanceOf(Lookup.Absent.class, store.get(v1));
        WriteResult first = itemFirst ? store.put(item, itemDoc, 0) : store.put(status, statusDoc, 0);
        assertTrue(first.written(), first.toString());
        Lookup.Pending pending = assertInstanceOf(Lookup.Pending.class, store.get(v1));
        assertEquals(itemFirst ? "[status@1 with todoId = \"t1\"]" : "[todo-item@2:t1]", pending.missing().toString());
        assertEquals(List.of(), store.changes(0, ClientVersions.of("todo-item", 1), 10), "nothing for v1 clients yet");
        WriteResult second = itemFirst ? store.put(status, statusDoc, 0) : store.put(item, itemDoc, 0);
        assertTrue(((WriteResult.Written) second).documents().contains(v1), second.toString());
        assertEquals(json("{'title':'milk','isDone':true}"), found(store, v1));
        assertEquals(List.of("todo-item@1:t1"), ids(store.changes(0, ClientVersions.of("todo-item", 1), 10)));

        // Idempotent: writing the same status again changes nothing a v1 client reads.
        long rev = ((Lookup.Found) store.get(v1)).revision();
        store.put(status, statusDoc, 1);
        assertEquals(json("{'title':'milk','isDone':true}"), found(store, v1));

        // Follows later changes of either input.
        store.put(status, json("{'todoId':'t1','done':false}"), 2);
        assertEquals(json("{'title':'milk','isDone':false}"), found(store, v1));
        assertTrue(((Lookup.Found) store.get(v1)).revision() > rev);
        store.put(item, json("{'title':'oat milk','note':'2 litres'}"), itemFirst ? 1 : 1);
        assertEquals(json("{'title':'oat milk','isDone':false}"), found(store, v1));

        // A v1 client ticks the item off: the status follows, the v2 note survives.
        Lookup.Found seen = (Lookup.Found) store.get(v1);
        WriteResult tick = store.put(v1, json("{'title':'oat milk','isDone':true}"), seen.revision());
        assertTrue(tick.written(), tick.toString());
        assertEquals(json("{'todoId':'t1','done':true}"), found(store, status));
        assertEquals(json("{'title':'oat milk','note':'2 litres'}"), found(store, item));
    }

    @Test
    void aV1ClientCreatingAnAssembledDocument_writesEveryInput() {
        LensStore store = chesterfield();
        WriteResult r = store.put(DocumentId.of("todo-item", 1, "t9"), json("{'title':'bread','isDone':true}"), 0);
        assertEquals(List.of("status@1:t9", "todo-item@1:t9", "todo-item@2:t9"),
                ((WriteResult.Written) r).documents().stream().map(DocumentId::toString).sorted().toList());
        assertEquals(json("{'todoId':'t9','done':true}"), found(store, DocumentId.of("status", 1, "t9")));
        assertEquals(json("{'title':'bread','note':''}"), found(store, DocumentId.of("todo-item", 2, "t9")));
        WriteResult bad = store.put(DocumentId.of("todo-item", 1, "t8"), json("{'title':'x','isDone':'no'}"), 0);
        assertEquals("/isDone", ((WriteResult.Rejected) bad).reason().pointer());
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("status", 1, "t8")));
    }

    @Test
    void addVersion_backfillsInBatches_withProgress_idempotently_andRetireDropsCopies() {
        LensStore store = open(StoreConfig.builder().type(TODO, 1, 2).backfillBatch(7).build());
        Random random = new Random(7);
        DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
        Map<String, JsonNode> written = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            JsonNode doc = gen.generate(Schemas.TODO_V1);
            String key = String.format("k%02d", i);
            assertTrue(store.put(DocumentId.of("todo-item", 1 + i % 2, key), i % 2 == 0 ? doc : TODO.translate(doc, 1, 2), 0)
                    .written());
            written.put(key, doc);
        }
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("todo-item", 3, "k00")));
        List<BackfillProgress> progress = new ArrayList<>();
        BackfillReport report = store.addVersion("todo-item", 3, progress::add);
        assertEquals(30, report.copied());
        assertEquals(List.of(), report.failures());
        assertEquals(5, progress.size(), "30 documents in batches of 7: " + progress);
        assertEquals(30, progress.get(4).done());
        assertEquals(java.util.Set.of(1, 2, 3), store.versions("todo-item"));
        written.forEach((key, doc) -> assertTrue(
                JsonValues.equal(TODO.translate(doc, 1, 3), found(store, DocumentId.of("todo-item", 3, key))), key));
        assertEquals(30, store.changes(0, ClientVersions.of("todo-item", 3), 1000).size());
        assertEquals(0, store.addVersion("todo-item", 3, BackfillListener.NONE).copied(), "already active");

        assertEquals(30, store.retireVersion("todo-item", 1));
        assertEquals(java.util.Set.of(2, 3), store.versions("todo-item"));
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("todo-item", 1, "k00")));
        assertFalse(store.put(DocumentId.of("todo-item", 1, "new"), ITEM_1, 0).written());
        assertTrue(store.put(DocumentId.of("todo-item", 3, "new"), TODO.translate(ITEM_1, 1, 3), 0).written());
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("todo-item", 1, "new")));
    }

    @Test
    void addingAnAssembledVersion_backfillsWhatHasEveryInput_andLeavesTheRestPending() {
        LensStore store = open(StoreConfig.builder().type(ITEM, 2).type(STATUS).assembly(ITEM_V1).build());
        store.put(DocumentId.of("todo-item", 2, "t1"), json("{'title':'milk','note':''}"), 0);
        store.put(DocumentId.of("status", 1, "s1"), json("{'todoId':'t1','done':true}"), 0);
        store.put(DocumentId.of("todo-item", 2, "t2"), json("{'title':'bread','note':''}"), 0);
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("todo-item", 1, "t1")), "not served yet");

        BackfillReport report = store.addVersion("todo-item", 1, BackfillListener.NONE);
        assertEquals(1, report.copied());
        assertEquals(1, report.pending());
        assertEquals(json("{'title':'milk','isDone':true}"), found(store, DocumentId.of("todo-item", 1, "t1")));
        Lookup.Pending pending = assertInstanceOf(Lookup.Pending.class, store.get(DocumentId.of("todo-item", 1, "t2")));
        assertEquals("[status@1 with todoId = \"t2\"]", pending.missing().toString());
        store.put(DocumentId.of("status", 1, "s2"), json("{'todoId':'t2','done':false}"), 0);
        assertEquals(json("{'title':'bread','isDone':false}"), found(store, DocumentId.of("todo-item", 1, "t2")));
    }

    @Test
    void delete_tombstonesEveryVersionInOneRevision_andTheFeedCarriesItToClientsOfEveryVersion() {
        LensStore store = todoStore();
        DocumentId id = DocumentId.of("todo-item", 1, "k");
        store.put(id, ITEM_1, 0);
        long before = store.lastSeq();
        assertEquals(new WriteResult.Conflict(id.inVersion(3), 7, 1), store.delete(id.inVersion(3), 7));
        assertEquals(before, store.lastSeq(), "a stale deletion writes nothing");

        WriteResult r = store.delete(id.inVersion(3), 1);
        WriteResult.Deleted d = assertInstanceOf(WriteResult.Deleted.class, r, r.toString());
        assertEquals(2, d.revision());
        assertEquals(List.of("todo-item@1:k", "todo-item@2:k", "todo-item@3:k"),
                d.documents().stream().map(DocumentId::toString).sorted().toList());
        for (int v = 1; v <= 3; v++) {
            assertInstanceOf(Lookup.Absent.class, store.get(id.inVersion(v)));
            List<Change> feed = store.changes(0, ClientVersions.of("todo-item", v), 10);
            assertEquals(List.of("todo-item@" + v + ":k"), ids(feed), "the latest state of the document is its deletion");
            assertTrue(feed.get(0).deleted());
            assertEquals(2, feed.get(0).revision());
            assertTrue(feed.get(0).seq() > before);
        }

        assertEquals(new WriteResult.Conflict(id, 2, 0), store.delete(id, 2), "deleted already");
        assertEquals(new WriteResult.Conflict(id, 1, 0), store.put(id, ITEM_1, 1),
                "a writer who read it before the deletion learns that it is gone");
        WriteResult again = store.put(id.inVersion(2), TODO.translate(ITEM_1, 1, 2), 0);
        assertEquals(3, assertInstanceOf(WriteResult.Written.class, again, again.toString()).revision(),
                "created again as a new document, with a revision past the deletion's");
        assertTrue(JsonValues.equal(TODO.translate(ITEM_1, 1, 3), found(store, id.inVersion(3))));
    }

    @Test
    void compactDeletions_dropsTombstones_stalesOlderCheckpoints_andNeverRepeatsARevision() {
        LensStore store = todoStore();
        DocumentId a = DocumentId.of("todo-item", 1, "a");
        store.put(a, ITEM_1, 0);
        store.put(a, ITEM_1, 1);
        long checkpoint = store.lastSeq();
        store.put(DocumentId.of("todo-item", 1, "b"), ITEM_1, 0);
        assertInstanceOf(WriteResult.Deleted.class, store.delete(a, 2));
        long horizon = store.lastSeq();

        assertEquals(3, store.compactDeletions(Long.MAX_VALUE), "one tombstone per version of a");
        assertEquals(0, store.compactDeletions(Long.MAX_VALUE), "nothing left to compact");
        assertEquals(horizon, store.lastSeq(), "compaction commits no change");
        FeedCompactedException stale = assertThrows(FeedCompactedException.class,
                () -> store.changes(checkpoint, ClientVersions.of("todo-item", 3), 10));
        assertEquals(horizon, stale.horizon());
        assertTrue(stale.getMessage().contains("read it again from 0"), stale.getMessage());
        assertEquals(List.of("todo-item@3:b"), ids(store.changes(0, ClientVersions.of("todo-item", 3), 10)),
                "a replica reading from 0 gets the live documents only");
        assertEquals(List.of(), store.changes(horizon, ClientVersions.of("todo-item", 3), 10));
        assertInstanceOf(Lookup.Absent.class, store.get(a.inVersion(2)));

        WriteResult again = store.put(a.inVersion(2), TODO.translate(ITEM_1, 1, 2), 0);
        long revision = assertInstanceOf(WriteResult.Written.class, again, again.toString()).revision();
        assertEquals(horizon + 1, revision, "past every revision the forgotten document had (3 at most)");
        assertEquals(new WriteResult.Conflict(a, 2, revision), store.put(a, ITEM_1, 2),
                "a writer holding revision 2 of the deleted document cannot overwrite the new one");
        assertEquals(List.of("todo-item@1:a"), ids(store.changes(horizon, ClientVersions.of("todo-item", 1), 10)),
                "a replica at the horizon hears of the new document");
    }

    @Test
    void aStoreMadeBeforeTombstones_isMigratedWhenOpened_andKeepsItsDocuments() throws Exception {
        LensStore first = todoStore();
        first.put(DocumentId.of("todo-item", 1, "old"), ITEM_1, 0);
        first.close();
        try (java.sql.Connection c = database().open(); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // the body column as the first stores made it: NOT NULL (and jsonb on PostgreSQL)
            boolean postgres = database().dialect() == Dialect.POSTGRES;
            s.execute("CREATE TABLE lensc_old AS SELECT * FROM lensc_documents");
            s.execute("DROP TABLE lensc_documents");
            s.execute("CREATE TABLE lensc_documents (id TEXT PRIMARY KEY, type TEXT NOT NULL, version INTEGER NOT NULL,"
                    + " doc_key TEXT NOT NULL, revision BIGINT NOT NULL, seq BIGINT NOT NULL, body "
                    + (postgres ? "JSONB" : "TEXT") + " NOT NULL)");
            s.execute("INSERT INTO lensc_documents SELECT id, type, version, doc_key, revision, seq, body"
                    + (postgres ? "::jsonb" : "") + " FROM lensc_old");
            s.execute("DROP TABLE lensc_old");
            c.commit();
            assertFalse(SchemaMigration.bodyColumn(c).orElseThrow().nullable());
        }

        LensStore store = todoStore();
        DocumentId old = DocumentId.of("todo-item", 3, "old");
        assertTrue(JsonValues.equal(TODO.translate(ITEM_1, 1, 3), found(store, old)));
        assertInstanceOf(WriteResult.Deleted.class, store.delete(old, 1), "a tombstone fits the migrated table");
        try (java.sql.Connection c = database().open()) {
            SchemaMigration.BodyColumn body = SchemaMigration.bodyColumn(c).orElseThrow();
            assertTrue(body.nullable());
            if (database().dialect() == Dialect.POSTGRES) {
                assertEquals("json", body.type());
            }
        }
        assertEquals(List.of("todo-item@3:old"), ids(store.changes(0, ClientVersions.of("todo-item", 3), 10)));
        assertTrue(store.changes(0, ClientVersions.of("todo-item", 3), 10).get(0).deleted());
    }

    @Test
    void backfill_leavesDeletedDocumentsOut() {
        LensStore store = open(StoreConfig.builder().type(TODO, 1, 2).build());
        store.put(DocumentId.of("todo-item", 1, "a"), ITEM_1, 0);
        store.put(DocumentId.of("todo-item", 1, "b"), ITEM_1, 0);
        assertTrue(store.delete(DocumentId.of("todo-item", 2, "a"), 1) instanceof WriteResult.Deleted);
        BackfillReport report = store.addVersion("todo-item", 3, BackfillListener.NONE);
        assertEquals(1, report.copied());
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("todo-item", 3, "a")));
        found(store, DocumentId.of("todo-item", 3, "b"));
    }

    @Test
    void deletingAnInput_deletesTheAssembledDocument_whichIsPendingUntilANewInputArrives() {
        LensStore store = chesterfield();
        DocumentId v1 = DocumentId.of("todo-item", 1, "t1");
        DocumentId status = DocumentId.of("status", 1, "s1");
        store.put(DocumentId.of("todo-item", 2, "t1"), json("{'title':'milk','note':''}"), 0);
        store.put(status, json("{'todoId':'t1','done':true}"), 0);
        found(store, v1);
        long seq = store.lastSeq();

        WriteResult r = store.delete(status, 1);
        assertEquals(List.of("status@1:s1", "todo-item@1:t1"), assertInstanceOf(WriteResult.Deleted.class, r, r.toString())
                .documents().stream().map(DocumentId::toString).sorted().toList());
        Lookup.Pending pending = assertInstanceOf(Lookup.Pending.class, store.get(v1));
        assertEquals("[status@1 with todoId = \"t1\"]", pending.missing().toString());
        List<Change> v1Feed = store.changes(seq, ClientVersions.of("todo-item", 1), 10);
        assertEquals(List.of("todo-item@1:t1"), ids(v1Feed));
        assertTrue(v1Feed.get(0).deleted(), "v1 replicas drop the item");
        assertEquals(json("{'title':'milk','note':''}"), found(store, DocumentId.of("todo-item", 2, "t1")));

        store.put(DocumentId.of("status", 1, "s2"), json("{'todoId':'t1','done':false}"), 0);
        assertEquals(json("{'title':'milk','isDone':false}"), found(store, v1));
    }

    @Test
    void anInputThatMovesToAnotherTarget_leavesTheOldOnePending_andAssemblesTheNewOne() {
        LensStore store = chesterfield();
        store.put(DocumentId.of("todo-item", 2, "t1"), json("{'title':'milk','note':''}"), 0);
        store.put(DocumentId.of("todo-item", 2, "t2"), json("{'title':'bread','note':''}"), 0);
        DocumentId status = DocumentId.of("status", 1, "s1");
        store.put(status, json("{'todoId':'t1','done':true}"), 0);
        found(store, DocumentId.of("todo-item", 1, "t1"));
        assertInstanceOf(Lookup.Pending.class, store.get(DocumentId.of("todo-item", 1, "t2")));

        assertTrue(store.put(status, json("{'todoId':'t2','done':true}"), 1).written());
        assertInstanceOf(Lookup.Pending.class, store.get(DocumentId.of("todo-item", 1, "t1")));
        assertEquals(json("{'title':'bread','isDone':true}"), found(store, DocumentId.of("todo-item", 1, "t2")));
    }

    @Test
    void deletingThroughTheAssembledVersion_deletesItsInputs_deletingTheOwnTypeLeavesThem() {
        LensStore store = chesterfield();
        store.put(DocumentId.of("todo-item", 2, "t1"), json("{'title':'milk','note':''}"), 0);
        store.put(DocumentId.of("status", 1, "s1"), json("{'todoId':'t1','done':true}"), 0);
        Lookup.Found seen = (Lookup.Found) store.get(DocumentId.of("todo-item", 1, "t1"));
        WriteResult r = store.delete(seen.id(), seen.revision());
        assertEquals(List.of("status@1:s1", "todo-item@1:t1", "todo-item@2:t1"),
                assertInstanceOf(WriteResult.Deleted.class, r, r.toString()).documents().stream()
                        .map(DocumentId::toString).sorted().toList(),
                "a v1 client knows one document: the status it was made of goes with it");
        assertInstanceOf(Lookup.Absent.class, store.get(seen.id()));
        assertInstanceOf(Lookup.Absent.class, store.get(DocumentId.of("status", 1, "s1")));

        store.put(DocumentId.of("todo-item", 2, "t2"), json("{'title':'bread','note':''}"), 0);
        store.put(DocumentId.of("status", 1, "s2"), json("{'todoId':'t2','done':false}"), 0);
        long seq = store.lastSeq();
        assertTrue(store.delete(DocumentId.of("todo-item", 2, "t2"), 1) instanceof WriteResult.Deleted);
        assertEquals(json("{'todoId':'t2','done':false}"), found(store, DocumentId.of("status", 1, "s2")),
                "a v2 client deletes its status documents itself");
        Lookup.Pending pending = assertInstanceOf(Lookup.Pending.class, store.get(DocumentId.of("todo-item", 1, "t2")));
        assertEquals("[todo-item@2:t2]", pending.missing().toString());
        assertTrue(store.changes(seq, ClientVersions.of("todo-item", 1), 10).get(0).deleted());
    }

    /**
     * Three clients on versions 1, 2 and 3 edit five documents in a random (seeded) order, often
     * from a stale read: a conflict makes the client read again and redo its edit; now and then a
     * client deletes what it read, and the next writer creates it again. After every write, every
     * stored version of the document is the translation of every other; after a deletion, none is
     * there.
     */
    @Test
    void mixedVersionHistories_everyStoredVersionStaysTheTranslationOfEveryOther() {
        for (long seed = 1; seed <= 2; seed++) {
            LensStore store = todoStore();
            Random random = new Random(seed);
            DocumentGenerator gen = new DocumentGenerator(random, GeneratorSettings.defaults());
            Map<String, Lookup.Found> seen = new HashMap<>(); // what each client last read of its version
            int conflicts = 0;
            int deletions = 0;
            for (int step = 0; step < 60; step++) {
                int version = 1 + random.nextInt(3);
                String key = "doc" + random.nextInt(5);
                DocumentId id = DocumentId.of("todo-item", version, key);
                Lookup.Found view = seen.get(id.toString());
                if (view == null || random.nextInt(3) == 0) {
                    view = store.get(id) instanceof Lookup.Found f ? f : null;
                }
                if (view != null && random.nextInt(8) == 0 && deleted(store, id, view.revision())) {
                    deletions++;
                    for (int v = 1; v <= 3; v++) {
                        assertInstanceOf(Lookup.Absent.class, store.get(id.inVersion(v)), "seed " + seed + " step " + step);
                    }
                    continue; // the other clients' views of it are stale now: their next write creates it again
                }
                JsonNode edit = gen.generate(TODO.schema(version).orElseThrow());
                WriteResult r = store.put(id, edit, view == null ? 0 : view.revision());
                if (r instanceof WriteResult.Conflict c) {
                    conflicts++;
                    r = store.put(id, edit, c.actual());
                }
                assertTrue(r.written(), "seed " + seed + " step " + step + ": " + r);
                seen.put(id.toString(), (Lookup.Found) store.get(id));
                assertConsistent(store, key, "seed " + seed + " step " + step);
            }
            assertTrue(conflicts > 0, "seed " + seed + ": stale writers met conflicts");
            assertTrue(deletions > 0, "seed " + seed + ": documents were deleted and written again");
        }
    }

    /** Deletes with the revision read, or (stale) with the current one; false when it is gone already. */
    private static boolean deleted(LensStore store, DocumentId id, long revision) {
        WriteResult r = store.delete(id, revision);
        if (r instanceof WriteResult.Conflict c && c.actual() > 0) {
            r = store.delete(id, c.actual());
        }
        return r instanceof WriteResult.Deleted;
    }

    static void assertConsistent(LensStore store, String key, String where) {
        Map<Integer, JsonNode> docs = new HashMap<>();
        for (int v = 1; v <= 3; v++) {
            docs.put(v, found(store, DocumentId.of("todo-item", v, key)));
        }
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                JsonNode translated = TODO.translate(docs.get(a), a, b, docs.get(b));
                if (!JsonValues.equal(translated, docs.get(b))) {
                    fail(where + ": " + key + "@" + a + " translated to " + b + " is " + translated + ", stored " + docs.get(b));
                }
            }
        }
    }

    /** Eight writers increment shared counters at versions 1 and 2, retrying conflicts: no increment is lost. */
    @Test
    void concurrentWriters_retryConflicts_andLoseNoUpdate() throws Exception {
        LensStore store = open(StoreConfig.builder().type(COUNTER).build());
        int writers = 8;
        int keys = 16;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Long>> conflicts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            conflicts.add(pool.submit(() -> StoreLoad.incrementMany(store, writer, writesPerWriter(), keys)));
        }
        long totalConflicts = 0;
        for (Future<Long> f : conflicts) {
            totalConflicts += f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long sum = 0;
        for (int k = 0; k < keys; k++) {
            JsonNode v1 = found(store, DocumentId.of("counter", 1, "c" + k));
            JsonNode v2 = found(store, DocumentId.of("counter", 2, "c" + k));
            assertEquals(v1.get("count").asLong(), v2.get("total").asLong(), "versions agree on c" + k);
            sum += v1.get("count").asLong();
        }
        assertEquals((long) writers * writesPerWriter(), sum, "no lost update (" + totalConflicts + " conflicts retried)");
        assertTrue(totalConflicts > 0, "writers met conflicts");
    }

    static List<String> ids(List<Change> changes) {
        return changes.stream().map(c -> c.id().toString()).toList();
    }
}
