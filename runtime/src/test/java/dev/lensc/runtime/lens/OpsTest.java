package dev.lensc.runtime.lens;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.lensc.runtime.lens.LensOp.Add;
import dev.lensc.runtime.lens.LensOp.Convert;
import dev.lensc.runtime.lens.LensOp.Head;
import dev.lensc.runtime.lens.LensOp.Hoist;
import dev.lensc.runtime.lens.LensOp.In;
import dev.lensc.runtime.lens.LensOp.Plunge;
import dev.lensc.runtime.lens.LensOp.Remove;
import dev.lensc.runtime.lens.LensOp.Rename;
import dev.lensc.runtime.lens.LensOp.Wrap;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every op forwards, backwards onto a base, backwards without one, and nested in {@code in} and {@code map}. */
class OpsTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;

    static Lens nestedIn(String field, LensOp op) {
        return Lens.of(new In(field, List.of(op)));
    }

    static Lens mapped(String field, LensOp op) {
        return Lens.of(new In(field, List.of(new LensOp.Map(List.of(op)))));
    }

    @Nested
    class RenameOp {
        final Lens lens = Lens.of(new Rename("isDone", "done"));

        @Test
        void forward_renamesTheFieldInPlace() {
            JsonNode out = lens.forward(json("{'title':'a','isDone':true,'x':1}"));
            assertEquals(json("{'title':'a','done':true,'x':1}"), out);
            assertEquals(List.of("title", "done", "x"), fieldOrder(out));
        }

        @Test
        void backward_withAndWithoutBase() {
            assertEquals(json("{'isDone':false}"), lens.backward(json("{'done':false}"), json("{'isDone':true}")));
            assertEquals(json("{'isDone':false}"), lens.backward(json("{'done':false}")));
        }

        @Test
        void rename_ignoresSiblingWithSamePrefix() {
            Lens tag = Lens.of(new Rename("tag", "label"));
            assertEquals(json("{'label':'x','tagline':'y'}"), tag.forward(json("{'tag':'x','tagline':'y'}")));
        }

        @Test
        void rename_ontoExistingField_failsNamingTheField() {
            LensException e = assertThrows(LensException.class, () -> lens.forward(json("{'isDone':true,'done':1}")));
            assertTrue(e.getMessage().contains("'done' already exists"), e.getMessage());
            assertEquals("rename isDone -> done", e.op());
        }

        @Test
        void nestedInAndMap() {
            assertEquals(json("{'m':{'done':true}}"), nestedIn("m", lens.ops().get(0)).forward(json("{'m':{'isDone':true}}")));
            assertEquals(json("{'l':[{'done':true},{'done':false}]}"),
                    mapped("l", lens.ops().get(0)).forward(json("{'l':[{'isDone':true},{'isDone':false}]}")));
            assertEquals(json("{'l':[{'isDone':true}]}"),
                    mapped("l", lens.ops().get(0)).backward(json("{'l':[{'done':true}]}")));
        }

        @Test
        void nestedIn_ofAValueOfAnotherKind_failsAtItsPointer_once() {
            LensException e = assertThrows(LensException.class,
                    () -> nestedIn("m", lens.ops().get(0)).forward(json("{'m':[1]}")));
            assertEquals("/m", e.pointer());
            assertTrue(e.getMessage().contains("expected an object, found array"), e.getMessage());
        }
    }

    @Nested
    class AddAndRemove {
        final Lens add = Lens.of(new Add("groupId", new Type.StringType(), N.textNode("inbox")));

        @Test
        void add_fillsTheDefault_andBackwardRemoves() {
            assertEquals(json("{'t':1,'groupId':'inbox'}"), add.forward(json("{'t':1}")));
            assertEquals(json("{'t':2}"), add.backward(json("{'t':2,'groupId':'work'}")));
        }

        @Test
        void add_ontoBase_keepsTheNewerVersionsValue() {
            assertEquals(json("{'t':5,'groupId':'work'}"), add.forward(json("{'t':5}"), json("{'t':1,'groupId':'work'}")));
        }

        @Test
        void add_keepsFalsyDefaults() {
            Lens zero = Lens.of(new Add("n", new Type.IntType(), N.numberNode(0)),
                    new Add("b", new Type.BooleanType(), N.booleanNode(false)),
                    new Add("s", new Type.StringType(), N.textNode("")));
            assertEquals(json("{'n':0,'b':false,'s':''}"), zero.forward(json("{}")));
        }

        @Test
        void add_ofAFieldAlreadyPresent_failsInsteadOfOverwriting() {
            LensException e = assertThrows(LensException.class, () -> add.forward(json("{'groupId':'mine'}")));
            assertEquals("/groupId", e.pointer());
        }

        @Test
        void remove_backwardRestoresFromBase_orDefault() {
            Lens remove = add.reverse();
            assertEquals(json("{'t':1}"), remove.forward(json("{'t':1,'groupId':'work'}")));
            assertEquals(json("{'t':2,'groupId':'work'}"), remove.backward(json("{'t':2}"), json("{'t':1,'groupId':'work'}")));
            assertEquals(json("{'t':2,'groupId':'inbox'}"), remove.backward(json("{'t':2}")));
        }

        @Test
        void removeInMap_restoresEachItemFromItsBase() {
            Lens lens = mapped("l", new Remove("x", new Type.IntType(), N.numberNode(0)));
            JsonNode original = json("{'l':[{'a':1,'x':7},{'a':2,'x':8}]}");
            JsonNode view = lens.forward(original);
            assertEquals(json("{'l':[{'a':1},{'a':2}]}"), view);
            assertEquals(original, lens.backward(view, original));
            assertEquals(json("{'l':[{'a':1,'x':0},{'a':2,'x':0}]}"), lens.backward(view));
        }
    }

    @Nested
    class HoistAndPlunge {
        final Lens hoist = Lens.of(new Hoist("user", "login"));

        @Test
        void hoist_movesTheFieldUp_andBackwardPutsItBack() {
            JsonNode a = json("{'user':{'login':'ann','id':1},'t':'x'}");
            JsonNode b = hoist.forward(a);
            assertEquals(json("{'user':{'id':1},'t':'x','login':'ann'}"), b);
            assertEquals(a, hoist.backward(b, a));
            assertEquals(a, hoist.backward(b));
        }

        @Test
        void hoist_ofNullHost_givesNull_andGoesBackToTheNullHost() {
            JsonNode a = json("{'user':null}");
            assertEquals(json("{'user':null,'login':null}"), hoist.forward(a));
            assertEquals(a, hoist.backward(hoist.forward(a), a));
            assertEquals(a, hoist.backward(hoist.forward(a)));
        }

        @Test
        void plunge_intoMissingHost_createsIt_andRoundTripRemovesItAgain() {
            Lens plunge = Lens.of(new Plunge("meta", "owner"));
            JsonNode a = json("{'owner':'ann','t':1}");
            JsonNode b = plunge.forward(a);
            assertEquals(json("{'meta':{'owner':'ann'},'t':1}"), b);
            assertEquals(a, plunge.backward(b, a));
        }

        @Test
        void plunge_isIndependentOfKeyOrder() {
            Lens plunge = Lens.of(new Plunge("meta", "owner"));
            assertEquals(plunge.forward(json("{'owner':'ann','meta':{'k':1}}")),
                    plunge.forward(json("{'meta':{'k':1},'owner':'ann'}")));
            assertEquals(json("{'meta':{'k':1,'owner':'ann'}}"), plunge.forward(json("{'owner':'ann','meta':{'k':1}}")));
        }

        @Test
        void hoistInMap_andNested() {
            Lens lens = mapped("labels", new Hoist("color", "hex"));
            JsonNode a = json("{'labels':[{'color':{'hex':'f00','n':1}}]}");
            assertEquals(json("{'labels':[{'color':{'n':1},'hex':'f00'}]}"), lens.forward(a));
            assertEquals(a, lens.backward(lens.forward(a), a));
            Lens nested = nestedIn("o", new Plunge("meta", "x"));
            assertEquals(json("{'o':{'meta':{'x':1}}}"), nested.forward(json("{'o':{'x':1}}")));
        }
    }

    @Nested
    class WrapAndHead {
        final Lens head = Lens.of(new Head("labels"));

        @Test
        void head_takesTheFirstItem_emptyGivesNull() {
            assertEquals(json("{'labels':'a'}"), head.forward(json("{'labels':['a','b']}")));
            assertEquals(json("{'labels':null}"), head.forward(json("{'labels':[]}")));
        }

        @Test
        void head_backwardOntoBase_replacesTheFirstItem_notInserts() {
            JsonNode original = json("{'labels':['a','b']}");
            assertEquals(original, head.backward(head.forward(original), original));
            assertEquals(json("{'labels':['z','b']}"), head.backward(json("{'labels':'z'}"), original));
        }

        @Test
        void head_backwardWithoutBase_wraps() {
            assertEquals(json("{'labels':['z']}"), head.backward(json("{'labels':'z'}")));
            assertEquals(json("{'labels':[]}"), head.backward(json("{'labels':null}")));
        }

        @Test
        void head_ofNonArray_failsWithPointer() {
            LensException e = assertThrows(LensException.class, () -> head.forward(json("{'labels':'x'}")));
            assertEquals("/labels", e.pointer());
            assertTrue(e.getMessage().contains("expected an array, found string"), e.getMessage());
        }

        @Test
        void wrap_makesAOneItemArray_andNullAnEmptyOne() {
            Lens wrap = head.reverse();
            assertEquals(json("{'labels':['a']}"), wrap.forward(json("{'labels':'a'}")));
            assertEquals(json("{'labels':[]}"), wrap.forward(json("{'labels':null}")));
            assertEquals(json("{'labels':'a'}"), wrap.backward(json("{'labels':['a','b']}")));
        }

        @Test
        void wrap_ontoBase_keepsTheTail() {
            Lens wrap = Lens.of(new Wrap("assignee"));
            JsonNode base = json("{'assignee':['ann','bob']}");
            assertEquals(json("{'assignee':['cy','bob']}"), wrap.forward(json("{'assignee':'cy'}"), base));
            assertEquals(base, wrap.forward(wrap.backward(base), base));
        }

        @Test
        void wrap_ontoBase_copiesTheTailItTakes() {
            JsonNode base = json("[{'city':'A'},{'city':'B'},{'city':'C'}]");
            JsonNode value = json("{'city':'Z'}");
            JsonNode out = Steps.wrapOnto(value, base);
            assertEquals(json("[{'city':'Z'},{'city':'B'},{'city':'C'}]"), out);
            ((com.fasterxml.jackson.databind.node.ObjectNode) out.get(1)).put("city", "changed");
            assertEquals(json("[{'city':'A'},{'city':'B'},{'city':'C'}]"), base);
            // the head the base has already, key order and number text aside: the base's items
            JsonNode same = Steps.wrapOnto(json("{'zip':1.0,'city':'A'}"), json("[{'city':'A','zip':1},{'city':'B'}]"));
            assertEquals("[{\"city\":\"A\",\"zip\":1},{\"city\":\"B\"}]", same.toString());
        }

        @Test
        void head_ofArrayStartingWithNull_roundTripsOntoBase() {
            JsonNode original = json("{'labels':[null,'b']}");
            assertEquals(original, head.backward(head.forward(original), original));
        }

        @Test
        void headInMap() {
            Lens lens = mapped("items", new Head("tags"));
            JsonNode a = json("{'items':[{'tags':['x','y']},{'tags':[]}]}");
            assertEquals(json("{'items':[{'tags':'x'},{'tags':null}]}"), lens.forward(a));
            assertEquals(a, lens.backward(lens.forward(a), a));
        }
    }

    @Nested
    class ConvertOp {
        final Lens lens = Lens.of(new Convert("status", new Type.BooleanType(),
                new Type.EnumType(List.of("active", "done", "blocked")), List.of(
                ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                new ValueMapping(N.booleanNode(false), N.textNode("blocked"), ValueMapping.Direction.BACKWARD)),
                null, null));

        @Test
        void forward_andBackward_throughTheTable() {
            assertEquals(json("{'status':'done'}"), lens.forward(json("{'status':true}")));
            assertEquals(json("{'status':false}"), lens.backward(json("{'status':'blocked'}")));
            assertEquals(json("{'status':false}"), lens.backward(json("{'status':'active'}")));
        }

        @Test
        void oneWayEntry_comesBackAsTheBasesValue() {
            JsonNode v2 = json("{'status':'blocked'}");
            JsonNode v1 = lens.backward(v2);
            assertEquals(v2, lens.forward(v1, v2));
            assertEquals(json("{'status':'active'}"), lens.forward(v1));
        }

        @Test
        void unmappedValue_failsNamingPointerAndOp() {
            LensException e = assertThrows(LensException.class, () -> lens.backward(json("{'status':'weird'}")));
            assertEquals("/status", e.pointer());
            assertTrue(e.getMessage().contains("no mapping for \"weird\""), e.getMessage());
        }

        @Test
        void null_isNotLookedUpAsTheStringNull() {
            Lens strings = Lens.of(new Convert("s", null, null, List.of(
                    ValueMapping.both(N.textNode("null"), N.textNode("NULL"))), null, null));
            assertEquals(json("{'s':null}"), strings.forward(json("{'s':null}")));
            assertEquals(json("{'s':'NULL'}"), strings.forward(json("{'s':'null'}")));
        }

        @Test
        void fallback_appliesToUnmappedValues() {
            Lens f = Lens.of(new Convert("s", null, null, List.of(ValueMapping.both(N.textNode("a"), N.textNode("A"))),
                    N.textNode("OTHER"), null));
            assertEquals(json("{'s':'OTHER'}"), f.forward(json("{'s':'zz'}")));
            assertEquals(json("{'s':'zz'}"), f.backward(json("{'s':'OTHER'}"), json("{'s':'zz'}")));
        }

        @Test
        void typeChange_withoutTable_coercesLosslessly() {
            Lens toText = Lens.of(new Convert("n", new Type.IntType(), new Type.StringType(), List.of(), null, null));
            assertEquals(json("{'n':'7'}"), toText.forward(json("{'n':7}")));
            assertEquals(json("{'n':7}"), toText.backward(json("{'n':'7'}")));
            LensException e = assertThrows(LensException.class, () -> toText.backward(json("{'n':'seven'}")));
            assertEquals("/n", e.pointer());
        }

        @Test
        void convertInMap() {
            Lens m = mapped("todos", lens.ops().get(0));
            JsonNode a = json("{'todos':[{'status':true},{'status':false}]}");
            assertEquals(json("{'todos':[{'status':'done'},{'status':'active'}]}"), m.forward(a));
            JsonNode edited = json("{'todos':[{'status':'done'},{'status':'blocked'}]}");
            assertEquals(edited, m.forward(m.backward(edited, a), edited));
        }
    }

    @Nested
    class InAndMap {
        @Test
        void in_ofNullOrMissingField_changesNothing() {
            Lens lens = nestedIn("meta", new Rename("a", "b"));
            assertEquals(json("{'meta':null}"), lens.forward(json("{'meta':null}")));
            assertEquals(json("{}"), lens.forward(json("{}")));
        }

        @Test
        void in_doesNotTouchSiblingWithSamePrefix() {
            Lens lens = nestedIn("meta", new Rename("a", "b"));
            assertEquals(json("{'meta':{'b':1},'metadata':{'a':2}}"),
                    lens.forward(json("{'meta':{'a':1},'metadata':{'a':2}}")));
        }

        @Test
        void map_overNonArray_failsWithPointer() {
            Lens lens = mapped("l", new Rename("a", "b"));
            LensException e = assertThrows(LensException.class, () -> lens.forward(json("{'l':{'a':1}}")));
            assertEquals("/l", e.pointer());
        }

        @Test
        void errorsDeepInside_nameTheFullPointer() {
            Lens lens = mapped("l", new Head("tags"));
            LensException e = assertThrows(LensException.class, () -> lens.forward(json("{'l':[{'tags':[]},{'tags':5}]}")));
            assertEquals("/l/1/tags", e.pointer());
        }
    }

    @Test
    void translationNeverMutatesItsInputs() {
        Lens lens = Lens.of(new Rename("a", "b"), new Wrap("b"), new Add("c", new Type.StringType(), N.textNode("")));
        JsonNode a = json("{'a':1}");
        JsonNode base = json("{'b':[1,2],'c':'keep'}");
        JsonNode aCopy = a.deepCopy();
        JsonNode baseCopy = base.deepCopy();
        JsonNode out = lens.forward(a, base);
        ((com.fasterxml.jackson.databind.node.ArrayNode) out.get("b")).add(NullNode.getInstance());
        assertEquals(aCopy, a);
        assertEquals(baseCopy, base);
    }

    static List<String> fieldOrder(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
