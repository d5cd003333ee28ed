package dev.lensc.store;

import static dev.lensc.store.Schemas.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensContext;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store tells custom lenses the document's key as its id, on writes and in backfills alike. */
class DocumentIdToCustomLensTest {

    /** Version 2 qualifies a card's reference with the id of the document that holds it. */
    public static final class QualifiedRef implements CustomLens {
        @Override
        public JsonNode forward(JsonNode value, JsonNode base) {
            throw new AssertionError("the store passes a context");
        }

        @Override
        public JsonNode backward(JsonNode value, JsonNode base) {
            return TextNode.valueOf(value.textValue().replaceFirst("@.*", ""));
        }

        @Override
        public JsonNode forward(JsonNode value, JsonNode base, LensContext context) {
            return TextNode.valueOf(value.textValue() + "@" + context.documentId());
        }
    }

    static final DocumentType CARD = DocumentType.builder("Card")
            .version(1, new Type.ObjectType(List.of(new Field("ref", new Type.StringType()))))
            .lens(1, 2, Lens.of(new LensOp.Custom("ref", QualifiedRef.class.getName(), new QualifiedRef(), false)))
            .build();

    @TempDir
    Path dir;
    LensStore store;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void writesInEveryVersion_tellTheLensTheKey() {
        store = LensStore.open(StoreDatabase.sqlite(dir.resolve("cards.db")), StoreConfig.builder().type(CARD).build());
        assertTrue(store.put(DocumentId.of("card", 1, "board-7"), json("{'ref':'a'}"), 0).written());
        assertEquals(json("{'ref':'a@board-7'}"), found(DocumentId.of("card", 2, "board-7")));

        assertTrue(store.put(DocumentId.of("card", 2, "board-7"), json("{'ref':'b@board-7'}"), 1).written());
        assertEquals(json("{'ref':'b'}"), found(DocumentId.of("card", 1, "board-7")));
    }

    @Test
    void aBackfill_tellsTheLensTheKey() {
        store = LensStore.open(StoreDatabase.sqlite(dir.resolve("cards.db")), StoreConfig.builder().type(CARD, 1).build());
        assertTrue(store.put(DocumentId.of("card", 1, "board-8"), json("{'ref':'c'}"), 0).written());
        assertEquals(1, store.addVersion("card", 2, BackfillListener.NONE).copied());
        assertEquals(json("{'ref':'c@board-8'}"), found(DocumentId.of("card", 2, "board-8")));
    }

    private JsonNode found(DocumentId id) {
        Lookup l = store.get(id);
        return assertInstanceOf(Lookup.Found.class, l, id + ": " + l).document();
    }
}
