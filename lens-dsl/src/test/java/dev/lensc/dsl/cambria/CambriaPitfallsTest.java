package dev.lensc.dsl.cambria;

import static dev.lensc.dsl.cambria.Json.json;
import static dev.lensc.dsl.cambria.Json.lens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.LensException;
import org.junit.jupiter.api.Test;

/**
 * One test per place where Cambria loses data or is inconsistent (docs/cambria-compat.md); each
 * asserts what Lensc does instead.
 */
class CambriaPitfallsTest {

    @Test
    void wrap_matchesTheWholeFieldName_notAPrefix() {
        // Cambria's wrap matches the path by the regex ^/(tag)(.*), which also catches /tagline.
        CambriaLens l = lens("lens:", "  - wrap: { name: tag }");
        assertEquals(json("{'tag':['a'],'tagline':'b'}"), l.applyToDoc(json("{'tag':'a','tagline':'b'}")));
    }

    @Test
    void in_matchesTheWholeFieldName_notAPrefix() {
        // Cambria's in matches ^/meta, which also catches /metadata.
        CambriaLens l = lens("lens:", "  - in: { name: meta, lens: [ { rename: { source: a, destination: b } } ] }");
        assertEquals(json("{'meta':{'b':1},'metadata':{'a':2}}"),
                l.applyToDoc(json("{'meta':{'a':1},'metadata':{'a':2}}")));
    }

    @Test
    void plunge_givesTheSameResultWhicheverKeyComesFirst() {
        // Cambria's own test for this is skipped: a host written after the plunged field overwrites it.
        CambriaLens l = lens("lens:", "  - plunge: { host: tags, name: color }");
        JsonNode expected = json("{'tags':{'size':1,'color':'orange'}}");
        assertEquals(expected, l.applyToDoc(json("{'color':'orange','tags':{'size':1}}")));
        assertEquals(expected, l.applyToDoc(json("{'tags':{'size':1},'color':'orange'}")));
    }

    @Test
    void base_isMergedAtEveryDepth() {
        // Cambria: Object.assign(defaults, base) then the translated patch: a translated nested object
        // replaces the base's object, losing fields only the base has.
        CambriaLens l = lens("lens:", "  - in: { name: user, lens: [ { rename: { source: name, destination: login } } ] }");
        JsonNode base = json("{'user':{'login':'old','avatar':'a.png','settings':{'theme':'dark'}},'id':3}");
        assertEquals(json("{'user':{'login':'new','avatar':'a.png','settings':{'theme':'dark'}},'id':3}"),
                l.applyToDoc(json("{'user':{'name':'new'}}"), null, base));
    }

    @Test
    void reversingHeadOntoABase_replacesOnlyItem0() {
        CambriaLens head = lens("lens:", "  - head: { name: names }");
        JsonNode original = json("{'names':['a','b']}");
        JsonNode view = head.applyToDoc(original);
        assertEquals(json("{'names':'a'}"), view);
        assertEquals(original, head.reverse().applyToDoc(view, null, original));
        assertEquals(json("{'names':['z','b']}"), head.reverse().applyToDoc(json("{'names':'z'}"), null, original));
    }

    @Test
    void falsyDefaults_0_false_andEmptyString_areKept() {
        // Cambria writes `default || defaultValuesByType(type)`: "" on a nullable string becomes null.
        CambriaLens l = lens("lens:",
                "  - add: { name: count, type: number, default: 0 }",
                "  - add: { name: flag, type: [boolean, 'null'], default: false }",
                "  - add: { name: note, type: [string, 'null'], default: '' }");
        assertEquals(json("{'count':0,'flag':false,'note':''}"), l.applyToDoc(json("{}")));
        assertEquals(json("{'type':['string','null'],'default':''}"), l.outputSchema(null).at("/properties/note"));
    }

    @Test
    void headOfAnEmptyArray_isNull_presentNotAbsent() {
        CambriaLens l = lens("lens:", "  - head: { name: labels }");
        JsonNode out = l.applyToDoc(json("{'labels':[]}"));
        assertTrue(out.has("labels"));
        assertTrue(out.get("labels").isNull());
    }

    @Test
    void schemaInference_handlesArraysOfThreeStringsAndObjects_andGivesItemsASchema() {
        CambriaLens l = lens("lens:",
                "  - in: { name: labels, lens: [ { map: { lens: [ { rename: { source: name, destination: title } } ] } } ] }",
                "  - head: { name: tags }");
        JsonNode doc = json("{'tags':['a','b','c'],'labels':[{'name':'x'},{'name':'y','color':'red'},{'name':'z'}],"
                + "'counts':{'a':1,'b':2,'c':3}}");
        assertEquals(json("{'tags':'a','labels':[{'title':'x'},{'title':'y','color':'red'},{'title':'z'}],"
                + "'counts':{'a':1,'b':2,'c':3}}"), l.applyToDoc(doc));
    }

    @Test
    void convert_ofNull_isNotLookedUpAsTheStringNull() {
        // Cambria looks values up by String(value): null finds the key "null".
        CambriaLens l = lens("lens:",
                "  - convert:",
                "      name: state",
                "      mapping:",
                "        - { 'null': unknown, open: todo }",
                "        - { unknown: 'null', todo: open }");
        assertEquals(json("{'state':null}"), l.applyToDoc(json("{'state':null}")));
        assertEquals(json("{'state':'unknown'}"), l.applyToDoc(json("{'state':'null'}")));
    }

    @Test
    void convert_ofAValueNotInTheTable_failsNamingItsPointer() {
        CambriaLens l = lens("lens:",
                "  - in: { name: issue, lens: [ { convert: { name: state, mapping: [ { open: todo }, { todo: open } ] } } ] }");
        LensException e = assertThrows(LensException.class,
                () -> l.applyToDoc(json("{'issue':{'state':'closed'}}")));
        assertEquals("/issue/state", e.pointer());
        assertEquals("at /issue/state: no mapping for \"closed\" and no fallback (in op 'convert state')", e.getMessage());
    }

    @Test
    void hoistError_listsTheFieldsOfTheHost_notOfItsParent() {
        // Cambria's message for a missing field in the host lists the parent's properties.
        CambriaLens l = lens("lens:", "  - hoist: { host: labels, name: title }");
        LensException e = assertThrows(LensException.class,
                () -> l.applyToDoc(json("{'id':1,'labels':{'name':'bug','color':'red'}}")));
        assertEquals("at /: no field 'title' here (fields: name, color) (in op 'hoist labels.title')", e.getMessage());
    }

    @Test
    void plunge_movesAnObjectValueWhole() {
        // Cambria joins the rest of the path with commas: /author/name becomes /meta/author,name.
        CambriaLens l = lens("lens:", "  - plunge: { host: meta, name: author }");
        assertEquals(json("{'meta':{'at':1,'author':{'name':'ann','id':7}}}"),
                l.applyToDoc(json("{'author':{'name':'ann','id':7},'meta':{'at':1}}")));
    }

    @Test
    void convert_tellsANumberFromItsText() {
        // Cambria looks values up by String(value): 1 and "1" find the same entry.
        CambriaLens l = lens("lens:",
                "  - convert: { name: level, sourceType: number, mapping: [ { 1: low }, { low: 1 } ] }");
        assertEquals(json("{'level':'low'}"), l.applyToDoc(json("{'level':1}")));
        LensException e = assertThrows(LensException.class, () -> l.applyToDoc(json("{'level':'1'}")));
        assertEquals("/level", e.pointer());
    }

    @Test
    void lensThatDoesNotFitTheDocument_namesTheObjectInsideAnIn() {
        CambriaLens l = lens("lens:", "  - in: { name: user, lens: [ { rename: { source: nme, destination: login } } ] }");
        LensException e = assertThrows(LensException.class, () -> l.applyToDoc(json("{'user':{'name':'ann'}}")));
        assertEquals("/user", e.pointer());
        assertEquals("at /user: no field 'nme' here (fields: name) (did you mean 'name'?) (in op 'rename nme -> login')",
                e.getMessage());
    }
}
