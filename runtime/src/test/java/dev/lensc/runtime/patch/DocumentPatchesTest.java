package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.json;
import static dev.lensc.runtime.patch.Fixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import org.junit.jupiter.api.Test;

class DocumentPatchesTest {
    private static final DocumentType TODO = MixedVersionHistoryTest.TODO;

    private static JsonNode v1() {
        return json("{'title':'t','isDone':false,'assignee':'ann','tags':['a','b'],"
                + "'metadata':{'createdBy':'cy','priority':2},'items':[{'label':'one','done':false}]}");
    }

    private static void assertOps(String expected, PatchTranslation tr) {
        assertTrue(JsonValues.equal(json(expected), tr.patch().toJson()),
                "expected " + json(expected) + "\n but was " + tr.patch() + "\n dropped " + tr.dropped());
    }

    @Test
    void translatePatch_fromV1ToV3_goesThroughBothLenses() {
        JsonPatch p = patch("[{'op':'replace','path':'/isDone','value':true},"
                + "{'op':'replace','path':'/metadata/createdBy','value':'z'},{'op':'remove','path':'/tags/0'},"
                + "{'op':'add','path':'/items/-','value':{'label':'n','done':false}},"
                + "{'op':'replace','path':'/metadata/priority','value':7}]");
        PatchTranslation tr = DocumentPatches.translatePatch(TODO, p, v1(), 1, 3);
        assertOps("[{'op':'replace','path':'/status','value':'done'},"
                + "{'op':'replace','path':'/metadata/author','value':'z'},{'op':'replace','path':'/tag','value':'b'},"
                + "{'op':'add','path':'/items/-','value':{'text':'n','done':false,'prio':3}},"
                + "{'op':'replace','path':'/priority','value':7}]", tr);
        assertTrue(JsonValues.equal(TODO.translate(p.applyTo(v1()), 1, 3), tr.patch().applyTo(TODO.translate(v1(), 1, 3))));
    }

    @Test
    void translatePatch_fromV3ToV1_ontoTheStoredV1Document_dropsV3OnlyWritesWithReasons() {
        JsonNode v3 = TODO.translate(v1(), 1, 3);
        JsonPatch p = patch("[{'op':'replace','path':'/groupId','value':'work'},"
                + "{'op':'replace','path':'/assignees/0','value':'bo'},{'op':'add','path':'/assignees/-','value':'cy'},"
                + "{'op':'replace','path':'/tag','value':'z'}]");
        PatchTranslation tr = DocumentPatches.translatePatch(TODO, p, v3, 3, 1, v1());
        assertOps("[{'op':'replace','path':'/assignee','value':'bo'},{'op':'replace','path':'/tags/0','value':'z'}]", tr);
        assertEquals(2, tr.dropped().size(), tr.dropped().toString());
        assertTrue(tr.dropped().get(0).reason().contains("groupId"), tr.dropped().toString());
        assertTrue(tr.dropped().get(1).reason().contains("first item of 'assignee'"), tr.dropped().toString());
        assertEquals(2, tr.dropped().get(1).index());
    }

    @Test
    void translatePatch_rejectsADocumentThatDoesNotFitItsVersion_namingTypeVersionsAndPointer() {
        JsonNode bad = v1();
        ((ObjectNode) bad).put("isDone", "yes");
        LensException e = assertThrows(LensException.class, () -> DocumentPatches.translatePatch(TODO,
                patch("[{'op':'replace','path':'/title','value':'u'}]"), bad, 1, 3));
        assertEquals("/isDone", e.pointer());
        assertTrue(e.getMessage().startsWith("TodoItem 1 -> "), e.getMessage());
    }

    @Test
    void translatePatch_aPatchThatDoesNotApplyToTheSource_namesTheOpAndPointer() {
        LensException e = assertThrows(LensException.class, () -> DocumentPatches.translatePatch(TODO,
                patch("[{'op':'replace','path':'/title','value':'u'},{'op':'remove','path':'/tags/5'}]"), v1(), 1, 2));
        assertEquals("/tags/5", e.pointer());
        assertTrue(e.getMessage().contains("TodoItem 1 -> 2") && e.getMessage().contains("patch op 1 (remove)"),
                e.getMessage());
    }

    /** Counts items: [a, b] becomes {count: 2, items: [a, b]}. */
    static final class Counted implements CustomLens {
        @Override
        public JsonNode forward(JsonNode value, JsonNode base) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("count", value.size());
            out.set("items", value.deepCopy());
            return out;
        }

        @Override
        public JsonNode backward(JsonNode value, JsonNode base) {
            return ((ArrayNode) value.get("items")).deepCopy();
        }
    }

    @Test
    void custom_aWriteInsideTheFieldBecomesAWriteOfItsWholeTranslatedValue() {
        LensOp custom = new LensOp.Custom("tags", Counted.class.getName(), new Counted(), false);
        PatchTranslation tr = PatchTranslator.forward(Lens.of(custom), patch("[{'op':'add','path':'/tags/-','value':'c'}]"),
                json("{'tags':['a']}"));
        assertOps("[{'op':'replace','path':'/tags','value':{'count':2,'items':['a','c']}}]", tr);
        PatchTranslation back = PatchTranslator.backward(Lens.of(custom),
                patch("[{'op':'replace','path':'/tags/items/0','value':'z'}]"), json("{'tags':['a']}"));
        assertOps("[{'op':'replace','path':'/tags','value':['z']}]", back);
    }
}
