package dev.lensc.runtime.graph;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.store.MultiVersionStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiVersionStoreTest {
    final MultiVersionStore store = new MultiVersionStore(DocumentTypeTest.TODO);

    @Test
    void aWriteInOneVersion_isStoredInEvery_underVersionedKeys() {
        store.write("42", 1, json("{'title':'milk','isDone':false,'assignee':null}"));
        Map<String, JsonNode> all = store.snapshot();
        assertEquals(json("{'title':'milk','isDone':false,'assignee':null}"), all.get("todo-item@1:42"));
        assertEquals(json("{'title':'milk','status':'active','assignee':null}"), all.get("todo-item@2:42"));
        assertEquals(json("{'title':'milk','status':'active','assignees':[],'groupId':'inbox'}"), all.get("todo-item@3:42"));
    }

    @Test
    void anOldWriter_doesNotEraseWhatOnlyNewerVersionsKnow() {
        store.write("1", 3, json("{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}"));
        JsonNode v1 = store.read("1", 1).orElseThrow();
        assertEquals(json("{'title':'milk','isDone':false,'assignee':'ann'}"), v1);
        store.write("1", 1, json("{'title':'oat milk','isDone':false,'assignee':'ann'}"));
        assertEquals(json("{'title':'oat milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}"),
                store.read("1", 3).orElseThrow());
        assertEquals(json("{'title':'oat milk','status':'blocked','assignee':'ann'}"), store.read("1", 2).orElseThrow());
    }

    @Test
    void storedVersionsStayConsistent_eachIsTheTranslationOfEveryOtherOntoItself() {
        store.write("1", 3, json("{'title':'a','status':'blocked','assignees':['x','y'],'groupId':'g'}"));
        store.write("1", 2, json("{'title':'b','status':'done','assignee':'z'}"));
        store.write("1", 1, json("{'title':'c','isDone':false,'assignee':'z'}"));
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) {
                JsonNode di = store.read("1", i).orElseThrow();
                JsonNode dj = store.read("1", j).orElseThrow();
                assertEquals(true, JsonValues.equal(dj, DocumentTypeTest.TODO.translate(di, i, j, dj)), i + " -> " + j);
            }
        }
    }

    @Test
    void aDocumentThatDoesNotFit_isRejected_andNothingIsStored() {
        LensException e = assertThrows(LensException.class, () -> store.write("9", 2, json("{'title':'x','status':'nope'}")));
        assertEquals("/status", e.pointer());
        assertEquals(Map.of(), store.snapshot());
    }
}
