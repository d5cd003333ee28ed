package com.example.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.graph.GeneratedLenses;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Release 1 of the address book keeps a contact's name and phone number as typed; release 2 keeps
 * first and last name and the phone number's area code apart. Both read and write the same
 * contacts through the generated translators: each row of the tables is a contact, how the other
 * release sees it, and what comes back.
 */
class ContactRoundTripTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final GeneratedLenses LENSES = GeneratedLenses.load(ContactRoundTripTest.class.getClassLoader())
            .get("com.example.contacts.Contact");

    /** A v1 contact, how v2 reads it, and what v1 reads back of v2's copy with and without the stored v1 document. */
    record Up(String why, String v1, String v2, String backOntoStored, String backNew) {}

    static final List<Up> UP = List.of(
            new Up("one word", "{'name':'Cher','phone':'(030) 1234'}",
                    "{'first':'Cher','last':'','phone':{'area':'030','number':'1234'}}", "same", "same"),
            new Up("three words: the last part takes the rest", "{'name':'Mary Ann Smith','phone':'(030) 12 34'}",
                    "{'first':'Mary','last':'Ann Smith','phone':{'area':'030','number':'12 34'}}", "same", "same"),
            new Up("empty", "{'name':'','phone':''}",
                    "{'first':'','last':'','phone':{'area':'','number':''}}", "same", "same"),
            new Up("a separator at the start", "{'name':' Smith'}", "{'first':'','last':'Smith','phone':{}}", "same",
                    "same"),
            new Up("a separator at the end: kept onto the stored text, not when created anew", "{'name':'Mary '}",
                    "{'first':'Mary','last':'','phone':{}}", "same", "{'name':'Mary'}"),
            new Up("two separators in a row: the second belongs to the last part", "{'name':'Mary  Smith'}",
                    "{'first':'Mary','last':' Smith','phone':{}}", "same", "same"),
            new Up("a phone number the pattern does not match: the else rule", "{'name':'Ann','phone':'555-1234'}",
                    "{'first':'Ann','last':'','phone':{'area':'','number':'555-1234'}}", "same", "same"),
            new Up("a phone number with letters for an area code", "{'name':'Ann','phone':'(abc) 1'}",
                    "{'first':'Ann','last':'','phone':{'area':'','number':'(abc) 1'}}", "same", "same"));

    @Test
    void v1ContactsReadInV2_andBack() {
        for (Up row : UP) {
            JsonNode v1 = json(row.v1());
            JsonNode v2 = LENSES.translate(v1, 1, 2);
            assertEquals(json(row.v2()), v2, row.why());
            assertEquals(row.backOntoStored().equals("same") ? v1 : json(row.backOntoStored()),
                    LENSES.translate(v2, 2, 1, v1), row.why() + ": back onto the stored v1 contact");
            assertEquals(row.backNew().equals("same") ? v1 : json(row.backNew()), LENSES.translate(v2, 2, 1),
                    row.why() + ": back as a new v1 contact");
        }
    }

    /** A contact a v2 client wrote, how v1 sees it, and what v2 reads back of v1's copy (without and onto the stored v2 one). */
    record Down(String why, String v2, String v1, String backNew, String backOntoStored) {}

    static final List<Down> DOWN = List.of(
            new Down("two parts", "{'first':'Ada','last':'Lovelace','phone':{'area':'020','number':'7946 0000'}}",
                    "{'name':'Ada Lovelace','phone':'(020) 7946 0000'}", "same", "same"),
            new Down("no last name", "{'first':'Cher','last':'','phone':{}}", "{'name':'Cher'}", "same", "same"),
            new Down("no first name", "{'first':'','last':'Smith','phone':{}}", "{'name':' Smith'}", "same", "same"),
            new Down("a first name with a space: cut there, unless the stored v2 contact says otherwise",
                    "{'first':'Mary Ann','last':'Smith','phone':{}}", "{'name':'Mary Ann Smith'}",
                    "{'first':'Mary','last':'Ann Smith','phone':{}}", "same"),
            new Down("no area code: the number goes down as it is", "{'first':'Ann','last':'','phone':{'area':'','number':'555-1234'}}",
                    "{'name':'Ann','phone':'555-1234'}", "same", "same"),
            new Down("an area that is not digits goes down as the format writes it",
                    "{'first':'Ann','last':'','phone':{'area':'x','number':'1'}}", "{'name':'Ann','phone':'(x) 1'}",
                    "{'first':'Ann','last':'','phone':{'area':'','number':'(x) 1'}}", "same"),
            new Down("no phone at all", "{'first':'Ann','last':'Lee','phone':{}}", "{'name':'Ann Lee'}", "same", "same"));

    @Test
    void v2ContactsReadInV1_andBack() {
        for (Down row : DOWN) {
            JsonNode v2 = json(row.v2());
            JsonNode v1 = LENSES.translate(v2, 2, 1);
            assertEquals(json(row.v1()), v1, row.why());
            assertEquals(row.backNew().equals("same") ? v2 : json(row.backNew()), LENSES.translate(v1, 1, 2),
                    row.why() + ": back up as a new v2 contact");
            assertEquals(row.backOntoStored().equals("same") ? v2 : json(row.backOntoStored()),
                    LENSES.translate(v1, 1, 2, v2), row.why() + ": back up onto the stored v2 contact");
        }
    }

    @Test
    void aV2EditOfOnePart_changesOnlyThatPartOfTheStoredV1Text() {
        JsonNode stored = json("{'name':'Mary  Smith','phone':'(030) 12  34'}");
        JsonNode v2 = LENSES.translate(stored, 1, 2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) v2).put("last", "Jones");
        assertEquals(json("{'name':'Mary Jones','phone':'(030) 12  34'}"), LENSES.translate(v2, 2, 1, stored));
        JsonNode areaEdit = LENSES.translate(stored, 1, 2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) areaEdit.get("phone")).put("area", "040");
        assertEquals(json("{'name':'Mary  Smith','phone':'(040) 12  34'}"), LENSES.translate(areaEdit, 2, 1, stored));
        JsonNode unmatched = json("{'name':'Ann','phone':'555-1234'}");
        JsonNode numberEdit = LENSES.translate(unmatched, 1, 2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) numberEdit.get("phone")).put("number", "555-9999");
        assertEquals(json("{'name':'Ann','phone':'555-9999'}"), LENSES.translate(numberEdit, 2, 1, unmatched));
    }

    @Test
    void aV1EditOfTheName_movesOntoTheStoredV2Contact_keepingWhatV1CannotSay() {
        JsonNode storedV2 = json("{'first':'Mary Ann','last':'Smith','phone':{'area':'030','number':'1'}}");
        JsonNode v1 = LENSES.translate(storedV2, 2, 1);
        assertEquals(json("{'name':'Mary Ann Smith','phone':'(030) 1'}"), v1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) v1).put("phone", "(030) 2");
        assertEquals(json("{'first':'Mary Ann','last':'Smith','phone':{'area':'030','number':'2'}}"),
                LENSES.translate(v1, 1, 2, storedV2), "the unchanged name keeps its stored parts");
        ((com.fasterxml.jackson.databind.node.ObjectNode) v1).put("name", "Mary Ann Jones");
        assertEquals(json("{'first':'Mary','last':'Ann Jones','phone':{'area':'030','number':'2'}}"),
                LENSES.translate(v1, 1, 2, storedV2), "a changed name is split anew");
    }

    @Test
    void generatedRecordsReadTheTranslatedDocuments() throws JsonProcessingException {
        ContactV2 v2 = JSON.treeToValue(LENSES.translate(json("{'name':'Mary Ann Smith','phone':'(030) 1'}"), 1, 2),
                ContactV2.class);
        assertEquals("Mary", v2.first());
        assertEquals("Ann Smith", v2.last());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
