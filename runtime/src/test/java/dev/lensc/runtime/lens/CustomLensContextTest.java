package dev.lensc.runtime.lens;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A custom lens is told where it runs: type, versions, its value's pointer and the document id. */
class CustomLensContextTest {

    /** Mints an id from the document id and the pointer, so every run makes the same one. */
    static final class StableRef implements CustomLens {
        final List<LensContext> seen = new ArrayList<>();

        @Override
        public JsonNode forward(JsonNode value, JsonNode base) {
            throw new AssertionError("the three-argument method is called");
        }

        @Override
        public JsonNode backward(JsonNode value, JsonNode base) {
            return TextNode.valueOf(value.textValue().replaceFirst("@.*", ""));
        }

        @Override
        public JsonNode forward(JsonNode value, JsonNode base, LensContext context) {
            seen.add(context);
            return TextNode.valueOf(value.textValue() + "@" + context.documentId() + context.pointer());
        }
    }

    @Test
    void documentTypeTranslate_tellsTheLensTheTypeVersionsPointerAndId() {
        StableRef lens = new StableRef();
        Type.ObjectType item = new Type.ObjectType(List.of(new Field("ref", new Type.StringType())));
        DocumentType type = DocumentType.builder("Board")
                .version(1, new Type.ObjectType(List.of(new Field("cards", new Type.ArrayType(item)))))
                .lens(1, 2, Lens.of(new LensOp.In("cards", List.of(new LensOp.Map(List.of(
                        new LensOp.Custom("ref", StableRef.class.getName(), lens, false)))))), "refs get ids")
                .build();
        JsonNode v1 = json("{'cards':[{'ref':'a'},{'ref':'b'}]}");

        JsonNode v2 = type.translate(v1, 1, 2, null, "board-7");
        assertEquals(json("{'cards':[{'ref':'a@board-7/cards/0/ref'},{'ref':'b@board-7/cards/1/ref'}]}"), v2);
        assertEquals(List.of(new LensContext("Board", 1, 2, "/cards/0/ref", "board-7"),
                new LensContext("Board", 1, 2, "/cards/1/ref", "board-7")), lens.seen);
        assertEquals(v2, type.translate(v1, 1, 2, null, "board-7"), "deterministic");
        assertEquals(v1, type.translate(v2, 2, 1, null, "board-7"));
        // without an id the lens is told null
        assertEquals(json("{'cards':[{'ref':'a@null/cards/0/ref'},{'ref':'b@null/cards/1/ref'}]}"),
                type.translate(v1, 1, 2, null));
    }
}
