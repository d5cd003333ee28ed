package com.example.todosync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.dsl.LensFileResult;
import dev.lensc.dsl.LensFiles;
import dev.lensc.dsl.LinkedSchema;
import dev.lensc.store.ClientVersions;
import dev.lensc.store.DocumentId;
import dev.lensc.store.LensStore;
import dev.lensc.store.Lookup;
import dev.lensc.store.StoreConfig;
import dev.lensc.store.StoreDatabase;
import dev.lensc.store.WriteResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chesterfield scenario driven by {@code chesterfield.lens}: the store's types and its
 * assembled {@code todo-item@1} come from the file (lens-dsl reads it into runtime
 * {@code Assembly} records; lens-store needs no DSL). A v2 app writes {@code todo-item@2} and
 * {@code status@1}, in either order; the v1 document appears only when both are there, follows
 * later status changes, writes the status back when a v1 app ticks it, and goes pending again when
 * the status is deleted.
 */
class ChesterfieldLensFileTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void itemFirst_thenStatus() throws Exception {
        scenario(true);
    }

    @Test
    void statusFirst_thenItem() throws Exception {
        scenario(false);
    }

    private void scenario(boolean itemFirst) throws Exception {
        LensFileResult lenses = LensFiles.load(Path.of(getClass().getResource("/chesterfield.lens").toURI()));
        assertFalse(lenses.hasErrors(), lenses.formatDiagnostics());
        StoreConfig.Builder config = StoreConfig.builder();
        for (LinkedSchema s : lenses.schemas()) {
            config.type(s.toDocumentType());
        }
        lenses.assemblies().forEach(config::assembly);

        try (LensStore store = LensStore.open(StoreDatabase.sqlite(dir.resolve("chesterfield.db")), config.build())) {
            DocumentId v1 = DocumentId.of("todo-item", 1, "t1");
            DocumentId item = DocumentId.of("todo-item", 2, "t1");
            DocumentId status = DocumentId.of("status", 1, "s1");
            JsonNode itemDoc = json("{'title':'milk','note':'2 litres'}");
            JsonNode statusDoc = json("{'todoId':'t1','done':true}");

            assertTrue((itemFirst ? store.put(item, itemDoc, 0) : store.put(status, statusDoc, 0)).written());
            Lookup.Pending pending = assertInstanceOf(Lookup.Pending.class, store.get(v1));
            assertEquals(itemFirst ? "[status@1 with todoId = \"t1\"]" : "[todo-item@2:t1]", pending.missing().toString());
            assertEquals(List.of(), store.changes(0, ClientVersions.of("todo-item", 1), 10), "nothing for v1 apps yet");

            assertTrue((itemFirst ? store.put(status, statusDoc, 0) : store.put(item, itemDoc, 0)).written());
            assertEquals(json("{'title':'milk','isDone':true}"), found(store, v1));

            store.put(status, json("{'todoId':'t1','done':false}"), 1);
            assertEquals(json("{'title':'milk','isDone':false}"), found(store, v1), "follows the status");

            Lookup.Found seen = (Lookup.Found) store.get(v1);
            assertTrue(store.put(v1, json("{'title':'oat milk','isDone':true}"), seen.revision()).written());
            assertEquals(json("{'todoId':'t1','done':true}"), found(store, status), "a v1 tick writes the status");
            assertEquals(json("{'title':'oat milk','note':'2 litres'}"), found(store, item), "the v2 note survives");

            Lookup.Found statusNow = (Lookup.Found) store.get(status);
            assertInstanceOf(WriteResult.Deleted.class, store.delete(status, statusNow.revision()));
            assertInstanceOf(Lookup.Pending.class, store.get(v1));
            assertTrue(store.changes(statusNow.seq(), ClientVersions.of("todo-item", 1), 10).get(0).deleted(),
                    "v1 apps drop the item until a status comes back");
        }
    }

    private static JsonNode found(LensStore store, DocumentId id) {
        return assertInstanceOf(Lookup.Found.class, store.get(id), id.toString()).document();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }
}
