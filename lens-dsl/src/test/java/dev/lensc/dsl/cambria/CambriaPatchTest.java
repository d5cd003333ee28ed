package dev.lensc.dsl.cambria;

import static dev.lensc.dsl.cambria.Json.json;
import static dev.lensc.dsl.cambria.Json.lens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lensc.runtime.patch.JsonPatch;
import dev.lensc.runtime.patch.PatchTranslation;
import dev.lensc.runtime.patch.PatchTranslator;
import dev.lensc.runtime.schema.Type;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cambria's own patch tests (test/patch.ts, {@code applyLensToPatch}) ported to path-level mode:
 * no document, only the lens and the patch. Where Lensc's output differs, the test says so and
 * asserts Lensc's; each difference is a row of docs/cambria-compat.md ("Patches").
 */
class CambriaPatchTest {

    private static final CambriaLens PROJECT = lens("lens:",
            "  - rename: { source: title, destination: name }",
            "  - add: { name: description, type: string, default: '' }",
            "  - convert:",
            "      name: complete",
            "      sourceType: boolean",
            "      destinationType: string",
            "      mapping:",
            "        - { false: todo, true: done }",
            "        - { todo: false, inProgress: false, done: true }");

    private static PatchTranslation forward(CambriaLens l, String patch) {
        return PatchTranslator.forward(l.lens(), JsonPatch.parse(json(patch)));
    }

    private static PatchTranslation backward(CambriaLens l, String patch) {
        return PatchTranslator.forward(l.reverse().lens(), JsonPatch.parse(json(patch)));
    }

    private static void assertOps(String expected, PatchTranslation tr) {
        assertEquals(json(expected), tr.patch().toJson(), () -> "dropped " + tr.dropped() + " rejected "
                + tr.rejected() + " warnings " + tr.warnings());
        assertTrue(tr.rejected().isEmpty(), tr.rejected().toString());
    }

    @Nested
    class FieldRename {
        @Test
        void convertsUpwards() {
            assertOps("[{'op':'replace','path':'/name','value':'new title'}]",
                    forward(PROJECT, "[{'op':'replace','path':'/title','value':'new title'}]"));
        }

        @Test
        void doesNotRenameAnotherPropertyThatStartsWithTheSameString() {
            assertOps("[{'op':'replace','path':'/title_bla','value':'new title'}]",
                    forward(PROJECT, "[{'op':'replace','path':'/title_bla','value':'new title'}]"));
        }

        @Test
        void translatesEveryOpKind_notOnlyAddAndReplace() {
            // Cambria renames only add and replace: a remove, move or test of /title passes unchanged
            assertOps("[{'op':'remove','path':'/name'},{'op':'test','path':'/name','value':'x'},"
                    + "{'op':'move','from':'/name','path':'/other'}]",
                    forward(PROJECT, "[{'op':'remove','path':'/title'},{'op':'test','path':'/title','value':'x'},"
                            + "{'op':'move','from':'/title','path':'/other'}]"));
        }

        @Test
        void convertsDownwards() {
            assertOps("[{'op':'replace','path':'/title','value':'new name'}]",
                    backward(PROJECT, "[{'op':'replace','path':'/name','value':'new name'}]"));
        }
    }

    @Test
    void addField_becomesAnEmptyPatchWhenReversed_reportedAsDropped() {
        PatchTranslation tr = backward(PROJECT, "[{'op':'replace','path':'/description','value':'going swimmingly'}]");
        assertOps("[]", tr);
        assertEquals(1, tr.dropped().size());
        assertEquals("/description", tr.dropped().get(0).pointer());
    }

    @Nested
    class ValueConversion {
        @Test
        void convertsFromABooleanToAStringEnum() {
            assertOps("[{'op':'replace','path':'/complete','value':'done'}]",
                    forward(PROJECT, "[{'op':'replace','path':'/complete','value':true}]"));
        }

        @Test
        void reverseConvertsFromAStringEnumToABoolean() {
            assertOps("[{'op':'replace','path':'/complete','value':false}]",
                    backward(PROJECT, "[{'op':'replace','path':'/complete','value':'inProgress'}]"));
        }

        @Test
        void handlesAValueConversionAndARenameInTheSameLens() {
            CambriaLens l = lens("lens:",
                    "  - rename: { source: complete, destination: status }",
                    "  - convert:",
                    "      name: status",
                    "      sourceType: boolean",
                    "      destinationType: string",
                    "      mapping:",
                    "        - { false: todo, true: done }",
                    "        - { todo: false, inProgress: false, done: true }");
            assertOps("[{'op':'replace','path':'/status','value':'done'}]",
                    forward(l, "[{'op':'replace','path':'/complete','value':true}]"));
        }

        @Test
        void aValueNotInTheTable_isRejectedNamingOpIndexAndPointer() {
            // Cambria throws "No mapping for value: archived" with no path
            PatchTranslation tr = forward(PROJECT, "[{'op':'replace','path':'/title','value':'t'},"
                    + "{'op':'replace','path':'/complete','value':'archived'}]");
            assertEquals(1, tr.rejected().size());
            assertEquals("op 1 at /complete: no mapping for \"archived\" and no fallback"
                    + " (in op 'convert complete: boolean -> string')", tr.rejected().get(0).describe());
        }
    }

    @Nested
    class NestedObjects {
        private final CambriaLens l = lens("lens:", "  - in: { name: metadata, lens: [ { rename: { source: title, destination: name } } ] }");

        @Test
        void renamesAFieldCorrectly() {
            assertOps("[{'op':'replace','path':'/metadata/name','value':'hello'}]",
                    forward(l, "[{'op':'replace','path':'/metadata/title','value':'hello'}]"));
        }

        @Test
        void doesNotRenameAnotherField() {
            assertOps("[{'op':'replace','path':'/otherparent/title','value':'hello'}]",
                    forward(l, "[{'op':'replace','path':'/otherparent/title','value':'hello'}]"));
        }

        @Test
        void renamesAFieldInTheLeftDirection() {
            assertOps("[{'op':'replace','path':'/metadata/title','value':'hello'}]",
                    backward(l, "[{'op':'replace','path':'/metadata/name','value':'hello'}]"));
        }

        @Test
        void renamesTheFieldWhenAWholeObjectIsSet_asOneWriteOfTheTranslatedObject() {
            // Cambria: [replace /metadata {}, replace /metadata/name "hello"] (its patch expander)
            assertOps("[{'op':'replace','path':'/metadata','value':{'name':'hello'}}]",
                    forward(l, "[{'op':'replace','path':'/metadata','value':{'title':'hello'}}]"));
        }
    }

    @Nested
    class Arrays {
        private final CambriaLens l = lens("lens:",
                "  - in: { name: tasks, lens: [ { map: { lens: [ { rename: { source: title, destination: name } } ] } } ] }");

        @Test
        void renamesAFieldInAnArrayElement() {
            assertOps("[{'op':'replace','path':'/tasks/23/name','value':'hello'}]",
                    forward(l, "[{'op':'replace','path':'/tasks/23/title','value':'hello'}]"));
        }

        @Test
        void renamesAFieldInTheLeftDirection() {
            assertOps("[{'op':'replace','path':'/tasks/23/title','value':'hello'}]",
                    backward(l, "[{'op':'replace','path':'/tasks/23/name','value':'hello'}]"));
        }
    }

    @Test
    void hoist_pullsAFieldUpToItsParent() {
        CambriaLens l = lens("lens:", "  - hoist: { host: metadata, name: createdAt }");
        assertOps("[{'op':'replace','path':'/createdAt','value':'July 7th, 2020'}]",
                forward(l, "[{'op':'replace','path':'/metadata/createdAt','value':'July 7th, 2020'}]"));
    }

    @Test
    void plunge_pushesAFieldIntoItsChild() {
        CambriaLens l = lens("lens:", "  - plunge: { host: metadata, name: title }");
        assertOps("[{'op':'replace','path':'/metadata/title','value':'Fun project'}]",
                forward(l, "[{'op':'replace','path':'/title','value':'Fun project'}]"));
    }

    @Nested
    class Wrap {
        private final CambriaLens l = lens("lens:", "  - wrap: { name: assignee }");

        @Test
        void convertsAReplaceOfTheScalarIntoAReplaceOfItem0_andSaysItReadsTheValueAsNotNull() {
            PatchTranslation tr = forward(l, "[{'op':'replace','path':'/assignee','value':'July 7th, 2020'}]");
            assertOps("[{'op':'replace','path':'/assignee/0','value':'July 7th, 2020'}]", tr);
            assertEquals(1, tr.warnings().size());
            assertTrue(tr.warnings().get(0).reason().contains("wrap assignee"), tr.warnings().toString());
        }

        @Test
        void anAddOfTheScalar_setsTheWholeArray_notAnInsertAtItem0() {
            // Cambria: add /assignee/0, an insert into an array that may hold an item already (or not exist)
            assertOps("[{'op':'add','path':'/assignee','value':['July 7th, 2020']}]",
                    forward(l, "[{'op':'add','path':'/assignee','value':'July 7th, 2020'}]"));
        }

        @Test
        void aNullWrite_emptiesTheArray() {
            // Cambria: remove /assignee/0 (which fails on an array that is empty already); wrap holds null as []
            assertOps("[{'op':'replace','path':'/assignee','value':[]}]",
                    forward(l, "[{'op':'replace','path':'/assignee','value':null}]"));
        }

        @Test
        void matchesTheWholeFieldName_notAPrefix() {
            // Cambria's wrap matches ^/(assignee)(.*): /assigneeNote becomes /assignee/0Note
            assertOps("[{'op':'replace','path':'/assigneeNote','value':'x'}]",
                    forward(l, "[{'op':'replace','path':'/assigneeNote','value':'x'}]"));
        }

        @Test
        void handlesAWrapFollowedByARename() {
            CambriaLens wr = lens("lens:", "  - wrap: { name: assignee }", "  - rename: { source: assignee, destination: assignees }");
            assertOps("[{'op':'replace','path':'/assignees/0','value':'pvh'}]",
                    forward(wr, "[{'op':'replace','path':'/assignee','value':'pvh'}]"));
        }

        @Test
        void convertsNestedValuesIntoWritesInsideItem0() {
            assertOps("[{'op':'replace','path':'/assignee/0/name','value':'Orion'}]",
                    forward(l, "[{'op':'replace','path':'/assignee/name','value':'Orion'}]"));
        }

        @Test
        void reverse_convertsAnItem0WriteIntoAWriteOfTheScalar() {
            assertOps("[{'op':'replace','path':'/assignee','value':'July 7th, 2020'}]",
                    backward(l, "[{'op':'replace','path':'/assignee/0','value':'July 7th, 2020'}]"));
        }
    }

    @Nested
    class Head {
        private final CambriaLens l = lens("lens:", "  - head: { name: assignee }");

        @Test
        void convertsAWriteOfItem0IntoAWriteOfTheScalar() {
            assertOps("[{'op':'replace','path':'/assignee','value':'Peter'}]",
                    forward(l, "[{'op':'replace','path':'/assignee/0','value':'Peter'}]"));
        }

        @Test
        void aWriteOfAnotherItemIsDropped() {
            PatchTranslation tr = forward(l, "[{'op':'replace','path':'/assignee/1','value':'Peter'}]");
            assertOps("[]", tr);
            assertEquals("/assignee/1", tr.dropped().get(0).pointer());
        }

        @Test
        void aRemoveOfItem0_writesNull_withAWarningForArraysOfMoreItems() {
            PatchTranslation tr = forward(l, "[{'op':'remove','path':'/assignee/0'}]");
            assertOps("[{'op':'replace','path':'/assignee','value':null}]", tr);
            assertTrue(tr.warnings().get(0).reason().contains("item 1 becomes the value"), tr.warnings().toString());
        }

        @Test
        void preservesTheRestOfThePathAfterTheIndex_withValuesNullsAndRemoves() {
            assertOps("[{'op':'replace','path':'/assignee/age','value':23}]",
                    forward(l, "[{'op':'replace','path':'/assignee/0/age','value':23}]"));
            assertOps("[{'op':'replace','path':'/assignee/age','value':null}]",
                    forward(l, "[{'op':'replace','path':'/assignee/0/age','value':null}]"));
            assertOps("[{'op':'remove','path':'/assignee/age'}]",
                    forward(l, "[{'op':'remove','path':'/assignee/0/age'}]"));
        }

        @Test
        void correctlyHandlesASequenceOfArrayWrites() {
            PatchTranslation tr = forward(l, "[{'op':'add','path':'/assignee/0','value':'geoffrey'},"
                    + "{'op':'add','path':'/assignee/1','value':'orion'},{'op':'remove','path':'/assignee/1'},"
                    + "{'op':'replace','path':'/assignee/0','value':'orion'}]");
            assertOps("[{'op':'add','path':'/assignee','value':'geoffrey'},"
                    + "{'op':'replace','path':'/assignee','value':'orion'}]", tr);
            assertEquals(2, tr.dropped().size());
        }

        @Test
        void reverse_convertsAWriteOfTheScalarIntoAWriteOfItem0() {
            assertOps("[{'op':'replace','path':'/assignee/0','value':'July 7th, 2020'}]",
                    backward(l, "[{'op':'replace','path':'/assignee','value':'July 7th, 2020'}]"));
        }
    }

    @Nested
    class DefaultValues {
        private final CambriaLens v1 = lens("lens:",
                "  - add: { name: tags, type: array, items: { type: object }, default: [] }",
                "  - in:",
                "      name: tags",
                "      lens:",
                "        - map:",
                "            lens:",
                "              - add: { name: name, type: string, default: '' }",
                "              - add: { name: color, type: string, default: '#ffffff' }");

        @Test
        void aNewArrayItem_getsTheFieldsItsLensAdds_inOneWrite() {
            // Cambria: add /labels/123 {}, then one add per default, then the written name again
            CambriaLens v1ToV2 = lens("lens:",
                    "  - rename: { source: tags, destination: labels }",
                    "  - in: { name: labels, lens: [ { map: { lens: [ { add: { name: important, type: boolean, default: false } } ] } } ] }");
            Type v1Type = v1.outputType(Type.ObjectType.empty());
            PatchTranslation tr = PatchTranslator.forward(v1ToV2.lens(),
                    JsonPatch.parse(json("[{'op':'add','path':'/tags/123','value':{'name':'bug','color':'#ffffff'}}]")), v1Type);
            assertOps("[{'op':'add','path':'/labels/123','value':{'name':'bug','color':'#ffffff','important':false}}]", tr);
        }

        @Test
        void aPatchOnAnObjectKeyThatAlreadyExists_isNotExpanded() {
            assertOps("[{'op':'add','path':'/tags/123/name','value':'bug'}]",
                    forward(lens("lens: []"), "[{'op':'add','path':'/tags/123/name','value':'bug'}]"));
        }

        @Test
        void aWholeDocumentWrite_goesThroughTheLensAsAValue() {
            // Cambria: add "" {} expands into one add per default from the schema
            assertOps("[{'op':'add','path':'','value':{'tags':[]}}]", forward(v1, "[{'op':'add','path':'','value':{}}]"));
        }
    }
}
