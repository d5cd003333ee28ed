package com.example.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.lens.LensException;
import java.util.ArrayList;
import java.util.List;

/**
 * The server of {@code POST /v{1,2}/sendMessage}: it speaks v2 inside and accepts both versions at
 * the edge, so v1 clients in the field keep working.
 */
public final class MessageServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<SendMessageV2> outbox = new ArrayList<>();

    /** @return 202 for an accepted message, 400 with the reason for one that does not fit its version */
    public Response sendMessage(int apiVersion, JsonNode body) {
        try {
            // the version's record is the schema check: an unknown field (a v1 body with a subject) is refused
            JSON.treeToValue(body, SendMessageLenses.recordClass(apiVersion));
            JsonNode v2 = SendMessageLenses.translate(body, apiVersion, 2);
            SendMessageV2 message = JSON.treeToValue(v2, SendMessageV2.class);
            if (message.to() == null || message.from() == null || message.body() == null) {
                return new Response(400, "to, from and body are required");
            }
            outbox.add(message);
            return new Response(202, "queued");
        } catch (LensException | com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return new Response(400, e.getMessage());
        }
    }

    /** What a client of {@code apiVersion} sees of the outbox. */
    public List<JsonNode> outbox(int apiVersion) {
        return outbox.stream().map(m -> SendMessageLenses.translate(JSON.valueToTree(m), 2, apiVersion)).toList();
    }

    public record Response(int status, String message) {}
}
