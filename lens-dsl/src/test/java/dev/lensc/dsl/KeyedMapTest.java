package dev.lensc.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.DocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code map f by key}: the model it builds, and a positioned LENS025 for every key that cannot identify the items. */
class KeyedMapTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LIST = """
            schema List {
              version 1 { items: [{ id: int  code?: string  ref: string?  tags: [string]  text: string }] }
              lens 1 -> 2 {
                %s
              }
            }""";

    private static LensFileResult parse(String op) {
        return LensFiles.parse("l.lens", LIST.formatted(op));
    }

    /** Each error as {@code line:col CODE message}; the op is on line 4, from column 5. */
    private static List<String> errors(String op) {
        return parse(op).diagnostics().stream().filter(d -> d.code().severity() == Severity.ERROR)
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.code().code() + " " + d.message())
                .toList();
    }

    @Test
    void mapByKey_alignsItemsByKeyGoingUpOntoAStoredDocument() throws Exception {
        LensFileResult r = parse("map items by id { add note: string = \"\" }");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
        DocumentType type = r.schema("List").orElseThrow().toDocumentType();
        JsonNode stored = JSON.readTree("""
                {"items":[{"id":1,"ref":null,"tags":[],"text":"a","note":"kept with 1"},
                          {"id":2,"ref":null,"tags":[],"text":"b","note":"kept with 2"}]}""");
        JsonNode oldClientDeletedItem0 = JSON.readTree("""
                {"items":[{"id":2,"ref":null,"tags":[],"text":"b"}]}""");
        assertEquals(JSON.readTree("""
                {"items":[{"id":2,"ref":null,"tags":[],"text":"b","note":"kept with 2"}]}"""),
                type.translate(oldClientDeletedItem0, 1, 2, stored));
    }

    @Test
    void aNullableKey_isAllowed_nullMeaningNoKey() {
        assertEquals(List.of(), errors("map items by ref { add note: string = \"\" }"));
    }

    @Test
    void keyThatIsNoField_isPlacedAtTheKey_withDidYouMean() {
        LensFileResult r = parse("map items by idd { }");
        assertEquals(List.of("4:18 LENS025 the key 'idd' is not a field of the items (fields: id, code, ref, tags, text)"),
                errors("map items by idd { }"));
        assertEquals("did you mean 'id'?", r.diagnostics().get(0).hint());
    }

    @Test
    void keyThatIsNotAScalar() {
        assertEquals(List.of("4:18 LENS025 the key 'tags' is of type [string]; a key must be a string, number, boolean or enum"),
                errors("map items by tags { }"));
    }

    @Test
    void keyThatIsOptional() {
        assertEquals(List.of("4:18 LENS025 the key 'code' is optional; an item without it could not be told apart from the others"),
                errors("map items by code { }"));
    }

    @Test
    void keyRenamedOrRemovedOrConvertedInsideTheMap() {
        assertEquals(List.of("4:18 LENS025 'rename id -> uid' changes the key 'id' inside 'map by id'; the items are told"
                + " apart by it on both sides, so it must stay as it is"), errors("map items by id { rename id -> uid }"));
        assertEquals(List.of("4:18 LENS025 'remove id: int = 0' changes the key 'id' inside 'map by id'; the items are"
                + " told apart by it on both sides, so it must stay as it is"), errors("map items by id { remove id: int }"));
        assertEquals(1, errors("map items by id { convert id: int -> string { } }").size());
    }

    @Test
    void keyedMapOfScalars_isAnError() {
        LensFileResult r = LensFiles.parse("s.lens", """
                schema S {
                  version 1 { tags: [string] }
                  lens 1 -> 2 { map tags by id { } }
                }""");
        assertEquals(List.of("3:29 LENS025 'map by id' needs items that are objects, but they are string"),
                r.diagnostics().stream().map(d -> d.location().line() + ":" + d.location().column() + " "
                        + d.code().code() + " " + d.message()).toList());
    }

    @Test
    void byIsStillANameWhereANameIsExpected() {
        LensFileResult r = LensFiles.parse("b.lens", """
                schema B {
                  version 1 { by: [{ by: int }] }
                  lens 1 -> 2 { map by by by { add x: int } }
                }""");
        assertFalse(r.hasErrors(), r.formatDiagnostics());
    }
}
