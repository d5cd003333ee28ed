package dev.lensc.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.store.Assembly;
import dev.lensc.runtime.store.Part;
import java.util.List;

/** The document types of the store tests, built with the runtime API. */
final class Schemas {
    static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Type STRING = new Type.StringType();
    static final Type INT = new Type.IntType();
    static final Type BOOL = new Type.BooleanType();

    static final Type.ObjectType TODO_V1 = new Type.ObjectType(List.of(
            new Field("title", STRING),
            new Field("isDone", BOOL),
            new Field("assignee", new Type.NullableType(STRING)),
            new Field("tags", new Type.ArrayType(STRING)),
            new Field("metadata", new Type.ObjectType(List.of(
                    new Field("createdBy", STRING),
                    new Field("priority", INT))))));

    /** Three versions: a status instead of a done flag; groups, several assignees, one tag. */
    static final DocumentType TODO = DocumentType.builder("TodoItem")
            .version(1, TODO_V1)
            .lens(1, 2, Lens.of(
                    new LensOp.Rename("isDone", "status"),
                    new LensOp.Convert("status", BOOL, new Type.EnumType(List.of("active", "done", "blocked")), List.of(
                            ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                            ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                            new ValueMapping(N.booleanNode(false), N.textNode("blocked"),
                                    ValueMapping.Direction.BACKWARD)), null, null),
                    new LensOp.In("metadata", List.of(new LensOp.Rename("createdBy", "author")))),
                    "done flag becomes a status")
            .lens(2, 3, Lens.of(
                    new LensOp.Add("groupId", STRING, N.textNode("inbox")),
                    new LensOp.Wrap("assignee"),
                    new LensOp.Rename("assignee", "assignees"),
                    new LensOp.Hoist("metadata", "priority"),
                    new LensOp.Head("tags"),
                    new LensOp.Rename("tags", "tag")),
                    "groups, several assignees, one tag")
            .build();

    /** Chesterfield's split: version 2 of a todo item has no done flag; {@code status@1} holds it. */
    static final DocumentType ITEM = DocumentType.builder("TodoItem")
            .version(1, new Type.ObjectType(List.of(new Field("title", STRING), new Field("isDone", BOOL))))
            .lens(1, 2, Lens.of(new LensOp.Remove("isDone", BOOL, N.booleanNode(false)),
                    new LensOp.Add("note", STRING, N.textNode(""))), "the done flag moves to status")
            .build();

    static final DocumentType STATUS = DocumentType.builder("Status")
            .version(1, new Type.ObjectType(List.of(new Field("todoId", STRING), new Field("done", BOOL))))
            .build();

    /** {@code todo-item@1} is assembled from {@code todo-item@2} and the {@code status@1} that references it. */
    static final Assembly ITEM_V1 = Assembly.of("todo-item", 1).input("status", 1, "todoId",
            Part.lens(Lens.of(new LensOp.Remove("todoId", STRING, N.textNode("")), new LensOp.Rename("done", "isDone")),
                    "isDone"));

    /** A counter that every writer increments; version 2 renames it. */
    static final DocumentType COUNTER = DocumentType.builder("Counter")
            .version(1, new Type.ObjectType(List.of(new Field("count", INT), new Field("by", STRING))))
            .lens(1, 2, Lens.of(new LensOp.Rename("count", "total")))
            .build();

    /** Version 2 knows two moods; a v1 mood outside the table cannot be translated. */
    static final DocumentType MOOD = DocumentType.builder("Mood")
            .version(1, new Type.ObjectType(List.of(new Field("mood", STRING))))
            .lens(1, 2, Lens.of(new LensOp.Convert("mood", STRING, new Type.EnumType(List.of("good", "bad")), List.of(
                    ValueMapping.both(N.textNode(":)"), N.textNode("good")),
                    ValueMapping.both(N.textNode(":("), N.textNode("bad"))), null, null)))
            .build();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private Schemas() {}
}
