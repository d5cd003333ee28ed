package dev.lensc.runtime.patch;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Patches across {@code split name -> first, last by " "}: path-level and with the document. */
class SplitPatchTest {
    static final Lens NAME = Lens.of(new LensOp.Split("name", Splitting.Part.named(List.of("first", "last")),
            new Splitting.Separator(" ")));

    @Test
    void pathLevel_aReplaceOfTheTextBecomesReplacesOfEveryPart() {
        PatchTranslation t = PatchTranslator.forward(NAME, JsonPatch.parse("[{'op':'replace','path':'/name','value':'Ada King Lovelace'}]"
                .replace('\'', '"')));
        assertEquals(JsonPatch.parse(json("[{'op':'replace','path':'/first','value':'Ada'},"
                + "{'op':'replace','path':'/last','value':'King Lovelace'}]")), t.patch());
        PatchTranslation removal = PatchTranslator.forward(NAME, JsonPatch.parse(json("[{'op':'remove','path':'/name'}]")));
        assertEquals(JsonPatch.parse(json("[{'op':'remove','path':'/first'},{'op':'remove','path':'/last'}]")), removal.patch());
    }

    @Test
    void pathLevel_anEditOfOnePartGoingBack_needsTheDocument() {
        PatchTranslation t = PatchTranslator.backward(NAME, JsonPatch.parse(json("[{'op':'replace','path':'/last','value':'Byron'}]")));
        assertTrue(t.isRejected());
        assertEquals(PatchTranslation.Cause.NEEDS_DOCUMENT, t.rejected().get(0).cause());
        assertEquals("cannot translate without the document: 'merge first, last -> name by \" \"' writes /name from every"
                + " part, and this edit changes only /last", t.rejected().get(0).reason());
    }

    @Test
    void withTheDocument_aReplaceOfOnePartOntoTheStoredDocument_becomesAReplaceOfTheText() {
        JsonNode stored = json("{'id':1,'name':'Ada  Lovelace'}");
        PatchTranslation t = PatchTranslator.backward(NAME, JsonPatch.parse(json("[{'op':'replace','path':'/last','value':'Byron'}]")),
                stored);
        assertEquals(JsonPatch.parse(json("[{'op':'replace','path':'/name','value':'Ada Byron'}]")), t.patch());
        // only the edited part changed: the first part and the separator are the stored text's
        JsonNode edited = t.patch().applyTo(stored);
        assertEquals(json("{'id':1,'name':'Ada Byron'}"), edited);
        PatchTranslation first = PatchTranslator.backward(NAME, JsonPatch.parse(json("[{'op':'replace','path':'/first','value':'Augusta'}]")),
                stored);
        assertEquals(JsonPatch.parse(json("[{'op':'replace','path':'/name','value':'Augusta  Lovelace'}]")), first.patch());
    }

    @Test
    void withTheDocument_aReplaceOfTheText_replacesThePartsThatChange() {
        JsonNode doc = json("{'name':'Ada Lovelace'}");
        PatchTranslation t = PatchTranslator.forward(NAME, JsonPatch.parse(json("[{'op':'replace','path':'/name','value':'Ada Byron'}]")), doc);
        JsonNode up = NAME.forward(doc);
        assertEquals(NAME.forward(json("{'name':'Ada Byron'}")), t.patch().applyTo(up));
    }
}
