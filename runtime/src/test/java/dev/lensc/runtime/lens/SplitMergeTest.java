package dev.lensc.runtime.lens;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Splitting.ElseValue;
import dev.lensc.runtime.lens.Splitting.Part;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code split} and {@code merge}: literal separators and patterns, onto bases and without. */
class SplitMergeTest {
    static final Lens NAME = Lens.of(new LensOp.Split("name", Part.named(List.of("first", "last")),
            new Splitting.Separator(" ")));
    static final Lens PHONE = Lens.of(new LensOp.Split("phone", Part.named(List.of("area", "number")),
            new Splitting.Pattern("^\\((\\d+)\\) (.*)$", "({area}) {number}",
                    List.of(ElseValue.of(""), ElseValue.whole()))));

    @Test
    void split_cutsAtTheFirstSeparator_theLastPartTakingTheRest_inTheFieldsPlace() {
        JsonNode out = NAME.forward(json("{'id':1,'name':'Mary Ann Smith','x':2}"));
        assertEquals(json("{'id':1,'first':'Mary','last':'Ann Smith','x':2}"), out);
        assertEquals(List.of("id", "first", "last", "x"), keys(out));
    }

    @Test
    void split_missingPartsAreEmpty_orTheirDeclaredValue() {
        assertEquals(json("{'first':'Mary','last':''}"), NAME.forward(json("{'name':'Mary'}")));
        assertEquals(json("{'first':'','last':''}"), NAME.forward(json("{'name':''}")));
        assertEquals(json("{'first':'','last':'Smith '}"), NAME.forward(json("{'name':' Smith '}")));
        Lens withDefault = Lens.of(new LensOp.Split("name", List.of(new Part("first", ""), new Part("last", "?")),
                new Splitting.Separator(", ")));
        assertEquals(json("{'first':'Mary','last':'?'}"), withDefault.forward(json("{'name':'Mary'}")));
        assertEquals(json("{'first':'Smith','last':'Mary, Ann'}"), withDefault.forward(json("{'name':'Smith, Mary, Ann'}")));
        assertEquals(json("{'name':'Mary'}"), withDefault.backward(json("{'first':'Mary','last':'?'}")));
    }

    @Test
    void merge_withoutBase_joins_leavingOutTrailingMissingParts() {
        assertEquals(json("{'name':'Mary Ann Smith'}"), NAME.backward(json("{'first':'Mary','last':'Ann Smith'}")));
        assertEquals(json("{'name':'Mary'}"), NAME.backward(json("{'first':'Mary','last':''}")));
        assertEquals(json("{'name':' Smith'}"), NAME.backward(json("{'first':'','last':'Smith'}")));
    }

    @Test
    void mergeOntoBase_keepsTheOriginalTextByteForByte_whenThePartsDidNotChange() {
        JsonNode base = json("{'name':'Mary '}");
        assertEquals(base, NAME.backward(NAME.forward(base), base));
        JsonNode spaced = json("{'name':'Mary  Smith'}");
        assertEquals(spaced, NAME.backward(NAME.forward(spaced), spaced));
    }

    @Test
    void mergeOntoBase_changesOnlyTheEditedPart() {
        assertEquals(json("{'name':'Anne  Smith'}"), NAME.backward(json("{'first':'Anne','last':' Smith'}"),
                json("{'name':'Mary  Smith'}")));
        // the base wrote an empty last part: it stays written
        assertEquals(json("{'name':'Anne '}"), NAME.backward(json("{'first':'Anne','last':''}"), json("{'name':'Mary '}")));
    }

    @Test
    void splitOntoBase_keepsPartsThatHoldTheSeparator_whenTheyMergeToTheSameText() {
        JsonNode parts = json("{'first':'Mary Ann','last':'Smith'}");
        JsonNode down = NAME.backward(parts);
        assertEquals(json("{'name':'Mary Ann Smith'}"), down);
        assertEquals(parts, NAME.forward(down, parts));
        assertEquals(json("{'first':'Mary','last':'Ann Smith'}"), NAME.forward(down));
    }

    @Test
    void absentField_leavesThePartsAbsent_andAllPartsAbsent_leaveTheFieldAbsent() {
        assertEquals(json("{'x':1}"), NAME.forward(json("{'x':1}")));
        assertEquals(json("{'x':1}"), NAME.backward(json("{'x':1}")));
        assertEquals(json("{'name':'Mary'}"), NAME.backward(json("{'first':'Mary'}")));
    }

    @Test
    void patternSplit_groupsForward_formatBack_elseForTextsItDoesNotMatch() {
        assertEquals(json("{'area':'030','number':'123 45'}"), PHONE.forward(json("{'phone':'(030) 123 45'}")));
        assertEquals(json("{'phone':'(030) 99'}"), PHONE.backward(json("{'area':'030','number':'99'}")));
        assertEquals(json("{'area':'','number':'555-1234'}"), PHONE.forward(json("{'phone':'555-1234'}")));
        // the else rule's image goes back as the text it came from, not as "() 555-1234"
        assertEquals(json("{'phone':'555-1234'}"), PHONE.backward(json("{'area':'','number':'555-1234'}")));
        // a part the pattern cannot read: the format writes it all the same
        assertEquals(json("{'phone':'(abc) 1'}"), PHONE.backward(json("{'area':'abc','number':'1'}")));
    }

    @Test
    void patternSplitWithoutElse_failsNamingThePointer() {
        Lens strict = Lens.of(new LensOp.In("contact", List.of(new LensOp.Split("phone",
                Part.named(List.of("area", "number")), new Splitting.Pattern("\\((\\d+)\\) (.*)", "({area}) {number}", null)))));
        LensException e = assertThrows(LensException.class, () -> strict.forward(json("{'contact':{'phone':'555'}}")));
        assertEquals("/contact/phone", e.pointer());
        assertEquals("\"555\" does not match /\\((\\d+)\\) (.*)/, and the split has no else rule", e.reason());
    }

    @Test
    void nonStringValue_isAnErrorAtItsPointer() {
        LensException e = assertThrows(LensException.class, () -> NAME.forward(json("{'name':7}")));
        assertEquals("/name", e.pointer());
        LensException m = assertThrows(LensException.class, () -> NAME.backward(json("{'first':'a','last':null}")));
        assertEquals("/last", m.pointer());
    }

    @Test
    void schema_partsTakeTheFieldsPlacePresenceAndCutDefault() {
        Type v1 = new Type.ObjectType(List.of(new Field("id", new Type.IntType()),
                new Field("name", new Type.StringType(), com.fasterxml.jackson.databind.node.TextNode.valueOf("Jane Q Doe")),
                new Field("x", new Type.IntType())));
        Type v2 = NAME.targetType(v1);
        assertEquals(new Type.ObjectType(List.of(new Field("id", new Type.IntType()),
                new Field("first", new Type.StringType(), com.fasterxml.jackson.databind.node.TextNode.valueOf("Jane")),
                new Field("last", new Type.StringType(), com.fasterxml.jackson.databind.node.TextNode.valueOf("Q Doe")),
                new Field("x", new Type.IntType()))), v2);
        assertEquals(v1, NAME.reverse().targetType(v2));
    }

    @Test
    void jsonSchema_ofTheSplitVersion_hasThePartsAsStrings_requiredWhereTheFieldWas() {
        Type v1 = new Type.ObjectType(List.of(new Field("name", new Type.StringType()),
                Field.optional("phone", new Type.StringType())));
        JsonNode schema = dev.lensc.runtime.schema.JsonSchemas.toJsonSchema(
                PHONE.targetType(NAME.targetType(v1)));
        assertEquals(json("{'first':{'type':'string'},'last':{'type':'string'},'area':{'type':'string'},"
                + "'number':{'type':'string'}}"), schema.get("properties"));
        assertEquals(json("['first','last']"), schema.get("required"));
    }

    @Test
    void schema_splitOfANonString_isAProblem() {
        Type v1 = new Type.ObjectType(List.of(new Field("name", new Type.IntType())));
        LensException e = assertThrows(LensException.class, () -> NAME.targetType(v1));
        assertEquals("cannot split 'name': it is int, not a string", e.reason().replaceAll(" \\(.*", ""));
    }

    private static List<String> keys(JsonNode o) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }
}
