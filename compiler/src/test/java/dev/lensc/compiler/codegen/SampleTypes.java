package dev.lensc.compiler.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lensc.runtime.graph.DocumentType;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.Splitting;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;

/** Document types the code generator is tested on, built with the runtime's builder. */
final class SampleTypes {
    static final Type STRING = new Type.StringType();
    static final Type INT = new Type.IntType();
    static final Type LONG = new Type.LongType();
    static final Type BOOLEAN = new Type.BooleanType();

    private SampleTypes() {}

    static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }

    static Type.ObjectType object(Field... fields) {
        return new Type.ObjectType(List.of(fields));
    }

    static Field field(String name, Type type) {
        return new Field(name, type);
    }

    static Type nullable(Type t) {
        return new Type.NullableType(t);
    }

    /** The DESIGN.md todo item: a done flag that becomes a status, a group, an assignee list. */
    static DocumentType todo() {
        Type.ObjectType v1 = object(
                field("title", STRING),
                field("isDone", BOOLEAN),
                field("isImportant", nullable(BOOLEAN)),
                field("createdAt", STRING),
                field("assignee", nullable(STRING)));
        Type status = new Type.EnumType(List.of("active", "done", "blocked", "halted"));
        LensOp.Convert convert = new LensOp.Convert("status", BOOLEAN, status, List.of(
                ValueMapping.both(BooleanNode.TRUE, text("done")),
                ValueMapping.both(BooleanNode.FALSE, text("active")),
                new ValueMapping(BooleanNode.FALSE, text("blocked"), ValueMapping.Direction.BACKWARD),
                new ValueMapping(BooleanNode.FALSE, text("halted"), ValueMapping.Direction.BACKWARD)), null, null);
        return DocumentType.builder("TodoItem")
                .version(1, v1)
                .lens(1, 2, Lens.of(new LensOp.Rename("isDone", "status"), convert), "done flag becomes a status")
                .lens(2, 3, Lens.of(
                        new LensOp.Add("groupId", STRING, text("inbox")),
                        new LensOp.Wrap("assignee"),
                        new LensOp.Rename("assignee", "assignees"),
                        new LensOp.Remove("isImportant", nullable(BOOLEAN), NullNode.getInstance())),
                        "groups, and several assignees")
                .build();
    }

    /**
     * A contact whose name is split at a space and whose phone number is split by a pattern into a
     * nested object: split, pattern split with an else rule, add and plunge.
     */
    static DocumentType contact() {
        Type.ObjectType v1 = object(field("id", INT), field("name", STRING), field("phone", STRING));
        return DocumentType.builder("Contact")
                .version(1, v1)
                .lens(1, 2, Lens.of(
                        new LensOp.Split("name", List.of(new Splitting.Part("first", ""), new Splitting.Part("last", "")),
                                new Splitting.Separator(" ")),
                        new LensOp.Split("phone", Splitting.Part.named(List.of("area", "number")),
                                new Splitting.Pattern("^\\((\\d+)\\) (.*)$", "({area}) {number}",
                                        List.of(Splitting.ElseValue.of(""), Splitting.ElseValue.whole()))),
                        new LensOp.Add("phone", Type.ObjectType.empty(), JsonNodeFactory.instance.objectNode()),
                        new LensOp.Plunge("phone", "area"),
                        new LensOp.Plunge("phone", "number")), "first and last name, a structured phone number")
                .build();
    }

    /** A custom lens between two renames: generated code calls the class, as the interpreter does. */
    static DocumentType tagged() {
        Type.ObjectType v1 = object(field("name", STRING), field("tags", new Type.ArrayType(STRING)));
        return DocumentType.builder("Tagged")
                .version(1, v1)
                .lens(1, 2, Lens.of(
                        new LensOp.Rename("name", "title"),
                        new LensOp.Custom("tags", TagsToSet.class.getName(), new TagsToSet(), false),
                        new LensOp.Rename("tags", "tagSet")), "tags become a set")
                .build();
    }

    /**
     * A shopping list whose items are keyed by id: v2 drops the items' 'legacy' field and adds a
     * 'note'; onto a stored document each item takes the stored item with its id (generated code
     * calls the runtime's alignment, as the interpreter does).
     */
    static DocumentType shoppingList() {
        Type.ObjectType item = object(field("id", INT), field("text", STRING), field("legacy", nullable(STRING)));
        return DocumentType.builder("ShoppingList")
                .version(1, object(field("title", STRING), field("items", new Type.ArrayType(item))))
                .lens(1, 2, Lens.of(new LensOp.In("items", List.of(new LensOp.Map(List.of(
                        new LensOp.Remove("legacy", nullable(STRING), NullNode.getInstance()),
                        new LensOp.Add("note", STRING, TextNode.valueOf("")),
                        new LensOp.Rename("text", "label")), "id")))), "items keyed by id get a note")
                .build();
    }

    /** A GitHub-issue-like document: snake_case to camelCase, a label list to one label. */
    static DocumentType issue() {
        Type.ObjectType label = object(field("name", STRING), field("color", STRING), field("default", BOOLEAN));
        Type.ObjectType v1 = object(
                field("id", LONG),
                field("number", INT),
                field("title", STRING),
                field("body", nullable(STRING)),
                field("state", new Type.EnumType(List.of("open", "closed"))),
                field("user", object(field("login", STRING), field("id", LONG), field("site_admin", BOOLEAN))),
                field("labels", new Type.ArrayType(label)),
                field("comments", INT),
                field("created_at", STRING),
                field("locked", BOOLEAN),
                field("milestone", nullable(object(field("title", STRING), field("number", INT)))),
                field("reactions", new Type.MapType(INT)));
        return DocumentType.builder("GitHubIssue")
                .version(1, v1)
                .lens(1, 2, Lens.of(
                        new LensOp.Rename("created_at", "createdAt"),
                        new LensOp.In("user", List.of(new LensOp.Rename("site_admin", "siteAdmin"))),
                        new LensOp.Hoist("user", "login"),
                        new LensOp.In("labels", List.of(new LensOp.Map(List.of(
                                new LensOp.Rename("default", "isDefault"))))),
                        new LensOp.Head("labels"),
                        new LensOp.Rename("labels", "label"),
                        new LensOp.Remove("locked", BOOLEAN, BooleanNode.FALSE)),
                        "camelCase names, the author's login on top, one label")
                .build();
    }
}
