package dev.lensc.runtime.patch;

import static dev.lensc.runtime.patch.Fixtures.json;
import static dev.lensc.runtime.patch.Fixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.gen.DocumentGenerator;
import dev.lensc.runtime.gen.GeneratorSettings;
import dev.lensc.runtime.gen.RandomLenses;
import dev.lensc.runtime.json.JsonValues;
import dev.lensc.runtime.lens.ItemAlignment;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Patches through {@code map items by id}: document-aware (exact) and path-level (with its readings). */
class KeyedPatchTest {
    static final LensOp ADD_NOTE = new LensOp.Add("note", new Type.StringType(), Fixtures.N.textNode(""));
    static final Lens BY_ID = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(ADD_NOTE), "id"))));
    static final Lens BY_INDEX = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(ADD_NOTE)))));
    /** v1 items carry a 'legacy' field v2 dropped: going back, the stored items give it. */
    static final Lens DROP_LEGACY = Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(
            new LensOp.Remove("legacy", new Type.StringType(), Fixtures.N.textNode(""))), "id"))));

    static final JsonNode V1 = json("{'items':[{'id':1,'text':'milk'},{'id':2,'text':'eggs'},{'id':3,'text':'tea'}]}");
    static final JsonNode V2 = json("{'items':[{'id':1,'text':'milk','note':'2 litres'},"
            + "{'id':2,'text':'eggs','note':'free range'},{'id':3,'text':'tea','note':'green'}]}");

    @Test
    void documentAware_anOldClientDeletesItem0_isOneRemove_andTheNotesStayOnTheirItems() {
        PatchTranslation keyed = PatchTranslator.forward(BY_ID, patch("[{'op':'remove','path':'/items/0'}]"), V1, V2);
        assertEquals(patch("[{'op':'remove','path':'/items/0'}]"), keyed.patch());
        assertEquals(json("{'items':[{'id':2,'text':'eggs','note':'free range'},{'id':3,'text':'tea','note':'green'}]}"),
                keyed.patch().applyTo(V2));

        // by index, the translation is what the document translation makes: later notes shift
        PatchTranslation byIndex = PatchTranslator.forward(BY_INDEX, patch("[{'op':'remove','path':'/items/0'}]"), V1, V2);
        assertEquals(json("{'items':[{'id':2,'text':'eggs','note':'2 litres'},{'id':3,'text':'tea','note':'free range'}]}"),
                byIndex.patch().applyTo(V2));
    }

    @Test
    void documentAware_goingBack_aNewClientsMoveKeepsTheOldFieldsOnTheirItems() {
        JsonNode v1 = json("{'items':[{'id':1,'text':'a','legacy':'L1'},{'id':2,'text':'b','legacy':'L2'}]}");
        PatchTranslation back = PatchTranslator.backward(DROP_LEGACY,
                patch("[{'op':'move','from':'/items/0','path':'/items/1'}]"), v1);
        assertEquals(json("{'items':[{'id':2,'text':'b','legacy':'L2'},{'id':1,'text':'a','legacy':'L1'}]}"),
                back.patch().applyTo(v1));
    }

    @Test
    void pathLevel_goingBack_editsOfKeysAndItems_areReadingsNamingTheOp() {
        assertEquals(List.of("'map by id': an edit of an item's key 'id' keeps the item's stored data, reading it as"
                + " the same item; a keyed translation with the document gives it the data of the stored item with the"
                + " new key, or none"), warnings(PatchTranslator.backward(DROP_LEGACY,
                        patch("[{'op':'replace','path':'/items/0/id','value':9}]"))));
        PatchTranslation removal = PatchTranslator.backward(DROP_LEGACY, patch("[{'op':'remove','path':'/items/1'}]"));
        assertEquals(patch("[{'op':'remove','path':'/items/1'}]"), removal.patch());
        assertEquals(List.of("'map by id': an item inserted, removed or moved keeps the stored data of its position (a"
                + " written item is new), reading the keys 'id' as distinct; a keyed translation with the document lines"
                + " items up by key"), warnings(removal));
        PatchTranslation move = PatchTranslator.backward(DROP_LEGACY,
                patch("[{'op':'move','from':'/items/0','path':'/items/2'}]"));
        assertEquals(patch("[{'op':'move','from':'/items/0','path':'/items/2'}]"), move.patch(), "still one move");
        assertEquals(1, move.warnings().size());
    }

    @Test
    void pathLevel_noReading_whereNoStoredDataIsInvolved() {
        assertEquals(List.of(), warnings(PatchTranslator.backward(DROP_LEGACY,
                patch("[{'op':'replace','path':'/items/0/text','value':'x'}]"))));
        // going up there is no stored document; going back through BY_ID, the stored items give nothing (note is dropped)
        assertEquals(List.of(), warnings(PatchTranslator.forward(BY_ID, patch("[{'op':'remove','path':'/items/0'},"
                + "{'op':'replace','path':'/items/0/id','value':7}]"))));
        assertEquals(List.of(), warnings(PatchTranslator.backward(BY_ID, patch("[{'op':'remove','path':'/items/0'}]"))));
    }

    /**
     * The commutation laws on random keyed maps and documents with shared, duplicated and missing
     * keys: document-aware everywhere, path-level wherever it took no reading, and also where its
     * reading holds (distinct keys before and after, no key written).
     */
    @Test
    void commutationLaws_onRandomKeyedMaps_bothDirections() {
        RandomLenses lenses = new RandomLenses(new Random(77));
        int checkedOnReading = 0;
        for (int i = 0; i < 600; i++) {
            RandomLenses.KeyedLens keyed = lenses.keyedMap("items", "id");
            boolean backward = i % 2 == 1;
            Lens lens = backward ? keyed.lens().reverse() : keyed.lens();
            Type sourceType = backward ? keyed.lens().targetType(keyed.source()) : keyed.source();
            DocumentGenerator gen = new DocumentGenerator(new Random(i), GeneratorSettings.defaults(), Set.of("id"));
            JsonNode doc;
            try {
                doc = keyed.lens().backward(gen.generate(keyed.lens().targetType(keyed.source())), gen.generate(keyed.source()));
            } catch (LensException e) {
                continue;
            }
            PatchGen patches = new PatchGen(i, true, true);
            JsonNode patched = backward ? keyed.lens().forward(doc) : doc;
            // every other backward case edits items only by removing, moving and replacing
            List<PatchGen.Kind> kinds = i % 4 == 3 ? List.of(PatchGen.Kind.REMOVE, PatchGen.Kind.MOVE, PatchGen.Kind.REPLACE)
                    : List.of(PatchGen.Kind.values());
            JsonPatch p = patches.patch(patched, sourceType, 4, kinds);
            if (p.ops().isEmpty()) {
                continue;
            }
            String exact = backward ? PatchLaws.backward(keyed.lens(), doc, p) : PatchLaws.forward(keyed.lens(), doc, p);
            if (exact != null) {
                fail("document-aware law fails (try " + i + ")\n  lens " + lens.ops() + "\n  doc " + patched
                        + "\n  patch " + p + "\n  " + exact);
            }
            JsonNode base = backward ? doc : null;
            PatchLaws.PathLevel pathLevel = PatchLaws.pathLevel(lens, sourceType, patched, p, base);
            if (pathLevel.violation() != null) {
                fail("path-level law fails (try " + i + ")\n  lens " + lens.ops() + "\n  " + pathLevel.violation());
            }
            boolean onlyKeyedReadings = base != null && PatchTranslator.backward(keyed.lens(), p, sourceType).warnings()
                    .stream().allMatch(w -> w.reason().startsWith("'map by id'"));
            boolean onReading = !pathLevel.checked() && pathLevel.skipped().startsWith("a reading");
            if (onReading && onlyKeyedReadings && readingHolds(patched, p)) {
                fail("path-level law fails where its keyed reading holds (try " + i + ")\n  lens " + lens.ops()
                        + "\n  doc " + patched + "\n  patch " + p + "\n  " + pathLevel.skipped());
            }
            if (onlyKeyedReadings && readingHolds(patched, p)) {
                checkedOnReading++;
            }
        }
        assertTrue(checkedOnReading > 20, "cases where the keyed reading holds: " + checkedOnReading);
    }

    /** Distinct keys before and after, and no op writes a key (or a whole array). */
    private static boolean readingHolds(JsonNode doc, JsonPatch p) {
        for (PatchOp op : p.ops()) {
            if (op.path().matches("/items(/\\d+/id)?|/items/\\d+/id/.*|") || op instanceof PatchOp.Copy
                    || (op instanceof PatchOp.Add || op instanceof PatchOp.Replace) && op.path().matches("/items/(\\d+|-)")) {
                return false;
            }
        }
        return distinct(doc) && distinct(p.applyTo(doc));
    }

    private static boolean distinct(JsonNode doc) {
        List<JsonNode> items = new ArrayList<>();
        doc.path("items").forEach(items::add);
        return ItemAlignment.distinctKeys(items, "id") && items.stream().allMatch(x -> ItemAlignment.keyOf(x, "id") != null);
    }

    private static List<String> warnings(PatchTranslation t) {
        return t.warnings().stream().map(PatchTranslation.Warning::reason).toList();
    }

    static {
        // the fixtures' documents fit their lenses
        if (!JsonValues.equal(BY_ID.backward(V2), V1)) {
            throw new AssertionError("V1 is V2 without notes");
        }
    }
}
