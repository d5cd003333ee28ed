package dev.lensc.runtime.lens;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code map items by id}: items line up with the base by their key, not their index. v1 items are
 * {@code {id, text}}; v2 adds a {@code note} only v2 clients know.
 */
class KeyedMapTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;
    static final LensOp ADD_NOTE = new LensOp.Add("note", new Type.StringType(), N.textNode(""));

    static Lens keyed(String key) {
        return Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(ADD_NOTE), key))));
    }

    static final Lens BY_ID = keyed("id");
    static final Lens BY_INDEX = keyed(null);

    static final JsonNode V2 = json("{'items':[{'id':1,'text':'milk','note':'2 litres'},"
            + "{'id':2,'text':'eggs','note':'free range'},{'id':3,'text':'tea','note':'green'}]}");

    @Test
    void anOldClientDeletesItem0_theNewClientsNotesStayOnTheirOwnItems() {
        JsonNode v1 = BY_ID.backward(V2);
        JsonNode edited = json("{'items':[{'id':2,'text':'eggs'},{'id':3,'text':'tea'}]}");
        assertEquals(json("{'items':[{'id':1,'text':'milk'},{'id':2,'text':'eggs'},{'id':3,'text':'tea'}]}"), v1);

        assertEquals(json("{'items':[{'id':2,'text':'eggs','note':'free range'},{'id':3,'text':'tea','note':'green'}]}"),
                BY_ID.forward(edited, V2));
        // by index, as map without a key does, every later note shifts onto the wrong item
        assertEquals(json("{'items':[{'id':2,'text':'eggs','note':'2 litres'},{'id':3,'text':'tea','note':'free range'}]}"),
                BY_INDEX.forward(edited, V2));
    }

    @Test
    void reorderedAndNewItems_keepTheirOwnDataAndNewOnesGetTheDefault() {
        JsonNode edited = json("{'items':[{'id':3,'text':'tea'},{'id':9,'text':'jam'},{'id':1,'text':'oat milk'}]}");
        assertEquals(json("{'items':[{'id':3,'text':'tea','note':'green'},{'id':9,'text':'jam','note':''},"
                + "{'id':1,'text':'oat milk','note':'2 litres'}]}"), BY_ID.forward(edited, V2));
    }

    @Test
    void duplicateKeys_theNthItemOfAKeyTakesTheBasesNthItemOfThatKey() {
        JsonNode base = json("{'items':[{'id':7,'text':'a','note':'first'},{'id':5,'text':'b','note':'x'},"
                + "{'id':7,'text':'c','note':'second'}]}");
        JsonNode edited = json("{'items':[{'id':5,'text':'b'},{'id':7,'text':'a'},{'id':7,'text':'c'},{'id':7,'text':'d'}]}");
        assertEquals(json("{'items':[{'id':5,'text':'b','note':'x'},{'id':7,'text':'a','note':'first'},"
                + "{'id':7,'text':'c','note':'second'},{'id':7,'text':'d','note':''}]}"), BY_ID.forward(edited, base));
    }

    @Test
    void itemsWithoutAKey_lineUpInOrderAmongThemselves() {
        JsonNode base = json("{'items':[{'id':null,'text':'a','note':'n1'},{'id':1,'text':'b','note':'k1'},"
                + "{'text':'c','note':'n2'}]}");
        JsonNode edited = json("{'items':[{'id':1,'text':'b'},{'text':'a'},{'id':null,'text':'c'},{'text':'d'}]}");
        assertEquals(json("{'items':[{'id':1,'text':'b','note':'k1'},{'text':'a','note':'n1'},"
                + "{'id':null,'text':'c','note':'n2'},{'text':'d','note':''}]}"), BY_ID.forward(edited, base));
    }

    @Test
    void keysCompareAsJsonValues_1And1Point0AreOneKey_butNotTheString1() {
        JsonNode base = json("{'items':[{'id':'1','text':'s','note':'string'},{'id':1.0,'text':'n','note':'number'}]}");
        JsonNode edited = json("{'items':[{'id':1,'text':'n'},{'id':'1','text':'s'}]}");
        assertEquals(json("{'items':[{'id':1,'text':'n','note':'number'},{'id':'1','text':'s','note':'string'}]}"),
                BY_ID.forward(edited, base));
    }

    @Test
    void goingBack_removedFieldsComeBackFromTheBaseItemWithTheSameKey() {
        // the reverse lens: v2 -> v1 removes note; v1 -> v2 is the put direction here
        Lens dropNote = BY_ID.reverse();
        JsonNode v1 = json("{'items':[{'id':2,'text':'eggs'},{'id':1,'text':'milk'}]}");
        assertEquals(json("{'items':[{'id':2,'text':'eggs','note':'free range'},{'id':1,'text':'milk','note':'2 litres'}]}"),
                dropNote.backward(v1, V2));
    }

    @Test
    void deletingOrMovingItems_onTheView_isDeletingOrMovingThemInTheSource_forDistinctKeys() {
        java.util.Random random = new java.util.Random(42);
        for (int t = 0; t < 2_000; t++) {
            List<JsonNode> items = new ArrayList<>();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                items.add(json("{'id':" + (i * 10 + random.nextInt(10)) + ",'text':'t" + i + "','note':'n"
                        + random.nextInt(100) + "'}"));
            }
            JsonNode v2 = N.objectNode().set("items", N.arrayNode().addAll(items));
            List<JsonNode> kept = new ArrayList<>(items);
            java.util.Collections.shuffle(kept, random);
            kept = kept.subList(0, random.nextInt(kept.size() + 1));
            JsonNode expected = N.objectNode().set("items", N.arrayNode().addAll(kept));
            JsonNode view = BY_ID.backward(expected);
            assertEquals(expected, BY_ID.forward(view, v2), "try " + t);
        }
    }

    @Test
    void schema_keyMustBeARequiredScalarFieldTheOpsLeaveAlone() {
        Type.ObjectType item = new Type.ObjectType(List.of(new Field("id", new Type.IntType()),
                Field.optional("code", new Type.StringType()), new Field("tags", new Type.ArrayType(new Type.StringType())),
                new Field("ref", new Type.NullableType(new Type.StringType())), new Field("text", new Type.StringType())));
        Type.ObjectType doc = new Type.ObjectType(List.of(new Field("items", new Type.ArrayType(item))));
        assertEquals(List.of(), problems(doc, "id", List.of(ADD_NOTE)));
        assertEquals(List.of(), problems(doc, "ref", List.of()), "a nullable key: null is no key");
        assertTrue(problems(doc, "idd", List.of()).get(0).contains("the key 'idd' is not a field of the items"));
        assertTrue(problems(doc, "tags", List.of()).get(0).contains("a key must be a string, number, boolean or enum"));
        assertTrue(problems(doc, "code", List.of()).get(0).contains("the key 'code' is optional"));
        assertTrue(problems(doc, "id", List.of(new LensOp.Rename("id", "uid"))).get(0)
                .contains("'rename id -> uid' changes the key 'id' inside 'map by id'"));
        assertTrue(problems(doc, "id", List.of(new LensOp.Remove("id", new Type.IntType(), N.numberNode(0)))).get(0)
                .contains("changes the key 'id'"));
    }

    private static List<String> problems(Type doc, String key, List<LensOp> ops) {
        List<String> out = new ArrayList<>();
        SchemaTransform.derive(List.of(new LensOp.In("items", List.of(new LensOp.Map(ops, key)))), doc,
                p -> out.add(p.kind() + ": " + p.message()));
        return out;
    }
}
