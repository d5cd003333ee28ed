package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.json;
import static dev.lensc.runtime.patch.Fixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.LensException;
import org.junit.jupiter.api.Test;

class JsonPatchTest {

    private static void assertApplies(String doc, String patch, String expected) {
        JsonNode result = JsonPatch.apply(patch(patch), json(doc));
        assertTrue(JsonValues.equal(json(expected), result), "expected " + json(expected) + " but was " + result);
    }

    @Test
    void add_insertsIntoArrays_andDashAppends() {
        assertApplies("{'a':[1,2]}", "[{'op':'add','path':'/a/1','value':9},{'op':'add','path':'/a/-','value':3}]",
                "{'a':[1,9,2,3]}");
    }

    @Test
    void add_onAnExistingMember_replacesIt() {
        assertApplies("{'a':1}", "[{'op':'add','path':'/a','value':{'b':2}}]", "{'a':{'b':2}}");
    }

    @Test
    void pointers_unescapeTildeZeroAndTildeOne() {
        assertApplies("{'a/b':{'c~d':1}}", "[{'op':'replace','path':'/a~1b/c~0d','value':2}]", "{'a/b':{'c~d':2}}");
    }

    @Test
    void replace_ofTheRoot_replacesTheDocument() {
        assertApplies("{'a':1}", "[{'op':'replace','path':'','value':[1]}]", "[1]");
    }

    @Test
    void replace_keepsTheMemberInItsPlace_andTheItemAtItsIndex() {
        JsonNode result = JsonPatch.apply(patch("[{'op':'replace','path':'/b','value':{'x':1}},"
                + "{'op':'replace','path':'/c/1','value':9}]"), json("{'a':1,'b':2,'c':[1,2,3],'d':4}"));
        assertEquals("{\"a\":1,\"b\":{\"x\":1},\"c\":[1,9,3],\"d\":4}", result.toString());
        assertThrows(LensException.class, () -> JsonPatch.apply(patch("[{'op':'replace','path':'/z','value':1}]"),
                json("{'a':1}")), "replace needs the member to exist");
        assertThrows(LensException.class, () -> JsonPatch.apply(patch("[{'op':'replace','path':'/c/3','value':1}]"),
                json("{'c':[1,2,3]}")));
    }

    @Test
    void move_removesThenAdds_withTheTargetIndexSeenAfterRemoval() {
        assertApplies("{'a':[1,2,3]}", "[{'op':'move','from':'/a/0','path':'/a/2'}]", "{'a':[2,3,1]}");
        assertApplies("{'a':{'x':1},'b':{}}", "[{'op':'move','from':'/a/x','path':'/b/y'}]", "{'a':{},'b':{'y':1}}");
    }

    @Test
    void copy_addsADetachedCopy() {
        JsonNode result = JsonPatch.apply(patch("[{'op':'copy','from':'/a','path':'/b'},"
                + "{'op':'add','path':'/b/x','value':2}]"), json("{'a':{'x':1}}"));
        assertTrue(JsonValues.equal(json("{'a':{'x':1},'b':{'x':2}}"), result), result.toString());
    }

    @Test
    void test_comparesNumbersByValue() {
        assertApplies("{'a':1}", "[{'op':'test','path':'/a','value':1.0}]", "{'a':1}");
    }

    @Test
    void failingOps_nameTheOpIndexAndPointer() {
        LensException e = assertThrows(LensException.class, () -> JsonPatch.apply(
                patch("[{'op':'add','path':'/a','value':1},{'op':'remove','path':'/missing'}]"), json("{}")));
        assertEquals("/missing", e.pointer());
        assertTrue(e.getMessage().contains("patch op 1 (remove)"), e.getMessage());

        LensException t = assertThrows(LensException.class, () -> JsonPatch.apply(
                patch("[{'op':'test','path':'/a','value':2}]"), json("{'a':1}")));
        assertTrue(t.getMessage().contains("patch op 0 (test)") && t.getMessage().contains("expected 2, found 1"),
                t.getMessage());
    }

    @Test
    void arrayIndexes_mustBeInRangeAndWithoutLeadingZeros() {
        assertThrows(LensException.class, () -> JsonPatch.apply(patch("[{'op':'add','path':'/a/3','value':1}]"),
                json("{'a':[1]}")));
        LensException e = assertThrows(LensException.class, () -> JsonPatch.apply(
                patch("[{'op':'replace','path':'/a/01','value':1}]"), json("{'a':[1,2]}")));
        assertTrue(e.getMessage().contains("'01' is not an array index"), e.getMessage());
    }

    @Test
    void move_intoItsOwnChild_isRejected() {
        assertThrows(LensException.class, () -> JsonPatch.apply(
                patch("[{'op':'move','from':'/a','path':'/a/b'}]"), json("{'a':{}}")));
    }

    @Test
    void apply_neverChangesTheInputDocumentOrThePatch() {
        JsonNode doc = json("{'a':{'x':[1]}}");
        JsonPatch p = patch("[{'op':'add','path':'/b','value':{'y':1}},{'op':'add','path':'/b/z','value':2},"
                + "{'op':'remove','path':'/a/x/0'}]");
        String docBefore = doc.toString();
        String patchBefore = p.toString();
        JsonPatch.apply(p, doc);
        assertEquals(docBefore, doc.toString());
        assertEquals(patchBefore, p.toString());
    }

    @Test
    void parse_andToJson_roundTrip() {
        String text = "[{'op':'add','path':'/a','value':1},{'op':'remove','path':'/b'},"
                + "{'op':'replace','path':'/c','value':null},{'op':'move','from':'/d','path':'/e'},"
                + "{'op':'copy','from':'/f','path':'/g'},{'op':'test','path':'/h','value':[1]}]";
        assertEquals(json(text), patch(text).toJson());
    }

    @Test
    void parse_namesThePointerOfABadMember() {
        LensException e = assertThrows(LensException.class,
                () -> patch("[{'op':'add','path':'/a','value':1},{'op':'frobnicate','path':'/a'}]"));
        assertEquals("/1/op", e.pointer());
        LensException missing = assertThrows(LensException.class, () -> patch("[{'op':'add','path':'/a'}]"));
        assertEquals("/0/value", missing.pointer());
        LensException notPointer = assertThrows(LensException.class,
                () -> patch("[{'op':'remove','path':'a'}]"));
        assertEquals("/0/path", notPointer.pointer());
    }
}
