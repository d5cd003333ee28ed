package dev.lensc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The input documents of the benchmarks, valid in version 1 of their types. */
final class Documents {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Documents() {}

    static JsonNode issue() {
        ObjectNode d = NODES.objectNode();
        d.put("id", 1_234_567_890L).put("node_id", "I_kwDOA").put("number", 4242).put("title", "Crash on start")
                .put("body", "Steps to reproduce: open the app.").put("state", "open").putNull("state_reason")
                .put("locked", false).putNull("active_lock_reason").put("comments", 12)
                .put("created_at", "2024-05-01T10:00:00Z").put("updated_at", "2024-05-02T11:00:00Z")
                .putNull("closed_at").put("author_association", "CONTRIBUTOR")
                .put("url", "https://api.github.com/repos/o/r/issues/4242")
                .put("repository_url", "https://api.github.com/repos/o/r")
                .put("labels_url", "https://api.github.com/repos/o/r/issues/4242/labels{/name}")
                .put("comments_url", "https://api.github.com/repos/o/r/issues/4242/comments")
                .put("events_url", "https://api.github.com/repos/o/r/issues/4242/events")
                .put("html_url", "https://github.com/o/r/issues/4242");
        d.putObject("user").put("login", "octocat").put("id", 1L).put("node_id", "MDQ6").put("avatar_url", "https://a")
                .put("type", "User").put("site_admin", false);
        ArrayNode labels = d.putArray("labels");
        String[] names = {"bug", "crash", "p1", "android", "needs-triage"};
        for (int i = 0; i < names.length; i++) {
            labels.addObject().put("id", 100L + i).put("node_id", "LA_" + i).put("url", "https://l/" + names[i])
                    .put("name", names[i]).put("color", "d73a4a").put("default", i == 0).putNull("description");
        }
        d.put("assignee", "hubot");
        d.putObject("milestone").put("title", "v1.0").put("number", 3);
        d.putObject("reactions").put("+1", 5).put("heart", 2);
        d.put("draft", false).put("timeline_url", "https://api.github.com/repos/o/r/issues/4242/timeline")
                .putNull("performed_via_github_app").put("score", 1.0).put("pinned", false);
        return d;
    }

    static JsonNode todo() {
        return NODES.objectNode().put("title", "buy milk").put("isDone", true).putNull("isImportant")
                .put("createdAt", "2024-05-01").put("assignee", "ann");
    }

    static JsonNode bigArray() {
        ObjectNode d = NODES.objectNode().put("name", "backlog");
        ArrayNode items = d.putArray("items");
        for (int i = 0; i < 1000; i++) {
            items.addObject().put("id", i).put("done", i % 3 == 0).put("text", "item " + i);
        }
        return d;
    }

    static JsonNode chain() {
        return NODES.objectNode().put("f1", "value").put("flag", true).put("title", "t").put("count", 3)
                .put("owner", "o");
    }
    /** An order in version 1 of {@code mixed.lens}. */
    static JsonNode order() {
        return json("""
                {"id": "A-1001", "customer_name": "Ann Lee", "customer_email": "ann@example.com", "status": "paid",
                 "express": true, "total_cents": 4599, "currency": "EUR", "note": "leave at the door",
                 "shipping": {"street": "1 Main St", "city": "Springfield", "zip": "12345", "country": "DE"},
                 "items": [{"sku": "X1", "qty": 2, "price_cents": 1500}, {"sku": "Y2", "qty": 1, "price_cents": 1599}],
                 "coupon": "SPRING", "created": "2024-05-01T10:00:00Z", "tags": ["gift", "priority"]}
                """);
    }

    /** {@link #order()} in version 2, worked out by hand: two renames in place, the channel appended. */
    static JsonNode orderV2() {
        return json("""
                {"id": "A-1001", "customerName": "Ann Lee", "customerEmail": "ann@example.com", "status": "paid",
                 "express": true, "total_cents": 4599, "currency": "EUR", "note": "leave at the door",
                 "shipping": {"street": "1 Main St", "city": "Springfield", "zip": "12345", "country": "DE"},
                 "items": [{"sku": "X1", "qty": 2, "price_cents": 1500}, {"sku": "Y2", "qty": 1, "price_cents": 1599}],
                 "coupon": "SPRING", "created": "2024-05-01T10:00:00Z", "tags": ["gift", "priority"], "channel": "web"}
                """);
    }

    /**
     * {@link #order()} in version 10, worked out by hand hop by hop: renamed fields stay in place,
     * added, hoisted and plunged-into-new-host fields go to the end in the order of their ops.
     */
    static JsonNode orderV10() {
        return json("""
                {"orderId": "A-1001", "status": "PAID",
                 "addresses": [{"street": "1 Main St", "city": "Springfield", "postalCode": "12345"}],
                 "items": [{"sku": "X1", "qty": 2, "price_cents": 1500, "discount_cents": 0},
                           {"sku": "Y2", "qty": 1, "price_cents": 1599, "discount_cents": 0}],
                 "couponCodes": ["SPRING"], "customer": {"name": "Ann Lee", "vip": false},
                 "money": {"cents": 4599, "currency": "EUR"}, "country": "DE", "emails": ["ann@example.com"],
                 "speed": "express", "meta": {"createdAt": "2024-05-01T10:00:00Z", "channel": "WEB"}}
                """);
    }

    /** A stored version 2 order to translate onto: another channel. */
    static JsonNode orderV2Base() {
        ObjectNode base = (ObjectNode) orderV2();
        return base.put("channel", "app");
    }

    /** A stored version 10 order to translate onto: a second address, coupon and e-mail, a VIP customer. */
    static JsonNode orderV10Base() {
        return json("""
                {"orderId": "A-1001", "status": "SHIPPED",
                 "addresses": [{"street": "1 Main St", "city": "Springfield", "postalCode": "12345"},
                               {"street": "2 Side St", "city": "Shelbyville", "postalCode": "54321"}],
                 "items": [{"sku": "X1", "qty": 2, "price_cents": 1500, "discount_cents": 100},
                           {"sku": "Y2", "qty": 1, "price_cents": 1599, "discount_cents": 0}],
                 "couponCodes": ["SPRING", "VIP"], "customer": {"name": "Ann Lee", "vip": true},
                 "money": {"cents": 4499, "currency": "EUR"}, "country": "DE",
                 "emails": ["ann@example.com", "ann@work.example"], "speed": "standard",
                 "meta": {"createdAt": "2024-05-01T10:00:00Z", "channel": "APP"}}
                """);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
