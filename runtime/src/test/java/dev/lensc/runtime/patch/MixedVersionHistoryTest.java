package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.BOOL;
import static dev.lensc.runtime.patch.Fixtures.INT;
import static dev.lensc.runtime.patch.Fixtures.N;
import static dev.lensc.runtime.patch.Fixtures.STATUS;
import static dev.lensc.runtime.patch.Fixtures.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.patch.PatchGen.Kind;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A v1 client and a v3 client edit one document: each edit is applied to the writer's replica and,
 * translated, to the other replica (with that replica as the base). After every edit, and so at the
 * end, each replica is what the other one translates to.
 */
class MixedVersionHistoryTest {

    static final Type.ObjectType V1 = new Type.ObjectType(List.of(
            new Field("title", STRING),
            new Field("isDone", BOOL),
            new Field("assignee", new Type.NullableType(STRING)),
            new Field("tags", new Type.ArrayType(STRING)),
            new Field("metadata", new Type.ObjectType(List.of(
                    new Field("createdBy", STRING),
                    new Field("priority", INT)))),
            new Field("items", new Type.ArrayType(new Type.ObjectType(List.of(
                    new Field("label", STRING),
                    new Field("done", BOOL)))))));

    static final DocumentType TODO = DocumentType.builder("TodoItem")
            .version(1, V1)
            .lens(1, 2, Lens.of(
                    new LensOp.Rename("isDone", "status"),
                    new LensOp.Convert("status", BOOL, STATUS, List.of(
                            ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                            ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                            new ValueMapping(N.booleanNode(false), N.textNode("blocked"),
                                    ValueMapping.Direction.BACKWARD)), null, null),
                    new LensOp.In("metadata", List.of(new LensOp.Rename("createdBy", "author")))),
                    "done flag becomes a status")
            .lens(2, 3, Lens.of(
                    new LensOp.Add("groupId", STRING, N.textNode("inbox")),
                    new LensOp.Wrap("assignee"),
                    new LensOp.Rename("assignee", "assignees"),
                    new LensOp.Hoist("metadata", "priority"),
                    new LensOp.Head("tags"),
                    new LensOp.Rename("tags", "tag"),
                    new LensOp.In("items", List.of(new LensOp.Map(List.of(
                            new LensOp.Rename("label", "text"),
                            new LensOp.Add("prio", INT, N.numberNode(3))))))),
                    "groups, several assignees, one tag")
            .build();

    @Test
    void v1AndV3Clients_eachSending100RandomEdits_endWithAgreeingReplicas() {
        for (long seed = 1; seed <= 5; seed++) {
            replay(seed);
        }
    }

    private static void replay(long seed) {
        Type v3 = TODO.schema(3).orElseThrow();
        PatchGen gen = new PatchGen(seed, false);
        JsonNode r1 = gen.value(V1);
        JsonNode r3 = TODO.translate(r1, 1, 3);
        int v1Edits = 0;
        int v3Edits = 0;
        int dropped = 0;
        List<String> history = new ArrayList<>();
        while (v1Edits < 100 || v3Edits < 100) {
            boolean byV1 = v3Edits >= 100 || (v1Edits < 100 && gen.random().nextBoolean());
            JsonNode own = byV1 ? r1 : r3;
            JsonNode other = byV1 ? r3 : r1;
            JsonPatch edit = gen.patch(own, byV1 ? V1 : v3, 3, List.of(Kind.values()));
            PatchTranslation tr;
            try {
                tr = DocumentPatches.translatePatch(TODO, edit, own, byV1 ? 1 : 3, byV1 ? 3 : 1, other);
            } catch (LensException e) {
                throw new AssertionError("seed " + seed + ": translating " + edit + " failed: " + e.getMessage()
                        + "\n  history:\n" + String.join("\n", history), e);
            }
            history.add((byV1 ? "  v1 " : "  v3 ") + edit + " -> " + tr.patch() + " dropped " + tr.dropped());
            dropped += tr.dropped().size();
            JsonNode ownAfter = edit.applyTo(own);
            JsonNode otherAfter = tr.patch().applyTo(other);
            if (byV1) {
                r1 = ownAfter;
                r3 = otherAfter;
                v1Edits++;
            } else {
                r3 = ownAfter;
                r1 = otherAfter;
                v3Edits++;
            }
            JsonNode r1AsV3 = TODO.translate(r1, 1, 3, r3);
            JsonNode r3AsV1 = TODO.translate(r3, 3, 1, r1);
            if (!JsonValues.equal(r1AsV3, r3) || !JsonValues.equal(r3AsV1, r1)) {
                fail("seed " + seed + ": replicas disagree after edit " + history.size() + "\n  v1 " + r1 + "\n  v3 "
                        + r3 + "\n  v1 as v3 " + r1AsV3 + "\n  v3 as v1 " + r3AsV1 + "\n  history:\n"
                        + String.join("\n", history));
            }
        }
        assertEquals(100, v1Edits);
        assertEquals(100, v3Edits);
        assertTrue(SchemaCheck.fits(r1, V1) && SchemaCheck.fits(r3, v3), "replicas stay valid: " + r1 + " / " + r3);
        // Edits of v3-only data (groupId, the tail of assignees, item prio) are reported, not lost silently.
        assertTrue(dropped > 0, "seed " + seed + ": some v3-only edits are reported as dropped");
    }

    /** Keeps the schema check in one place for readability. */
    private static final class SchemaCheck {
        static boolean fits(JsonNode doc, Type type) {
            return dev.lensc.runtime.schema.SchemaValidator.fits(doc, type);
        }
    }
}
