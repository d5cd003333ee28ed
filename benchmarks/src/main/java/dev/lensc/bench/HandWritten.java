package dev.lensc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.bench.generated.Issue30V1;
import dev.lensc.bench.generated.Issue30V2;
import dev.lensc.bench.generated.TodoItemV1;
import dev.lensc.bench.generated.TodoItemV2;
import dev.lensc.bench.generated.TodoItemV3;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The same transformations written by hand against Jackson, as an application would without lensc. */
final class HandWritten {
    private static final List<String> REMOVED = List.of("node_id", "url", "repository_url", "labels_url",
            "comments_url", "events_url", "html_url", "timeline_url", "performed_via_github_app", "active_lock_reason");

    private HandWritten() {}

    static JsonNode issue(JsonNode doc) {
        ObjectNode out = doc.deepCopy();
        out.remove(REMOVED);
        out.set("createdAt", out.remove("created_at"));
        JsonNode labels = out.get("labels");
        JsonNode first = labels.isArray() && !labels.isEmpty() ? labels.get(0) : NullNode.getInstance();
        if (first instanceof ObjectNode label) {
            label.set("isDefault", label.remove("default"));
            JsonNode name = label.remove("name");
            out.set("labels", label);
            out.set("name", name);
        } else {
            out.set("labels", first);
        }
        return out;
    }

    static JsonNode todoV1ToV3(JsonNode doc) {
        ObjectNode out = doc.deepCopy();
        JsonNode done = out.remove("isDone");
        out.put("status", done.booleanValue() ? "done" : "active");
        out.put("groupId", "inbox");
        JsonNode assignee = out.remove("assignee");
        ArrayNode assignees = out.putArray("assignees");
        if (assignee != null && !assignee.isNull()) {
            assignees.add(assignee);
        }
        out.remove("isImportant");
        return out;
    }

    /** {@link #todoV1ToV3} on records: what an application writes by hand between two record classes. */
    static TodoItemV3 todoRecordV1ToV3(TodoItemV1 doc) {
        return new TodoItemV3(doc.title(), doc.isDone() ? TodoItemV2.Status.DONE : TodoItemV2.Status.ACTIVE,
                doc.createdAt(), doc.assignee() == null ? List.of() : List.of(doc.assignee()), "inbox");
    }

    /** {@link #issue} on records (the user, milestone and state classes are shared by both versions). */
    static Issue30V2 issueRecord(Issue30V1 doc) {
        Issue30V1.LabelsItem first = doc.labels().isEmpty() ? null : doc.labels().get(0);
        Issue30V2.Labels label = first == null ? null : new Issue30V2.Labels(first.id(), first.nodeId(), first.url(),
                first.color(), first.default_(), first.description());
        return new Issue30V2(doc.id(), doc.number(), doc.title(), doc.body(), doc.state(), doc.stateReason(),
                doc.locked(), doc.comments(), doc.createdAt2(), doc.updatedAt(), doc.closedAt(),
                doc.authorAssociation(), doc.user(), label, doc.assignee(), doc.milestone(), doc.reactions(),
                doc.draft(), doc.score(), doc.pinned(), first == null ? null : first.name());
    }

    static JsonNode todoV1ToV4(JsonNode doc) {
        ObjectNode out = (ObjectNode) todoV1ToV3(doc);
        out.set("name", out.remove("title"));
        out.put("priority", 0);
        return out;
    }

    static JsonNode bigArray(JsonNode doc) {
        ObjectNode out = doc.deepCopy();
        for (JsonNode item : out.get("items")) {
            ObjectNode o = (ObjectNode) item;
            o.set("isDone", o.remove("done"));
            o.put("priority", 0);
        }
        return out;
    }

    /** Order 1 -> 2 ({@code mixed.lens}) as an application writes it: copy, rename two fields, add one. */
    static JsonNode orderV1ToV2(JsonNode doc) {
        ObjectNode out = doc.deepCopy();
        out.set("customerName", out.remove("customer_name"));
        out.set("customerEmail", out.remove("customer_email"));
        out.put("channel", "web");
        return out;
    }

    /**
     * Order 1 -> 10 as an application writes it without lenses: the version 10 document built
     * straight from the version 1 one, no hop in between (values are immutable nodes, so they are
     * shared; containers are new).
     */
    static JsonNode orderV1ToV10(JsonNode doc) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("orderId", doc.get("id"));
        out.put("status", doc.get("status").textValue().toUpperCase(Locale.ROOT));
        JsonNode shipping = doc.get("shipping");
        ObjectNode address = out.putArray("addresses").addObject();
        address.set("street", shipping.get("street"));
        address.set("city", shipping.get("city"));
        address.set("postalCode", shipping.get("zip"));
        ArrayNode items = out.putArray("items");
        for (JsonNode item : doc.get("items")) {
            ObjectNode copy = item.deepCopy();
            items.add(copy.put("discount_cents", 0));
        }
        ArrayNode coupons = out.putArray("couponCodes");
        JsonNode coupon = doc.get("coupon");
        if (coupon != null && !coupon.isNull()) {
            coupons.add(coupon);
        }
        ObjectNode customer = out.putObject("customer");
        customer.set("name", doc.get("customer_name"));
        customer.put("vip", false);
        ObjectNode money = out.putObject("money");
        money.set("cents", doc.get("total_cents"));
        money.set("currency", doc.get("currency"));
        out.set("country", shipping.get("country"));
        out.putArray("emails").add(doc.get("customer_email"));
        out.put("speed", doc.get("express").booleanValue() ? "express" : "standard");
        ObjectNode meta = out.putObject("meta");
        meta.set("createdAt", doc.get("created"));
        meta.put("channel", "WEB");
        return out;
    }

    /** {@link #orderV1ToV2(JsonNode)} onto a stored version 2 order: the stored channel stays. */
    static JsonNode orderV1ToV2(JsonNode doc, JsonNode base) {
        ObjectNode out = (ObjectNode) orderV1ToV2(doc);
        JsonNode channel = base.get("channel");
        if (channel != null) {
            out.set("channel", channel);
        }
        return out;
    }

    /**
     * {@link #orderV1ToV10(JsonNode)} onto a stored version 10 order: what version 1 does not hold
     * comes from the stored one (its other addresses, coupons and e-mails, item discounts, the VIP
     * flag, the channel).
     */
    static JsonNode orderV1ToV10(JsonNode doc, JsonNode base) {
        ObjectNode out = (ObjectNode) orderV1ToV10(doc);
        appendRest((ArrayNode) out.get("addresses"), base.get("addresses"));
        appendRest((ArrayNode) out.get("couponCodes"), base.get("couponCodes"));
        appendRest((ArrayNode) out.get("emails"), base.get("emails"));
        JsonNode storedItems = base.get("items");
        ArrayNode items = (ArrayNode) out.get("items");
        for (int i = 0; i < items.size() && storedItems != null && i < storedItems.size(); i++) {
            JsonNode discount = storedItems.get(i).get("discount_cents");
            if (discount != null) {
                ((ObjectNode) items.get(i)).set("discount_cents", discount);
            }
        }
        JsonNode vip = base.path("customer").get("vip");
        if (vip != null) {
            ((ObjectNode) out.get("customer")).set("vip", vip);
        }
        JsonNode channel = base.path("meta").get("channel");
        if (channel != null) {
            ((ObjectNode) out.get("meta")).set("channel", channel);
        }
        return out;
    }

    private static void appendRest(ArrayNode to, JsonNode stored) {
        for (int i = 1; stored != null && i < stored.size(); i++) {
            to.add(stored.get(i).deepCopy());
        }
    }

    /**
     * {@link #orderV1ToV2(JsonNode)} tuned by hand: one loop over the fields into an object sized
     * for them, renamed keys in their places, containers copied and values shared.
     */
    static JsonNode orderV1ToV2Tuned(JsonNode doc) {
        ObjectNode out = sized(doc.size() + 1);
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            switch (e.getKey()) {
                case "customer_name" -> out.set("customerName", e.getValue());
                case "customer_email" -> out.set("customerEmail", e.getValue());
                default -> out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out.put("channel", "web");
    }

    /**
     * {@link #orderV1ToV10(JsonNode)} tuned by hand: every object sized for its fields, values
     * shared, the status converted by a {@code switch} instead of a new upper-case string.
     */
    static JsonNode orderV1ToV10Tuned(JsonNode doc) {
        ObjectNode out = sized(12);
        out.set("orderId", doc.get("id"));
        out.put("status", switch (doc.get("status").textValue()) {
            case "new" -> "NEW";
            case "paid" -> "PAID";
            case "shipped" -> "SHIPPED";
            default -> "CANCELLED";
        });
        JsonNode shipping = doc.get("shipping");
        ObjectNode address = sized(3);
        address.set("street", shipping.get("street"));
        address.set("city", shipping.get("city"));
        address.set("postalCode", shipping.get("zip"));
        out.set("addresses", new ArrayNode(JsonNodeFactory.instance, 1).add(address));
        JsonNode source = doc.get("items");
        ArrayNode items = new ArrayNode(JsonNodeFactory.instance, source.size());
        for (JsonNode item : source) {
            ObjectNode copy = sized(item.size() + 1);
            for (Map.Entry<String, JsonNode> e : item.properties()) {
                copy.set(e.getKey(), e.getValue());
            }
            items.add(copy.put("discount_cents", 0));
        }
        out.set("items", items);
        JsonNode coupon = doc.get("coupon");
        out.set("couponCodes", coupon.isNull() ? new ArrayNode(JsonNodeFactory.instance, 0)
                : new ArrayNode(JsonNodeFactory.instance, 1).add(coupon));
        ObjectNode customer = sized(2);
        customer.set("name", doc.get("customer_name"));
        customer.put("vip", false);
        out.set("customer", customer);
        ObjectNode money = sized(2);
        money.set("cents", doc.get("total_cents"));
        money.set("currency", doc.get("currency"));
        out.set("money", money);
        out.set("country", shipping.get("country"));
        out.set("emails", new ArrayNode(JsonNodeFactory.instance, 1).add(doc.get("customer_email")));
        out.put("speed", doc.get("express").booleanValue() ? "express" : "standard");
        ObjectNode meta = sized(2);
        meta.set("createdAt", doc.get("created"));
        meta.put("channel", "WEB");
        out.set("meta", meta);
        return out;
    }

    private static ObjectNode sized(int fields) {
        return new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(fields * 4 / 3 + 1));
    }
}
