package dev.lensc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.Translator;
import java.nio.file.Path;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translator that checks nothing (as generated code) stores what it is given unless the store has a check. */
class DocumentCheckTest {
    /** The todo lenses without the model's schema checks, as generated translators behave. */
    static final Translator UNCHECKED = new Translator() {
        @Override
        public String documentType() {
            return "TodoItem";
        }

        @Override
        public SortedSet<Integer> versions() {
            return Schemas.TODO.versions();
        }

        @Override
        public JsonNode translate(JsonNode doc, int from, int to, JsonNode base) {
            return Schemas.TODO.path(from, to).forward(doc, base);
        }
    };

    @TempDir
    Path dir;

    @Test
    void withACheck_aDocumentThatDoesNotFitIsRejectedWithItsPointer_withoutOneItIsStored() {
        JsonNode bad = Schemas.json("{'title':1,'isDone':true,'assignee':null,'tags':[],"
                + "'metadata':{'createdBy':'c','priority':1}}");
        try (LensStore checked = LensStore.open(StoreDatabase.sqlite(dir.resolve("a.db")),
                StoreConfig.builder().type(UNCHECKED, DocumentCheck.of(Schemas.TODO)).build())) {
            WriteResult r = checked.put(DocumentId.of("todo-item", 1, "k"), bad, 0);
            Rejection why = assertInstanceOf(WriteResult.Rejected.class, r, r.toString()).reason();
            assertEquals("/title", why.pointer());
            assertEquals(0, checked.lastSeq());
        }
        try (LensStore unchecked = LensStore.open(StoreDatabase.sqlite(dir.resolve("b.db")),
                StoreConfig.builder().type(UNCHECKED).build())) {
            assertTrue(unchecked.put(DocumentId.of("todo-item", 1, "k"), bad, 0).written());
        }
    }
}
