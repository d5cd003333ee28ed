package dev.lensc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lensc.bench.generated.Issue30V1;
import dev.lensc.bench.generated.Issue30V2;
import dev.lensc.bench.generated.TodoItemV1;
import dev.lensc.bench.generated.TodoItemV2;
import dev.lensc.bench.generated.TodoItemV3;
import java.util.List;

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
}
