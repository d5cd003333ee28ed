package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.json;
import static dev.lensc.runtime.patch.Fixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import dev.lensc.runtime.patch.PatchTranslation.Cause;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Path-level mode, op by op: each patch op through each lens op, both directions; drops, rejections, readings. */
class PathLevelTranslatorTest {
    private static final DocumentType TODO = MixedVersionHistoryTest.TODO;

    private static void assertOps(String expected, PatchTranslation tr) {
        assertEquals(json(expected), tr.patch().toJson(),
                () -> "dropped " + tr.dropped() + " rejected " + tr.rejected() + " warnings " + tr.warnings());
    }

    private static PatchTranslation up(Lens lens, String p) {
        return PatchTranslator.forward(lens, patch(p));
    }

    private static PatchTranslation down(Lens lens, String p) {
        return PatchTranslator.backward(lens, patch(p));
    }

    @Nested
    class EveryPatchOpThroughARename {
        private final Lens lens = Lens.of(Fixtures.RENAME);

        @Test
        void add_remove_replace_test_move_copy_forward() {
            assertOps("[{'op':'add','path':'/status','value':true},{'op':'remove','path':'/status'},"
                    + "{'op':'replace','path':'/status','value':false},{'op':'test','path':'/status','value':false},"
                    + "{'op':'move','from':'/status','path':'/other'},{'op':'copy','from':'/other','path':'/status'}]",
                    up(lens, "[{'op':'add','path':'/isDone','value':true},{'op':'remove','path':'/isDone'},"
                            + "{'op':'replace','path':'/isDone','value':false},{'op':'test','path':'/isDone','value':false},"
                            + "{'op':'move','from':'/isDone','path':'/other'},{'op':'copy','from':'/other','path':'/isDone'}]"));
        }

        @Test
        void backward_andEscapedNames() {
            assertOps("[{'op':'replace','path':'/isDone','value':true}]",
                    down(lens, "[{'op':'replace','path':'/status','value':true}]"));
            assertOps("[{'op':'replace','path':'/plain~0~1','value':'v'}]",
                    up(Lens.of(Fixtures.RENAME_ESCAPED), "[{'op':'replace','path':'/odd~1key~0','value':'v'}]"));
        }

        @Test
        void aTranslatedReplace_leavesTheFieldInItsPlace() {
            JsonNode target = json("{'title':'a','status':false,'due':'x'}");
            JsonNode after = up(lens, "[{'op':'replace','path':'/isDone','value':true}]").patch().applyTo(target);
            assertEquals("{\"title\":\"a\",\"status\":true,\"due\":\"x\"}", after.toString());
            JsonNode source = json("{'title':'a','isDone':false,'due':'x'}");
            after = down(lens, "[{'op':'replace','path':'/status','value':true}]").patch().applyTo(source);
            assertEquals("{\"title\":\"a\",\"isDone\":true,\"due\":\"x\"}", after.toString());
        }

        @Test
        void aWriteOfTheNewNameInTheSource_isAPathTheSourceDoesNotHave() {
            PatchTranslation tr = up(lens, "[{'op':'replace','path':'/status','value':true}]");
            assertEquals(Cause.NO_SUCH_PATH, tr.rejected().get(0).cause());
        }
    }

    @Nested
    class AddAndRemove {
        @Test
        void aWriteOfARemovedField_isDropped_andStrictMakesItARejection() {
            PatchTranslation tr = up(Lens.of(Fixtures.REMOVE), "[{'op':'replace','path':'/legacy','value':'y'}]");
            assertOps("[]", tr);
            assertEquals("/legacy", tr.dropped().get(0).pointer());
            PatchTranslation strict = tr.strict();
            assertEquals(Cause.DROPPED, strict.rejected().get(0).cause());
            LensException e = assertThrows(LensException.class, strict::orThrow);
            assertTrue(e.getMessage().startsWith("at /legacy: patch op 0 is rejected: no counterpart"), e.getMessage());
        }

        @Test
        void aWholeObjectWrite_getsTheAddedFieldsDefault_andGoingBackLosesIt() {
            assertOps("[{'op':'replace','path':'','value':{'title':'t','groupId':'inbox'}}]",
                    up(Lens.of(Fixtures.ADD), "[{'op':'replace','path':'','value':{'title':'t'}}]"));
            PatchTranslation back = down(Lens.of(Fixtures.ADD), "[{'op':'replace','path':'','value':{'title':'t','groupId':'g'}}]");
            assertOps("[{'op':'replace','path':'','value':{'title':'t'}}]", back);
        }
    }

    @Nested
    class HoistAndPlunge {
        @Test
        void hoist_movesPathsUp_andAWholeHostWriteBecomesTwoWrites() {
            Lens lens = Lens.of(Fixtures.HOIST);
            assertOps("[{'op':'replace','path':'/priority','value':4}]",
                    up(lens, "[{'op':'replace','path':'/metadata/priority','value':4}]"));
            assertOps("[{'op':'replace','path':'/metadata','value':{'createdBy':'c'}},{'op':'add','path':'/priority','value':1}]",
                    up(lens, "[{'op':'replace','path':'/metadata','value':{'createdBy':'c','priority':1}}]"));
            assertOps("[{'op':'replace','path':'/metadata/priority','value':4}]",
                    down(lens, "[{'op':'replace','path':'/priority','value':4}]"));
        }

        @Test
        void plunge_aWholeHostWrite_takesCambriasReading_andSaysSo() {
            PatchTranslation tr = up(Lens.of(Fixtures.PLUNGE), "[{'op':'replace','path':'/metadata','value':{'createdBy':'c'}}]");
            assertOps("[{'op':'replace','path':'/metadata','value':{'createdBy':'c'}}]", tr);
            assertTrue(tr.warnings().get(0).reason().contains("plunge owner -> metadata"), tr.warnings().toString());
        }
    }

    /**
     * Seed 619699 of {@code PathLevelLawTest} (1,000,000 tries), shrunk: going down onto a stored
     * document, a wrap keeps the stored array's tail; a copy between items in the target copies the
     * tail of the item it comes from, where the whole document's translation gives the copied value
     * the tail stored where it goes. A reading, as for items moved through such a map.
     */
    @Test
    void downOntoAStoredDocument_aCopyThroughAWrap_carriesTheStoredDataOfWhereItComesFrom() {
        Lens lens = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(new LensOp.Head("t"))))));
        Type.ObjectType item = new Type.ObjectType(List.of(Field.optional("t", new Type.ArrayType(new Type.StringType()))));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("items", new Type.ArrayType(item))));
        JsonNode stored = json("{'items':[{'t':['b']},{'t':['a','tail']}]}");
        String copy = "[{'op':'copy','from':'/items/1/t','path':'/items/0/t'}]";
        PatchTranslation tr = down(lens, copy);
        assertOps(copy, tr);
        assertTrue(tr.warnings().get(0).reason().contains("carries the stored data of where it comes from"),
                tr.warnings().toString());
        PatchLaws.PathLevel law = PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), lens.forward(stored),
                patch(copy), stored);
        assertEquals(null, law.violation());
        assertTrue(law.skipped().startsWith("a reading that does not hold here"), law.toString());
    }

    /**
     * Seed 465675 of {@code PathLevelLawTest} (1,000,000 tries), shrunk: a value copied to a field
     * that a convert may refuse it at, and that a later op removes, leaves the target; the whole
     * document's translation fails at the convert. A copy cannot see the value: it needs the document.
     */
    @Test
    void aCopyThroughAConvertThatMayRefuseIt_thenRemoved_needsTheDocument() {
        Lens lens = Lens.of(new LensOp.Convert("metadata", new Type.LongType(), new Type.IntType(), List.of(), null, null),
                new LensOp.Remove("metadata", new Type.IntType(), JsonNodeFactory.instance.numberNode(-88)));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("owner", new Type.LongType()),
                Field.optional("metadata", new Type.LongType())));
        JsonNode doc = json("{'owner':-2423435766167191389}");
        String copy = "[{'op':'copy','from':'/owner','path':'/metadata'}]";
        PatchTranslation tr = up(lens, copy);
        assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause(), tr.rejected().toString());
        assertEquals(null, PatchLaws.pathLevel(lens, v1, doc, patch(copy), null).violation());
    }

    /**
     * Seed 262505 of {@code PathLevelLawTest} (400,000 tries, with splits), shrunk: going down onto a
     * stored document, a pattern split keeps the stored parts of a text its pattern does not match;
     * an item copied to a new position has no stored item there, so the whole document's translation
     * splits its text from scratch and fails, while the copy would carry the stored parts along.
     * That needs the document.
     */
    @Test
    void downOntoAStoredDocument_anItemCopiedThroughAPatternSplit_needsTheDocument() {
        Lens lens = Lens.of(new LensOp.In("owner", List.of(new LensOp.Map(List.of(new LensOp.Merge(
                List.of(new Splitting.Part("a", ""), new Splitting.Part("class", "")), "meta",
                new Splitting.Pattern("^(\\d*)-(.*)$", "{a}-{class}", null)))))));
        Type.ObjectType item = new Type.ObjectType(List.of(new Field("a", new Type.StringType()),
                new Field("class", new Type.StringType())));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("owner", new Type.ArrayType(item))));
        JsonNode stored = json("{'owner':[{'a':'x/y','class':'b'}]}");
        JsonNode view = lens.forward(stored);
        assertEquals(json("{'owner':[{'meta':'x/y-b'}]}"), view);
        JsonPatch copy = patch("[{'op':'copy','from':'/owner/0','path':'/owner/1'}]");
        assertThrows(LensException.class, () -> lens.reverse().forward(copy.applyTo(view), stored));

        PatchTranslation tr = PatchTranslator.backward(lens, copy);
        assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause(), tr.rejected().toString());
        assertEquals(null, PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), view, copy, stored).violation());
        assertEquals(List.of(), up(lens, "[{'op':'copy','from':'/owner/0','path':'/owner/1'}]").rejected(),
                "going up nothing is stored: the copy is one");
    }

    /**
     * Seed 110913 of {@code PathLevelLawTest} (200,000 tries), shrunk: a copy from the host of a
     * plunge to the same host in another item copies, in the target, a host that also holds the
     * plunged field of the item it comes from, whose value the patch does not carry: the item copied
     * to loses its own field, which the document keeps. That needs the document, as a write of the
     * whole host would lose the field too.
     */
    @Test
    void aCopyBetweenPlungeHosts_needsTheDocument() {
        Lens lens = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(new LensOp.Plunge("a", "class"))))));
        Type.ObjectType item = new Type.ObjectType(List.of(Field.optional("class", new Type.IntType()),
                Field.optional("a", new Type.ObjectType(List.of()))));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("items", new Type.ArrayType(item))));
        JsonNode doc = json("{'items':[{'class':690},{'a':{}}]}");
        String copy = "[{'op':'copy','from':'/items/1/a','path':'/items/0/a'}]";
        assertEquals(json("{'items':[{'a':{'class':690}},{'a':{}}]}"), lens.forward(patch(copy).applyTo(doc)));

        PatchTranslation tr = up(lens, copy);
        assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause(), tr.rejected().toString());
        assertEquals(null, PatchLaws.pathLevel(lens, v1, doc, patch(copy), null).violation());
    }

    /**
     * Seed 63055 of {@code PathLevelLawTest} (100,000 tries, with splits), shrunk: going down onto a
     * stored document whose parts merge to the text, the split keeps the stored parts, an absent one
     * too; removing the text removes every part, and the removal of the absent one does not apply.
     * A reading, as for writes of the text.
     */
    @Test
    void downOntoAStoredDocument_removingSplitText_readsThePartsAsThere() {
        Lens lens = Lens.of(new LensOp.Merge(List.of(new Splitting.Part("meta", ""), new Splitting.Part("tags", "?")),
                "title", new Splitting.Separator(" ")));
        Type.ObjectType v1 = new Type.ObjectType(List.of(Field.optional("meta", new Type.StringType()),
                Field.optional("tags", new Type.StringType())));
        JsonNode stored = json("{'tags':'  a '}");
        String remove = "[{'op':'remove','path':'/title'}]";
        PatchTranslation tr = down(lens, remove);
        assertOps("[{'op':'remove','path':'/meta'},{'op':'remove','path':'/tags'}]", tr);
        assertTrue(tr.warnings().get(0).reason().startsWith("'split title -> meta, tags by \" \"': removes every part,"
                + " reading them as there"), tr.warnings().toString());
        PatchLaws.PathLevel law = PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), lens.forward(stored),
                patch(remove), stored);
        assertEquals(null, law.violation());
        assertTrue(law.skipped().startsWith("a reading that does not hold here"), law.toString());
        assertEquals(List.of(), up(lens.reverse(), remove).warnings(), "going up nothing is kept from a stored document");
    }

    /**
     * Seed 50335 of {@code PathLevelLawTest} (100,000 tries, with splits), shrunk: a write of the
     * whole host of a plunge is written as the patch has it, and the target's {@code host.f} is lost;
     * when a later op reads {@code host.f} (here a merge of it), what it makes depends on the value
     * the patch does not carry (and fails where that is null). That needs the document.
     */
    @Test
    void writingAPlungeHostWhoseFieldALaterOpReads_needsTheDocument() {
        Lens lens = Lens.of(new LensOp.Plunge("meta", "count"), new LensOp.In("meta", List.of(new LensOp.Merge(
                List.of(new Splitting.Part("count", ""), new Splitting.Part("owner", "")), "tags",
                new Splitting.Separator(", ")))));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("count", Type.nullable(new Type.StringType())),
                new Field("meta", new Type.ObjectType(List.of(new Field("owner", new Type.StringType()))))));
        JsonPatch write = patch("[{'op':'replace','path':'/meta','value':{'owner':'p'}}]");
        for (JsonNode doc : List.of(json("{'count':'c','meta':{'owner':'o'}}"), json("{'count':null,'meta':{'owner':'o'}}"))) {
            PatchTranslation tr = PatchTranslator.forward(lens, write);
            assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause(), tr.rejected().toString());
            assertEquals(null, PatchLaws.pathLevel(lens, v1, doc, write, null).violation(), doc.toString());
        }
        assertEquals(List.of(), PatchTranslator.forward(Lens.of(new LensOp.Plunge("meta", "count")), write).rejected(),
                "where nothing reads the lost field, the write is Cambria's reading");
    }

    /**
     * Seeds 29073 (50,000 tries) and 526154 (1,000,000 tries, with splits) of {@code PathLevelLawTest},
     * shrunk: in the target a hoist's host no longer holds the hoisted field, which the host moved or
     * copied in the document brings along (and the lens takes out of it at its new place); going down
     * onto a stored document without the host, the hoist even removes a host it leaves empty. A move
     * or copy of the host needs the document.
     */
    @Test
    void aCopyOfAHoistHost_needsTheDocument() {
        Lens lens = Lens.of(new LensOp.Plunge("class", "count"));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("count", new Type.IntType()),
                Field.optional("class", new Type.ObjectType(List.of()))));
        JsonNode stored = json("{'count':-1}");
        String copy = "[{'op':'copy','from':'/class','path':'/class'}]";
        PatchTranslation tr = down(lens, copy);
        assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause(), tr.rejected().toString());
        assertEquals(null, PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), lens.forward(stored), patch(copy),
                stored).violation());

        Lens items = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(new LensOp.Hoist("h", "m"))))));
        Type.ObjectType item = new Type.ObjectType(List.of(Field.optional("h", new Type.ObjectType(List.of(
                Field.optional("m", new Type.IntType()))))));
        Type.ObjectType withItems = new Type.ObjectType(List.of(new Field("items", new Type.ArrayType(item))));
        String between = "[{'op':'copy','from':'/items/1/h','path':'/items/0/h'}]";
        assertEquals(Cause.NEEDS_DOCUMENT, up(items, between).rejected().get(0).cause());
        assertEquals(null, PatchLaws.pathLevel(items, withItems, json("{'items':[{},{'h':{'m':10}}]}"), patch(between),
                null).violation());
    }

    /**
     * Seeds 25435 and 32519 of {@code PathLevelLawTest} (50,000 tries), shrunk: a null field plunged
     * into a null host makes no host, so a test of the field, which the paths translate to a test of
     * {@code /host/field}, does not apply there. Tests read the host as there, as writes do.
     */
    @Test
    void testingAPlungedField_readsTheHostAsThere() {
        Lens lens = Lens.of(new LensOp.Plunge("done", "meta"));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("meta", Type.nullable(new Type.StringType())),
                new Field("done", Type.nullable(new Type.ObjectType(List.of())))));
        String test = "[{'op':'test','path':'/meta','value':null}]";
        PatchTranslation tr = up(lens, test);
        assertOps("[{'op':'test','path':'/done/meta','value':null}]", tr);
        assertTrue(tr.warnings().get(0).reason().startsWith("'plunge meta -> done': writes or tests /done/meta,"
                + " reading the host as there in the source"), tr.warnings().toString());
        PatchLaws.PathLevel law = PatchLaws.pathLevel(lens, v1, json("{'done':null,'meta':null}"), patch(test), null);
        assertEquals(null, law.violation());
        assertTrue(law.skipped().startsWith("a reading that does not hold here"), law.toString());
        assertEquals(PatchLaws.PathLevel.held(), PatchLaws.pathLevel(lens, v1, json("{'done':{},'meta':null}"),
                patch(test), null), "where the host is there, the reading holds");
    }

    /**
     * Seed 16917 of {@code PathLevelLawTest} (20,000 tries, with splits), shrunk: going back, a whole
     * value written anew takes an {@code add}'s default, which a later convert cannot map; onto the
     * stored document the add keeps the stored value instead, which it can. Not a value the lens
     * cannot map, then, but one that needs the document.
     */
    @Test
    void downOntoAStoredDocument_aValueMadeFromScratchThatDoesNotMap_needsTheDocument() {
        Lens lens = Lens.of(new LensOp.Convert("title", new Type.IntType(), new Type.LongType(), List.of(), null, null),
                new LensOp.Remove("title", Type.nullable(new Type.LongType()),
                        JsonNodeFactory.instance.numberNode(1436002930604584085L)));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("name", new Type.StringType()),
                new Field("title", new Type.IntType())));
        JsonNode stored = json("{'name':'a','title':3}");
        JsonPatch write = patch("[{'op':'replace','path':'','value':{'name':'b'}}]");
        assertEquals(json("{'name':'b','title':3}"), lens.reverse().forward(write.applyTo(lens.forward(stored)), stored));

        PatchTranslation tr = PatchTranslator.backward(lens, write);
        assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause(), tr.rejected().toString());
        assertEquals(null, PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), lens.forward(stored), write, stored)
                .violation());
        assertEquals(Cause.UNMAPPABLE_VALUE, up(lens, "[{'op':'replace','path':'/title','value':'x'}]").rejected().get(0)
                .cause(), "going up nothing is stored: a value the lens cannot map is one");
    }

    /**
     * Seed 9873 of {@code PathLevelLawTest} (20,000 tries), shrunk: going down onto a stored document
     * whose host is null, the hoist restores a host it leaves empty as null; removing the hoisted
     * field itself from the host leaves nothing to hoist, so the document comes out with the host
     * {@code {}}, the translated patch with {@code null} (and adding it, the other way round). The
     * reading of seed 715 holds for the hoisted member too.
     */
    @Test
    void downOntoAStoredDocument_addingOrRemovingTheHoistedMember_isAReadingOfWhetherTheHostIsLeftEmpty() {
        Lens lens = Lens.of(new LensOp.Plunge("class", "title"));
        Type.ObjectType v1 = new Type.ObjectType(List.of(Field.optional("title", new Type.IntType()),
                new Field("class", Type.nullable(new Type.ObjectType(List.of())))));
        for (String edit : List.of("[{'op':'remove','path':'/class/title'}]",
                "[{'op':'add','path':'/class/title','value':5}]")) {
            JsonNode stored = edit.contains("remove") ? json("{'title':-4,'class':null}") : json("{'class':null}");
            JsonNode view = edit.contains("remove") ? lens.forward(stored) : json("{'class':{}}");
            PatchTranslation tr = down(lens, edit);
            assertOps(edit.replace("/class/title", "/title"), tr);
            assertTrue(tr.warnings().get(0).reason().startsWith("'hoist class.title': onto the stored document a host"
                    + " left empty is restored"), tr.warnings().toString());
            PatchLaws.PathLevel law = PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), view, patch(edit), stored);
            assertEquals(null, law.violation(), edit);
            assertTrue(law.skipped().startsWith("a reading that does not hold here"), law.toString());
        }
        assertEquals(List.of(), down(lens, "[{'op':'replace','path':'/class/title','value':3}]").warnings());
    }

    /**
     * Seeds 5493 and 5577 of {@code PathLevelLawTest} (20,000 tries), shrunk: going back through a
     * {@code wrap} (a {@code head} going up), a null written becomes [] as the lens makes it from
     * scratch, but onto a stored null the lens keeps the null (its head is null as well). Said as
     * for any value the wrap writes anew; onto a stored array the translation is exact.
     */
    @Test
    void downOntoAStoredDocument_aNullWrittenThroughAWrap_isAReading() {
        Lens lens = Lens.of(new LensOp.Head("metadata"));
        Type.ObjectType v1 = new Type.ObjectType(List.of(
                new Field("metadata", Type.nullable(new Type.ArrayType(new Type.StringType())))));
        JsonPatch write = patch("[{'op':'replace','path':'/metadata','value':null}]");
        JsonNode storedNull = json("{'metadata':null}");

        PatchTranslation tr = PatchTranslator.backward(lens, write);
        assertOps("[{'op':'replace','path':'/metadata','value':[]}]", tr);
        assertTrue(tr.warnings().get(0).reason().startsWith("written as a new value: 'wrap metadata' keeps data of the"
                + " stored document"), tr.warnings().toString());
        assertEquals(storedNull, lens.reverse().forward(write.applyTo(lens.forward(storedNull)), storedNull),
                "the lens keeps the stored null");
        assertEquals(null, PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), lens.forward(storedNull), write,
                storedNull).violation());
        JsonNode storedArray = json("{'metadata':['a','b']}");
        assertEquals(PatchLaws.PathLevel.held(), PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1),
                lens.forward(storedArray), write, storedArray), "onto a stored array the reading holds");
    }

    /**
     * Seed 2355 of {@code PathLevelLawTest} (5,000 tries, with splits): going back onto a stored
     * document through a map whose ops take data from the stored items, a removed item takes its
     * stored data along in the translated patch, where the whole document's translation gives each
     * position the stored data of that position. Said as a reading; an edit inside an item is not one.
     */
    @Test
    void downOntoAStoredDocument_anItemRemovedFromAMapThatKeepsStoredData_isAReading() {
        Lens lens = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(
                new LensOp.Remove("count", new Type.StringType(), JsonNodeFactory.instance.textNode("")))))));
        Type.ObjectType item = new Type.ObjectType(List.of(new Field("x", new Type.IntType()), new Field("count", new Type.StringType())));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("items", new Type.ArrayType(item))));
        JsonNode stored = json("{'items':[{'x':1,'count':'a'},{'x':2,'count':'b'},{'x':3,'count':'c'}]}");
        JsonPatch remove = patch("[{'op':'remove','path':'/items/1'}]");

        PatchTranslation tr = PatchTranslator.backward(lens, remove);
        assertOps("[{'op':'remove','path':'/items/1'}]", tr);
        assertTrue(tr.warnings().get(0).reason().contains("an item inserted, removed or moved takes its stored data along"),
                tr.warnings().toString());
        assertEquals(json("{'items':[{'x':1,'count':'a'},{'x':3,'count':'c'}]}"), tr.patch().applyTo(stored));
        assertEquals(json("{'items':[{'x':1,'count':'a'},{'x':3,'count':'b'}]}"),
                lens.reverse().forward(remove.applyTo(lens.forward(stored)), stored), "by position");
        PatchLaws.PathLevel law = PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), lens.forward(stored), remove, stored);
        assertEquals(null, law.violation());
        assertEquals(List.of(), PatchTranslator.backward(lens, patch("[{'op':'replace','path':'/items/1/x','value':5}]")).warnings());
    }

    /**
     * Seeds 2272 and 4575 of {@code PathLevelLawTest} (5,000 tries), shrunk: where the source has no
     * host, the plunge makes one for the field alone (none for a null field), so removing the field
     * removes the host in the document, and writing it needs a host the target lacks. Translated as
     * the paths say, with a reading that says so.
     */
    @Test
    void writingAPlungedField_readsTheHostAsThere() {
        Lens lens = Lens.of(new LensOp.Plunge("count", "done"));
        Type.ObjectType v1 = new Type.ObjectType(List.of(Field.optional("done", new Type.DoubleType()),
                Field.optional("count", new Type.ObjectType(List.of()))));
        for (String edit : List.of("[{'op':'remove','path':'/done'}]", "[{'op':'add','path':'/done','value':1.5}]")) {
            PatchTranslation tr = up(lens, edit);
            assertTrue(tr.warnings().get(0).reason().startsWith("'plunge done -> count': writes or tests /count/done,"
                    + " reading the host as there in the source"), tr.warnings().toString());
            JsonNode withoutHost = edit.contains("remove") ? json("{'done':6.75}") : json("{}");
            PatchLaws.PathLevel law = PatchLaws.pathLevel(lens, v1, withoutHost, patch(edit), null);
            assertEquals(null, law.violation());
            assertTrue(law.skipped().startsWith("a reading that does not hold here"), law.toString());
            assertEquals(PatchLaws.PathLevel.held(), PatchLaws.pathLevel(lens, v1, json("{'done':2.5,'count':{}}"),
                    patch(edit), null), "where the host is there, the reading holds");
        }
        assertEquals(List.of(), up(lens, "[{'op':'replace','path':'/done/x','value':3}]").warnings(),
                "an edit inside the field's value needs the field, and so its host");
    }

    /**
     * Seed 715 of {@code PathLevelLawTest}, shrunk: going down onto a stored document whose host is
     * null, the hoist restores a host it leaves empty as null. A copy into a host member the source
     * version lacks is dropped, yet it leaves the host not empty, so the document comes out with
     * {@code meta: {}}, the translated patch with {@code meta: null}. The translation must say it
     * read the host as unchanged instead of differing in silence.
     */
    @Test
    void downOntoAStoredDocument_anEditOfAnotherHostMember_isAReadingOfWhetherTheHostIsLeftEmpty() {
        Lens lens = Lens.of(new LensOp.In("meta", List.of(new LensOp.Add("tags", new Type.LongType(), JsonNodeFactory.instance.numberNode(7)))),
                new LensOp.Plunge("meta", "class"));
        Type.ObjectType v1 = new Type.ObjectType(List.of(new Field("class", new Type.IntType()), new Field("b", new Type.IntType()),
                new Field("meta", Type.nullable(new Type.ObjectType(List.of())))));
        JsonNode stored = json("{'class':1,'b':2,'meta':null}");
        JsonNode view = lens.forward(stored);
        assertEquals(json("{'b':2,'meta':{'class':1}}"), view);
        JsonPatch copy = patch("[{'op':'copy','from':'/b','path':'/meta/tags'}]");

        PatchTranslation tr = PatchTranslator.backward(lens, copy);
        assertOps("[]", tr);
        assertTrue(tr.warnings().get(0).reason().startsWith("'hoist meta.class': onto the stored document a host left"
                + " empty is restored"), tr.warnings().toString());
        assertEquals(json("{'b':2,'meta':{},'class':1}"), lens.reverse().forward(copy.applyTo(view), stored),
                "the document-level translation: the host is not left empty");

        PatchLaws.PathLevel law = PatchLaws.pathLevel(lens.reverse(), lens.targetType(v1), view, copy, stored);
        assertEquals(null, law.violation());
        assertTrue(law.skipped().startsWith("a reading that does not hold here"), law.toString());
        // an edit that leaves the host as it is needs no reading
        assertEquals(List.of(), down(lens, "[{'op':'replace','path':'/meta/class','value':3}]").warnings());
    }

    @Nested
    class InAndMap {
        private final Lens lens = Lens.of(Fixtures.MAP);

        @Test
        void anyIndexAndAppend_keepTheirIndex_andNewItemsAreTranslatedAsValues() {
            assertOps("[{'op':'replace','path':'/items/7/text','value':'x'},"
                    + "{'op':'add','path':'/items/-','value':{'text':'n','done':false,'prio':3}},"
                    + "{'op':'remove','path':'/items/2'},{'op':'move','from':'/items/0','path':'/items/3'}]",
                    up(lens, "[{'op':'replace','path':'/items/7/label','value':'x'},"
                            + "{'op':'add','path':'/items/-','value':{'label':'n','done':false}},"
                            + "{'op':'remove','path':'/items/2'},{'op':'move','from':'/items/0','path':'/items/3'}]"));
        }

        @Test
        void aMoveOutOfTheMappedArray_needsTheDocument() {
            PatchTranslation tr = up(lens, "[{'op':'move','from':'/items/0','path':'/owner'}]");
            assertEquals(Cause.NEEDS_DOCUMENT, tr.rejected().get(0).cause());
            assertEquals(0, tr.rejected().get(0).index());
        }
    }

    @Nested
    class WrapAndHead {
        @Test
        void headItem0_isTheValue_otherItemsAreDropped_andAppendsAreReadAsNotReachingItem0() {
            Lens lens = Lens.of(Fixtures.HEAD);
            PatchTranslation tr = up(lens, "[{'op':'add','path':'/tags/0','value':'new'},{'op':'replace','path':'/tags/2','value':'x'},"
                    + "{'op':'add','path':'/tags/-','value':'z'}]");
            assertOps("[{'op':'add','path':'/tags','value':'new'}]", tr);
            assertEquals(2, tr.dropped().size());
            assertEquals(2, tr.warnings().get(0).index());
        }

        @Test
        void aWholeArrayWrite_becomesItsFirstItem_andBackAOneItemArray() {
            assertOps("[{'op':'replace','path':'/tags','value':'a'}]",
                    up(Lens.of(Fixtures.HEAD), "[{'op':'replace','path':'/tags','value':['a','b']}]"));
            assertOps("[{'op':'add','path':'/tags','value':['a']}]",
                    down(Lens.of(Fixtures.HEAD), "[{'op':'add','path':'/tags','value':'a'}]"));
        }
    }

    @Nested
    class Rejections {
        @Test
        void aValueTheLensCannotMap_isRejected_neverDropped() {
            PatchTranslation tr = DocumentPatches.translatePatch(TODO, patch(
                    "[{'op':'replace','path':'/title','value':'t'},{'op':'replace','path':'/status','value':'archived'}]"), 3, 1);
            assertEquals(1, tr.rejected().size(), tr.rejected().toString());
            PatchTranslation.Rejected r = tr.rejected().get(0);
            assertEquals(1, r.index());
            assertEquals("/status", r.pointer());
            assertEquals(Cause.WRONG_TYPE, r.cause());
            assertTrue(tr.dropped().isEmpty());
            assertOps("[{'op':'replace','path':'/title','value':'t'}]", tr);
        }

        @Test
        void withoutATypeTheLensItselfRefusesTheValue() {
            PatchTranslation tr = up(Lens.of(Fixtures.CONVERT), "[{'op':'replace','path':'/isDone','value':'maybe'}]");
            assertEquals(Cause.UNMAPPABLE_VALUE, tr.rejected().get(0).cause());
            assertEquals("op 0 at /isDone: no mapping for \"maybe\" and no fallback (in op 'convert isDone: boolean ->"
                    + " enum(active, done, blocked)')", tr.rejected().get(0).describe());
        }

        @Test
        void aPathTheSourceVersionDoesNotHave_aWrongType_andARequiredField() {
            PatchTranslation tr = DocumentPatches.translatePatch(TODO, patch("[{'op':'replace','path':'/estimate','value':3},"
                    + "{'op':'replace','path':'/title','value':5},{'op':'remove','path':'/title'},"
                    + "{'op':'replace','path':'/tags/x','value':'a'}]"), 1, 3);
            assertEquals(4, tr.rejected().size(), tr.rejected().toString());
            assertEquals(Cause.NO_SUCH_PATH, tr.rejected().get(0).cause());
            assertTrue(tr.rejected().get(0).reason().startsWith("this version has no field 'estimate' at /"),
                    tr.rejected().get(0).reason());
            assertEquals(Cause.WRONG_TYPE, tr.rejected().get(1).cause());
            assertEquals(Cause.REQUIRED_FIELD, tr.rejected().get(2).cause());
            assertEquals(Cause.NO_SUCH_PATH, tr.rejected().get(3).cause());
            assertOps("[]", tr);
        }

        @Test
        void theDocumentAwareModeRejectsTheSameInvalidEdits() {
            JsonPatch p = patch("[{'op':'add','path':'/estimate','value':3}]");
            PatchTranslation tr = DocumentPatches.translatePatch(TODO, p, TODO.translate(json("{'title':'t','isDone':false,"
                    + "'assignee':null,'tags':[],'metadata':{'createdBy':'c','priority':1},'items':[]}"), 1, 1), 1, 3);
            assertEquals(Cause.NO_SUCH_PATH, tr.rejected().get(0).cause());
        }
    }

    @Test
    void everydayEditsInsideArrays_translateWithoutADocument() {
        PatchTranslation tr = DocumentPatches.translatePatch(TODO, patch("[{'op':'replace','path':'/items/1/label','value':'x'},"
                + "{'op':'remove','path':'/items/1'},{'op':'add','path':'/items/2','value':{'label':'n','done':true}},"
                + "{'op':'replace','path':'/tags/0','value':'t'},{'op':'remove','path':'/tags/0'}]"), 1, 3);
        assertOps("[{'op':'replace','path':'/items/1/text','value':'x'},{'op':'remove','path':'/items/1'},"
                + "{'op':'add','path':'/items/2','value':{'text':'n','done':true,'prio':3}},"
                + "{'op':'replace','path':'/tag','value':'t'},{'op':'replace','path':'/tag','value':null}]", tr);
        assertTrue(tr.rejected().isEmpty());
        assertEquals(4, tr.warnings().get(0).index());
    }
}
