package com.example.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.runtime.graph.GeneratedLenses;
import org.junit.jupiter.api.Test;

/**
 * Release 3 of the address book lists a contact's email addresses; release 4 labels each one
 * ({@code map emails by address}). A release-3 client edits the list of a contact a release-4
 * client labelled: every label stays with its address, through the generated translators.
 */
class KeyedEmailsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final GeneratedLenses LENSES = GeneratedLenses.load(KeyedEmailsTest.class.getClassLoader())
            .get("com.example.contacts.Contact");

    static final JsonNode STORED_V4 = json("{'first':'Ann','last':'Lee','phone':{},'emails':["
            + "{'address':'ann@work.example','label':'work'},"
            + "{'address':'ann@home.example','label':'home'},"
            + "{'address':'ann@old.example','label':'no longer read'}]}");

    @Test
    void anOldClientDeletesAnEmail_theNewClientsLabelsStayWithTheirAddresses() {
        JsonNode v3 = LENSES.translate(STORED_V4, 4, 3);
        assertEquals(json("{'first':'Ann','last':'Lee','phone':{},'emails':[{'address':'ann@work.example'},"
                + "{'address':'ann@home.example'},{'address':'ann@old.example'}]}"), v3);

        ObjectNode edited = v3.deepCopy();
        ((ArrayNode) edited.get("emails")).remove(0);

        assertEquals(json("{'first':'Ann','last':'Lee','phone':{},'emails':["
                + "{'address':'ann@home.example','label':'home'},"
                + "{'address':'ann@old.example','label':'no longer read'}]}"),
                LENSES.translate(edited, 3, 4, STORED_V4), "by index, 'home' would have moved onto the old address");
    }

    @Test
    void anOldClientReordersAndAddsEmails_labelsFollowTheirAddresses_aNewAddressHasNone() {
        JsonNode edited = json("{'first':'Ann','last':'Lee','phone':{},'emails':[{'address':'ann@old.example'},"
                + "{'address':'ann@new.example'},{'address':'ann@work.example'}]}");
        assertEquals(json("{'first':'Ann','last':'Lee','phone':{},'emails':["
                + "{'address':'ann@old.example','label':'no longer read'},"
                + "{'address':'ann@new.example','label':''},"
                + "{'address':'ann@work.example','label':'work'}]}"),
                LENSES.translate(edited, 3, 4, STORED_V4));
    }

    @Test
    void aVersion1ClientRenamesTheContact_theEmailsAndLabelsSurvive() {
        ObjectNode v1 = LENSES.translate(STORED_V4, 4, 1).deepCopy();
        v1.put("name", "Ann Lee-Smith");
        JsonNode v4 = LENSES.translate(v1, 1, 4, STORED_V4);
        assertEquals(json("{'first':'Ann','last':'Lee-Smith'}").get("last"), v4.get("last"));
        assertEquals(STORED_V4.get("emails"), v4.get("emails"));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
