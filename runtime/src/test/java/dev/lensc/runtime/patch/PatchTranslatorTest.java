package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.doc;
import static dev.lensc.runtime.patch.Fixtures.json;
import static dev.lensc.runtime.patch.Fixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What each patch op becomes through each lens op, forwards (a patch on the source, translated to
 * the view) and backwards (a patch on the view, translated onto the source). Every case also checks
 * the commutation law on its input.
 */
class PatchTranslatorTest {

    /** Translates forward, checks the expected ops and the law, returns the translation. */
    static PatchTranslation forward(LensOp op, JsonNode doc, String patch, String expectedOps) {
        return forward(Lens.of(op), doc, patch, expectedOps);
    }

    static PatchTranslation forward(Lens lens, JsonNode doc, String patch, String expectedOps) {
        JsonPatch p = patch(patch);
        PatchTranslation tr = PatchTranslator.forward(lens, p, doc);
        assertOps(expectedOps, tr);
        JsonNode expected = lens.forward(p.applyTo(doc));
        JsonNode actual = tr.patch().applyTo(lens.forward(doc));
        assertTrue(JsonValues.equal(expected, actual), "law: expected " + expected + "\n but was " + actual);
        return tr;
    }

    static PatchTranslation backward(LensOp op, JsonNode doc, String viewPatch, String expectedOps) {
        return backward(Lens.of(op), doc, viewPatch, expectedOps);
    }

    static PatchTranslation backward(Lens lens, JsonNode doc, String viewPatch, String expectedOps) {
        JsonPatch q = patch(viewPatch);
        PatchTranslation tr = PatchTranslator.backward(lens, q, doc);
        assertOps(expectedOps, tr);
        JsonNode expected = lens.backward(q.applyTo(lens.forward(doc)), doc);
        JsonNode actual = tr.patch().applyTo(doc);
        assertTrue(JsonValues.equal(expected, actual), "law: expected " + expected + "\n but was " + actual);
        return tr;
    }

    private static void assertOps(String expectedOps, PatchTranslation tr) {
        assertTrue(JsonValues.equal(json(expectedOps), tr.patch().toJson()),
                "expected " + json(expectedOps) + "\n but was " + tr.patch() + "\n dropped " + tr.dropped());
    }

    static void assertDropped(PatchTranslation tr, int index, String reasonPart) {
        assertEquals(1, tr.dropped().size(), tr.dropped().toString());
        assertEquals(index, tr.dropped().get(0).index());
        assertTrue(tr.dropped().get(0).reason().contains(reasonPart), tr.dropped().get(0).reason());
    }

    @Nested
    class RenameOp {
        @Test
        void add_replace_test_followTheNewName() {
            forward(Fixtures.RENAME, doc(), "[{'op':'add','path':'/isDone','value':true}]",
                    "[{'op':'add','path':'/status','value':true}]");
            forward(Fixtures.RENAME, doc(), "[{'op':'replace','path':'/isDone','value':true}]",
                    "[{'op':'replace','path':'/status','value':true}]");
            forward(Fixtures.RENAME, doc(), "[{'op':'test','path':'/isDone','value':false}]",
                    "[{'op':'test','path':'/status','value':false}]");
        }

        @Test
        void remove_ofTheOldName_removesTheNewName_cambriaIgnoredIt() {
            forward(Fixtures.RENAME, doc(), "[{'op':'remove','path':'/isDone'}]", "[{'op':'remove','path':'/status'}]");
            backward(Fixtures.RENAME, doc(), "[{'op':'remove','path':'/status'}]", "[{'op':'remove','path':'/isDone'}]");
        }

        @Test
        void moveAndCopy_acrossARename_areTranslated_withEscapedPointers() {
            forward(Fixtures.RENAME_ESCAPED, doc(), "[{'op':'move','from':'/odd~1key~0','path':'/title'}]",
                    "[{'op':'move','from':'/plain~0~1','path':'/title'}]");
            forward(Fixtures.RENAME_ESCAPED, doc(), "[{'op':'copy','from':'/title','path':'/odd~1key~0'}]",
                    "[{'op':'copy','from':'/title','path':'/plain~0~1'}]");
            backward(Fixtures.RENAME_ESCAPED, doc(), "[{'op':'move','from':'/title','path':'/plain~0~1'}]",
                    "[{'op':'move','from':'/title','path':'/odd~1key~0'}]");
        }

        @Test
        void backward_replace_followsTheOldName() {
            backward(Fixtures.RENAME, doc(), "[{'op':'replace','path':'/status','value':true}]",
                    "[{'op':'replace','path':'/isDone','value':true}]");
        }

        @Test
        void remove_afterWrap_removesTheRenamedArray_notTheOldPath() {
            Lens lens = Lens.of(Fixtures.WRAP, new LensOp.Rename("assignee", "assignees"));
            forward(lens, doc(), "[{'op':'remove','path':'/assignee'}]", "[{'op':'remove','path':'/assignees'}]");
            forward(lens, doc(), "[{'op':'replace','path':'/assignee','value':'bo'}]",
                    "[{'op':'replace','path':'/assignees/0','value':'bo'}]");
        }

        @Test
        void remove_ofTheFirstItem_afterHead_makesTheNextItemTheRenamedValue() {
            Lens lens = Lens.of(Fixtures.HEAD, new LensOp.Rename("tags", "tag"));
            forward(lens, doc(), "[{'op':'remove','path':'/tags/0'}]", "[{'op':'replace','path':'/tag','value':'b'}]");
            forward(lens, doc(), "[{'op':'remove','path':'/tags'}]", "[{'op':'remove','path':'/tag'}]");
        }
    }

    @Nested
    class AddAndRemoveOps {
        @Test
        void writesToARemovedField_vanish_andAreReportedDropped() {
            PatchTranslation tr = forward(Fixtures.REMOVE, doc(),
                    "[{'op':'replace','path':'/legacy','value':'y'},{'op':'replace','path':'/title','value':'u'}]",
                    "[{'op':'replace','path':'/title','value':'u'}]");
            assertDropped(tr, 0, "no field 'legacy'");
            assertDropped(forward(Fixtures.REMOVE, doc(), "[{'op':'remove','path':'/legacy'}]", "[]"), 0, "legacy");
            assertDropped(forward(Fixtures.REMOVE, doc(), "[{'op':'test','path':'/legacy','value':'x'}]", "[]"), 0,
                    "legacy");
        }

        @Test
        void moveOutOfARemovedField_becomesAnAdd_andIntoIt_becomesARemove() {
            forward(Fixtures.REMOVE, doc(), "[{'op':'move','from':'/legacy','path':'/title'}]",
                    "[{'op':'add','path':'/title','value':'x'}]");
            assertDropped(forward(Fixtures.REMOVE, doc(), "[{'op':'move','from':'/title','path':'/legacy'}]",
                    "[{'op':'remove','path':'/title'}]"), 0, "the value leaves the target version");
            forward(Fixtures.REMOVE, doc(), "[{'op':'copy','from':'/legacy','path':'/owner'}]",
                    "[{'op':'add','path':'/owner','value':'x'}]");
        }

        @Test
        void backward_writesToAnAddedField_areDropped_andRemovingTheRemovedFieldsHolder_keepsIt() {
            assertDropped(backward(Fixtures.ADD, doc(), "[{'op':'replace','path':'/groupId','value':'w'}]", "[]"), 0,
                    "no field 'groupId'");
            backward(Fixtures.REMOVE, doc(), "[{'op':'replace','path':'/title','value':'n'}]",
                    "[{'op':'replace','path':'/title','value':'n'}]");
        }

        @Test
        void forward_addedFieldsAreUntouchedBySourceWrites() {
            forward(Fixtures.ADD, doc(), "[{'op':'replace','path':'/title','value':'n'}]",
                    "[{'op':'replace','path':'/title','value':'n'}]");
        }
    }

    @Nested
    class HoistAndPlunge {
        @Test
        void hoist_mapsWritesMovesAndRemoves() {
            forward(Fixtures.HOIST, doc(), "[{'op':'replace','path':'/metadata/priority','value':5}]",
                    "[{'op':'replace','path':'/priority','value':5}]");
            forward(Fixtures.HOIST, doc(), "[{'op':'move','from':'/metadata/priority','path':'/extras/k'}]",
                    "[{'op':'move','from':'/priority','path':'/extras/k'}]");
            backward(Fixtures.HOIST, doc(), "[{'op':'remove','path':'/priority'}]",
                    "[{'op':'remove','path':'/metadata/priority'}]");
        }

        @Test
        void hoist_wholeHostWrite_becomesTheWritesOfBothPlaces() {
            forward(Fixtures.HOIST, doc(),
                    "[{'op':'add','path':'/metadata','value':{'createdBy':'q','priority':9,'note':null}}]",
                    "[{'op':'add','path':'/metadata','value':{'createdBy':'q','note':null}},"
                            + "{'op':'add','path':'/priority','value':9}]");
        }

        @Test
        void hoist_testOfTheWholeHost_testsTheHostAndTheHoistedField() {
            forward(Fixtures.HOIST, doc(),
                    "[{'op':'test','path':'/metadata','value':{'createdBy':'cy','priority':2,'note':null}}]",
                    "[{'op':'test','path':'/metadata','value':{'createdBy':'cy','note':null}},"
                            + "{'op':'test','path':'/priority','value':2}]");
        }

        @Test
        void plunge_buildsNestedPaths_andCreatesAMissingHost() {
            forward(Fixtures.PLUNGE, doc(), "[{'op':'replace','path':'/owner','value':'z'}]",
                    "[{'op':'replace','path':'/metadata/owner','value':'z'}]");
            forward(Fixtures.PLUNGE, doc(), "[{'op':'remove','path':'/owner'}]",
                    "[{'op':'remove','path':'/metadata/owner'}]");
            forward(Fixtures.PLUNGE, json("{'title':'t'}"), "[{'op':'add','path':'/owner','value':'z'}]",
                    "[{'op':'add','path':'/metadata','value':{'owner':'z'}}]");
            backward(Fixtures.PLUNGE, doc(), "[{'op':'copy','from':'/title','path':'/metadata/owner'}]",
                    "[{'op':'copy','from':'/title','path':'/owner'}]");
        }
    }

    @Nested
    class WrapAndHead {
        @Test
        void wrap_writesTheOneItem_andKeepsABasesTail() {
            forward(Fixtures.WRAP, doc(), "[{'op':'replace','path':'/assignee','value':'bo'}]",
                    "[{'op':'replace','path':'/assignee/0','value':'bo'}]");
            // the path-level translation, which the document confirms: wrap holds null as []
            forward(Fixtures.WRAP, doc(), "[{'op':'replace','path':'/assignee','value':null}]",
                    "[{'op':'replace','path':'/assignee','value':[]}]");
            forward(Fixtures.WRAP, json("{'assignee':null}"), "[{'op':'replace','path':'/assignee','value':'bo'}]",
                    "[{'op':'add','path':'/assignee/0','value':'bo'}]");
            forward(Fixtures.WRAP, doc(), "[{'op':'test','path':'/assignee','value':'ann'}]",
                    "[{'op':'test','path':'/assignee/0','value':'ann'}]");
            forward(Fixtures.WRAP, json("{'assignee':null}"), "[{'op':'test','path':'/assignee','value':null}]",
                    "[{'op':'test','path':'/assignee','value':[]}]");
            JsonNode base = json("{'assignee':['ann','cy']}");
            PatchTranslation onBase = PatchTranslator.forward(Lens.of(Fixtures.WRAP),
                    patch("[{'op':'replace','path':'/assignee','value':'bo'}]"), json("{'assignee':'ann'}"), base);
            assertOps("[{'op':'replace','path':'/assignee/0','value':'bo'}]", onBase);
        }

        @Test
        void head_removingTheFirstItem_makesTheSecondTheHead_notANullWrite() {
            forward(Fixtures.HEAD, doc(), "[{'op':'remove','path':'/tags/0'}]",
                    "[{'op':'replace','path':'/tags','value':'b'}]");
            forward(Fixtures.HEAD, json("{'tags':['a']}"), "[{'op':'remove','path':'/tags/0'}]",
                    "[{'op':'replace','path':'/tags','value':null}]");
        }

        @Test
        void head_appendingToAnEmptyArray_setsTheHead() {
            forward(Fixtures.HEAD, json("{'tags':[]}"), "[{'op':'add','path':'/tags/-','value':'c'}]",
                    "[{'op':'add','path':'/tags','value':'c'}]");
            assertDropped(forward(Fixtures.HEAD, doc(), "[{'op':'add','path':'/tags/-','value':'c'}]", "[]"), 0,
                    "only the first item of 'tags'");
        }

        @Test
        void head_writesBeyondTheFirstItem_areDropped_andIndexZeroWritesMap() {
            assertDropped(forward(Fixtures.HEAD, doc(), "[{'op':'replace','path':'/tags/1','value':'z'}]", "[]"), 0,
                    "first item");
            forward(Fixtures.HEAD, doc(), "[{'op':'add','path':'/tags/0','value':'z'}]",
                    "[{'op':'add','path':'/tags','value':'z'}]");
            forward(Fixtures.HEAD, doc(), "[{'op':'move','from':'/tags/1','path':'/tags/0'}]",
                    "[{'op':'add','path':'/tags','value':'b'}]");
            assertDropped(forward(Fixtures.HEAD, doc(), "[{'op':'test','path':'/tags/1','value':'b'}]", "[]"), 0,
                    "first item");
        }

        @Test
        void backward_throughHead_writesItemZero_andKeepsTheTail() {
            backward(Fixtures.HEAD, doc(), "[{'op':'replace','path':'/tags','value':'z'}]",
                    "[{'op':'replace','path':'/tags/0','value':'z'}]");
            backward(Fixtures.HEAD, json("{'tags':[]}"), "[{'op':'replace','path':'/tags','value':'z'}]",
                    "[{'op':'add','path':'/tags/0','value':'z'}]");
        }

        @Test
        void backward_throughWrap_mapsItemZero_andDropsTheTail() {
            backward(Fixtures.WRAP, doc(), "[{'op':'replace','path':'/assignee/0','value':'bo'}]",
                    "[{'op':'replace','path':'/assignee','value':'bo'}]");
            assertDropped(backward(Fixtures.WRAP, doc(), "[{'op':'add','path':'/assignee/-','value':'cy'}]", "[]"), 0,
                    "first item of 'assignee'");
            backward(Fixtures.WRAP, doc(), "[{'op':'remove','path':'/assignee/0'}]",
                    "[{'op':'replace','path':'/assignee','value':null}]");
        }
    }

    @Nested
    class InAndMap {
        @Test
        void in_appliesNestedRenamesToPathsAndToWholeValueWrites() {
            forward(Fixtures.IN, doc(), "[{'op':'replace','path':'/metadata/createdBy','value':'z'}]",
                    "[{'op':'replace','path':'/metadata/author','value':'z'}]");
            forward(Fixtures.IN, doc(), "[{'op':'remove','path':'/metadata/createdBy'}]",
                    "[{'op':'remove','path':'/metadata/author'}]");
            forward(Fixtures.IN, doc(),
                    "[{'op':'add','path':'/metadata','value':{'createdBy':'q','priority':1,'note':null}}]",
                    "[{'op':'add','path':'/metadata','value':{'author':'q','priority':1,'note':null,'reviewed':false}}]");
            assertDropped(backward(Fixtures.IN, doc(), "[{'op':'replace','path':'/metadata/reviewed','value':true}]",
                    "[]"), 0, "no field 'reviewed'");
        }

        @Test
        void map_newItemsGetTheTargetsDefaults_andItemPathsKeepTheirIndex() {
            forward(Fixtures.MAP, doc(), "[{'op':'add','path':'/items/-','value':{'label':'n','done':false}}]",
                    "[{'op':'add','path':'/items/-','value':{'text':'n','done':false,'prio':3}}]");
            forward(Fixtures.MAP, doc(), "[{'op':'replace','path':'/items/1/label','value':'z'}]",
                    "[{'op':'replace','path':'/items/1/text','value':'z'}]");
            forward(Fixtures.MAP, doc(), "[{'op':'remove','path':'/items/0'}]", "[{'op':'remove','path':'/items/0'}]");
            forward(Fixtures.MAP, doc(), "[{'op':'move','from':'/items/0','path':'/items/1'}]",
                    "[{'op':'move','from':'/items/0','path':'/items/1'}]");
            forward(Fixtures.MAP, doc(), "[{'op':'copy','from':'/items/0','path':'/items/-'}]",
                    "[{'op':'copy','from':'/items/0','path':'/items/-'}]");
            forward(Fixtures.MAP, doc(), "[{'op':'test','path':'/items/1/label','value':'two'}]",
                    "[{'op':'test','path':'/items/1/text','value':'two'}]");
        }

        @Test
        void map_backward_dropsWritesToAddedItemFields_andStripsThemFromNewItems() {
            assertDropped(backward(Fixtures.MAP, doc(), "[{'op':'replace','path':'/items/0/prio','value':7}]", "[]"),
                    0, "no field 'prio'");
            backward(Fixtures.MAP, doc(), "[{'op':'add','path':'/items/0','value':{'text':'n','done':true,'prio':3}}]",
                    "[{'op':'add','path':'/items/0','value':{'label':'n','done':true}}]");
        }

        @Test
        void nested_wholeItemWrite_isOneOpWithConvertedAndWrappedValues_notDefaultWritesThenOverwrites() {
            forward(Fixtures.NESTED, doc(), "[{'op':'add','path':'/items/-','value':{'label':'n','done':true}}]",
                    "[{'op':'add','path':'/items/-','value':{'label':['n'],'done':'done'}}]");
            forward(Fixtures.NESTED, doc(), "[{'op':'replace','path':'/items/0/label','value':'z'}]",
                    "[{'op':'replace','path':'/items/0/label/0','value':'z'}]");
            backward(Fixtures.NESTED, doc(), "[{'op':'replace','path':'/items/1/done','value':'active'}]",
                    "[{'op':'replace','path':'/items/1/done','value':false}]");
        }
    }

    @Nested
    class ConvertOp {
        @Test
        void convert_mapsWrittenAndTestedValues() {
            forward(Fixtures.CONVERT, doc(), "[{'op':'replace','path':'/isDone','value':true}]",
                    "[{'op':'replace','path':'/isDone','value':'done'}]");
            forward(Fixtures.CONVERT, doc(), "[{'op':'test','path':'/isDone','value':false}]",
                    "[{'op':'test','path':'/isDone','value':'active'}]");
        }

        @Test
        void copy_outOfAConvertedField_writesTheSourceValue_notTheConvertedOne() {
            forward(Fixtures.CONVERT, doc(), "[{'op':'copy','from':'/isDone','path':'/title'}]",
                    "[{'op':'replace','path':'/title','value':false}]");
        }

        @Test
        void convert_backward_oneWayValues_andTheBaseKeepsAValueWithTheSameImage() {
            backward(Fixtures.CONVERT, json("{'isDone':true}"), "[{'op':'replace','path':'/isDone','value':'blocked'}]",
                    "[{'op':'replace','path':'/isDone','value':false}]");
            backward(Fixtures.CONVERT_ENUM, doc(), "[{'op':'replace','path':'/state','value':'closed'},"
                    + "{'op':'replace','path':'/state','value':'open'}]",
                    "[{'op':'replace','path':'/state','value':'done'},{'op':'replace','path':'/state','value':'todo'}]");
        }

        @Test
        void aValueTheLensCannotConvert_isRejectedWithTheLensError_andTheNextTranslatableWriteCatchesUp() {
            LensOp toInt = new LensOp.Convert("title", Fixtures.STRING, Fixtures.INT, java.util.List.of(), null, null);
            JsonPatch p = patch("[{'op':'replace','path':'/title','value':'abc'},{'op':'replace','path':'/owner','value':'o'},"
                    + "{'op':'replace','path':'/title','value':'8'}]");
            PatchTranslation tr = PatchTranslator.forward(Lens.of(toInt), p, json("{'title':'7','owner':'x'}"));
            // op 1 cannot be translated alone either (the document still holds "abc"); op 2 brings both
            assertOps("[{'op':'replace','path':'/title','value':8},{'op':'replace','path':'/owner','value':'o'}]", tr);
            assertEquals(2, tr.rejected().size(), tr.rejected().toString());
            assertEquals(1, tr.rejected().get(1).index());
            assertEquals("/owner", tr.rejected().get(1).pointer());
            assertTrue(tr.rejected().get(0).reason().contains("\"abc\" cannot become int"), tr.rejected().toString());
        }

        @Test
        void convert_wholeObjectWrite_neverWritesAnInvalidEnumValue() {
            Lens lens = Lens.of(new LensOp.In("metadata", java.util.List.of(Fixtures.CONVERT_ENUM)));
            forward(lens, json("{'metadata':{'state':'done'}}"),
                    "[{'op':'add','path':'/metadata','value':{'state':'todo'}}]",
                    "[{'op':'add','path':'/metadata','value':{'state':'open'}}]");
        }
    }

    @Test
    void translation_neverChangesTheSourceTheBaseOrThePatch() {
        JsonNode source = doc();
        JsonNode base = Fixtures.chain().forward(doc());
        JsonPatch p = patch("[{'op':'add','path':'/items/-','value':{'label':'n','done':true}},"
                + "{'op':'remove','path':'/tags/0'},{'op':'move','from':'/metadata/priority','path':'/extras/p'}]");
        String before = source + " " + base + " " + p;
        PatchTranslator.forward(Fixtures.chain(), p, source, base);
        PatchTranslator.backward(Fixtures.chain(), patch("[{'op':'replace','path':'/tags','value':'q'}]"), source);
        assertEquals(before, source + " " + base + " " + p);
    }

    @Test
    void chain_translatesThroughEveryOp() {
        forward(Fixtures.chain(), doc(), "[{'op':'replace','path':'/isDone','value':true},"
                + "{'op':'replace','path':'/odd~1key~0','value':'p'},{'op':'remove','path':'/tags/0'},"
                + "{'op':'replace','path':'/owner','value':'w'},{'op':'replace','path':'/legacy','value':'y'}]",
                "[{'op':'replace','path':'/status','value':'done'},{'op':'replace','path':'/plain~0~1','value':'p'},"
                        + "{'op':'replace','path':'/tags','value':'b'},{'op':'replace','path':'/metadata/owner','value':'w'}]");
    }
}
