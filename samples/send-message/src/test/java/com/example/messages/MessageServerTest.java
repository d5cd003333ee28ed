package com.example.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final MessageServer server = new MessageServer();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aV1ClientStillWorks_andAV2ClientSendsASubject() throws Exception {
        assertEquals(202, server.sendMessage(1, JSON.valueToTree(new SendMessageV1("bob", "ann", "hi"))).status());
        assertEquals(202, server.sendMessage(2, JSON.valueToTree(new SendMessageV2("ann", "bob", "hello", "Re: hi"))).status());
        assertEquals(List.of(json("{'to':'bob','from':'ann','body':'hi','subject':''}"),
                json("{'to':'ann','from':'bob','body':'hello','subject':'Re: hi'}")), server.outbox(2));
        assertEquals(List.of(json("{'to':'bob','from':'ann','body':'hi'}"), json("{'to':'ann','from':'bob','body':'hello'}")),
                server.outbox(1));
    }

    @Test
    void aBodyThatDoesNotFit_isA400NamingThePlace() throws Exception {
        MessageServer.Response r = server.sendMessage(1, json("{'to':'bob','from':'ann','body':'hi','subject':'x'}"));
        assertEquals(400, r.status());
        assertTrue(r.message().contains("at /subject: not a valid SendMessage version 1: field 'subject' is not declared"),
                r.message());
        assertEquals(0, server.outbox(2).size());
    }
}
