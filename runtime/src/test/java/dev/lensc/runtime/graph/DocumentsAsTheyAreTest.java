package dev.lensc.runtime.graph;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.lens.CustomLens;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.JsonSchemas;
import dev.lensc.runtime.schema.Type;
import dev.lensc.runtime.schema.Type.ObjectType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's documents from the field, through {@link DocumentType} (the interpreter path): sparse
 * documents, nulls, nullable hosts and roots; every translation fits its version or fails naming
 * the pointer, the versions and the op.
 */
class DocumentsAsTheyAreTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;
    static final Type STRING = new Type.StringType();
    static final Type BOOLEAN = new Type.BooleanType();

    /** The todo sample's model: assignee is optional (default null), isImportant too. */
    static final DocumentType TODO = DocumentType.builder("TodoItem")
            .version(1, new ObjectType(List.of(
                    new Field("title", STRING),
                    new Field("isDone", BOOLEAN),
                    new Field("isImportant", Type.nullable(BOOLEAN), N.nullNode()),
                    new Field("createdAt", STRING),
                    new Field("assignee", Type.nullable(STRING), N.nullNode()))))
            .lens(1, 2, Lens.of(new LensOp.Rename("isDone", "status"), new LensOp.Convert("status", BOOLEAN,
                    new Type.EnumType(List.of("active", "done", "blocked", "halted")), List.of(
                    ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                    ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                    new ValueMapping(N.booleanNode(false), N.textNode("blocked"), ValueMapping.Direction.BACKWARD),
                    new ValueMapping(N.booleanNode(false), N.textNode("halted"), ValueMapping.Direction.BACKWARD)),
                    null, null)))
            .lens(2, 3, Lens.of(new LensOp.Add("groupId", STRING, N.textNode("inbox")),
                    new LensOp.Wrap("assignee"), new LensOp.Rename("assignee", "assignees")))
            .build();

    // item 1

    @Test
    void item1_v1ItemWithoutAssignee_translatesToAValidV3Item_andBackDown() {
        JsonNode v1 = json("{'title':'t','isDone':false,'createdAt':'x'}");
        JsonNode v3 = TODO.translate(v1, 1, 3);
        assertEquals(json("{'title':'t','status':'active','createdAt':'x','groupId':'inbox'}"), v3);
        TODO.requireFits(3, v3);
        assertEquals(v1, TODO.translate(v3, 3, 1, v1));
        assertEquals(v1, TODO.translate(v3, 3, 1));
    }

    @Test
    void item1_wrapOfAnOptionalField_derivesAnOptionalArray_withTheDefaultWrapped() {
        Field assignees = ((ObjectType) TODO.schema(3).orElseThrow()).field("assignees").orElseThrow();
        assertEquals(new Field("assignees", new Type.ArrayType(STRING), json("[]")), assignees);
        assertTrue(assignees.optional());
        assertEquals(json("[]"), JsonSchemas.toJsonSchema(TODO.schema(3).orElseThrow()).at("/properties/assignees/default"));
    }

    @Test
    void item1_wrapConvertAndPlungeOfAnAbsentOptionalField_stayOptional() {
        ObjectType v1 = new ObjectType(List.of(
                Field.optional("a", STRING),
                new Field("b", BOOLEAN, N.booleanNode(true)),
                Field.optional("c", new Type.IntType()),
                new Field("host", new ObjectType(List.of()))));
        DocumentType t = DocumentType.builder("Sparse").version(1, v1)
                .lens(1, 2, Lens.of(new LensOp.Wrap("a"),
                        new LensOp.Convert("b", BOOLEAN, new Type.EnumType(List.of("yes", "no")), List.of(
                                ValueMapping.both(N.booleanNode(true), N.textNode("yes")),
                                ValueMapping.both(N.booleanNode(false), N.textNode("no"))), null, null),
                        new LensOp.Plunge("host", "c")))
                .build();
        assertEquals(new ObjectType(List.of(
                Field.optional("a", new Type.ArrayType(STRING)),
                new Field("b", new Type.EnumType(List.of("yes", "no")), N.textNode("yes")),
                new Field("host", new ObjectType(List.of(Field.optional("c", new Type.IntType())))))),
                t.schema(2).orElseThrow());
        assertEquals(json("{'host':{}}"), t.translate(json("{'host':{}}"), 1, 2));
        assertEquals(json("{'host':{}}"), t.translate(json("{'host':{}}"), 2, 1));
    }

    // item 2

    static final DocumentType TAGS = DocumentType.builder("Tags")
            .version(1, new ObjectType(List.of(new Field("tag", STRING))))
            .lens(1, 2, Lens.of(new LensOp.Wrap("tag")))
            .build();

    @Test
    void item2_nonNullableWrapGoingBackFromAnEmptyArray_isAnErrorNamingPointerVersionsAndOp() {
        LensException e = assertThrows(LensException.class, () -> TAGS.translate(json("{'tag':[]}"), 2, 1));
        assertEquals("/tag", e.pointer());
        assertEquals("head tag", e.op());
        assertEquals("2", e.fromVersion());
        assertEquals("1", e.toVersion());
        assertTrue(e.getMessage().startsWith("Tags 2 -> 1: at /tag: the translated document does not fit Tags version 1:"
                + " expected a string, found null"), e.getMessage());
    }

    @Test
    void item2_hoistGoingBackIntoANullHost_isAnErrorNamingTheHostsMissingField() {
        DocumentType t = DocumentType.builder("Hosted")
                .version(1, new ObjectType(List.of(new Field("meta", Type.nullable(new ObjectType(List.of(
                        new Field("id", new Type.IntType()), new Field("note", STRING))))))))
                .lens(1, 2, Lens.of(new LensOp.Hoist("meta", "note")))
                .build();
        assertEquals(json("{'meta':null,'note':null}"), t.translate(json("{'meta':null}"), 1, 2));
        LensException e = assertThrows(LensException.class, () -> t.translate(json("{'meta':null,'note':'x'}"), 2, 1));
        assertEquals("/meta/id", e.pointer());
        assertEquals("plunge note -> meta", e.op());
        assertTrue(e.getMessage().contains("missing field 'id'"), e.getMessage());
    }

    /** A custom lens that claims to keep the type but returns a number. */
    public static final class Miscount implements CustomLens {
        @Override
        public JsonNode forward(JsonNode value, JsonNode base) {
            return IntNode.valueOf(value.asText().length());
        }

        @Override
        public JsonNode backward(JsonNode value, JsonNode base) {
            return value;
        }
    }

    @Test
    void item2_customLensReturningTheWrongType_isAnErrorNamingTheLens() {
        DocumentType t = DocumentType.builder("Custom")
                .version(1, new ObjectType(List.of(new Field("title", STRING))))
                .lens(1, 2, Lens.of(new LensOp.Custom("title", "com.example.Miscount", new Miscount(), false)))
                .build();
        LensException e = assertThrows(LensException.class, () -> t.translate(json("{'title':'abc'}"), 1, 2));
        assertEquals("/title", e.pointer());
        assertEquals("custom title using com.example.Miscount", e.op());
        assertTrue(e.getMessage().contains("expected a string, found number 3"), e.getMessage());
    }

    @Test
    void requireFits_namesThePointerAndTheVersion_andPassesValidDocuments() {
        TODO.requireFits(1, json("{'title':'t','isDone':true,'createdAt':'x'}"));
        LensException e = assertThrows(LensException.class, () -> TODO.requireFits(3, json("{'title':'t'}")));
        assertEquals("/status", e.pointer());
        assertTrue(e.getMessage().contains("does not fit TodoItem version 3: missing field 'status'"), e.getMessage());
    }

    // item 4

    @Test
    void item4_convertWithADeclaredNonNullableTarget_staysNonNullableWhenTheTableMapsNull() {
        Type yesNoUnknown = new Type.EnumType(List.of("y", "n", "u"));
        LensOp.Convert c = new LensOp.Convert("b", Type.nullable(BOOLEAN), yesNoUnknown, List.of(
                ValueMapping.both(N.booleanNode(true), N.textNode("y")),
                ValueMapping.both(N.booleanNode(false), N.textNode("n")),
                ValueMapping.both(N.nullNode(), N.textNode("u"))), null, null);
        ObjectType v1 = new ObjectType(List.of(new Field("b", Type.nullable(BOOLEAN))));
        DocumentType t = DocumentType.builder("Answer").version(1, v1).lens(1, 2, Lens.of(c)).build();
        assertEquals(new ObjectType(List.of(new Field("b", yesNoUnknown))), t.schema(2).orElseThrow());
        assertEquals(json("{'b':'u'}"), t.translate(json("{'b':null}"), 1, 2));
        assertEquals(v1, Lens.of(c).reverse().targetType(t.schema(2).orElseThrow()), "and back: boolean? again");
        // without an entry for null, null passes through: then the target is nullable
        LensOp.Convert noNull = new LensOp.Convert("b", Type.nullable(BOOLEAN), yesNoUnknown, c.table().subList(0, 2), null, null);
        assertEquals(new ObjectType(List.of(new Field("b", Type.nullable(yesNoUnknown)))), Lens.of(noNull).targetType(v1));
    }

    // item 6

    /** Cambria's inferred schemas: the root and every object may be null. */
    static final DocumentType CAMBRIA = DocumentType.builder("Issue")
            .version(1, JsonSchemas.fromJsonSchema(json("{'type':['object','null'],'properties':{"
                    + "'url':{'type':'string'},'title':{'type':'string'},"
                    + "'user':{'type':['object','null'],'properties':{'login':{'type':'string'},'id':{'type':'number'}},"
                    + "'required':['login']}},'required':['url','title']}")))
            .lens(1, 2, Lens.of(new LensOp.Remove("url", STRING, N.textNode("")),
                    new LensOp.In("user", List.of(new LensOp.Rename("login", "name"))),
                    new LensOp.Hoist("user", "name")))
            .build();

    @Test
    void item6_opsRunOnNullableObjects_andANullDocumentOrHostReadsAsNull() {
        Type v2 = CAMBRIA.schema(2).orElseThrow();
        assertEquals(Type.nullable(new ObjectType(List.of(
                new Field("title", STRING),
                Field.optional("user", Type.nullable(new ObjectType(List.of(Field.optional("id", new Type.DoubleType()))))),
                Field.optional("name", Type.nullable(STRING))))), v2);
        assertEquals(json("{'title':'t','user':{'id':1},'name':'ann'}"),
                CAMBRIA.translate(json("{'url':'u','title':'t','user':{'login':'ann','id':1}}"), 1, 2));
        assertEquals(json("{'title':'t','user':null,'name':null}"),
                CAMBRIA.translate(json("{'url':'u','title':'t','user':null}"), 1, 2));
        assertEquals(json("{'title':'t'}"), CAMBRIA.translate(json("{'url':'u','title':'t'}"), 1, 2));
        assertTrue(CAMBRIA.translate(json("null"), 1, 2).isNull());
        assertTrue(CAMBRIA.translate(json("null"), 2, 1).isNull());
        assertEquals(json("{'url':'u','title':'t','user':{'login':'ann','id':1}}"), CAMBRIA.translate(
                json("{'title':'t','user':{'id':1},'name':'ann'}"), 2, 1, json("{'url':'u','title':'x','user':null}")));
    }

    @Test
    void item6_jsonSchemaRequired_comesFromPresence_notFromNullability() {
        JsonNode schema = JsonSchemas.toJsonSchema(CAMBRIA.schema(2).orElseThrow());
        assertEquals(json("['object','null']"), schema.get("type"));
        assertEquals(json("['title']"), schema.get("required"));
        assertEquals(json("[]"), schema.at("/properties/user/required"));
        assertEquals(CAMBRIA.schema(2).orElseThrow(), JsonSchemas.fromJsonSchema(schema));
    }

    // item 8

    @Test
    void item8_removeWithADefault_goingBackOntoABaseThatLackedTheField_leavesItAbsent() {
        DocumentType t = DocumentType.builder("Gone")
                .version(1, new ObjectType(List.of(new Field("keep", STRING), new Field("gone", STRING, N.textNode("dflt")))))
                .lens(1, 2, Lens.of(new LensOp.Remove("gone", STRING, N.textNode("dflt"))))
                .build();
        JsonNode a = json("{'keep':'k'}");
        assertEquals(a, t.translate(t.translate(a, 1, 2), 2, 1, a), "GetPut");
        assertEquals(json("{'keep':'k','gone':'dflt'}"), t.translate(json("{'keep':'k'}"), 2, 1), "created: the default");
        assertEquals(json("{'keep':'k','gone':'g'}"), t.translate(json("{'keep':'k'}"), 2, 1, json("{'keep':'x','gone':'g'}")));
    }

    @Test
    void addOntoABaseThatLacksTheField_leavesItAbsent_withoutABaseTheDefault() {
        JsonNode v3 = json("{'title':'t','status':'done','createdAt':'x'}");
        JsonNode v2 = TODO.translate(v3, 3, 2);
        assertEquals(v3, TODO.translate(v2, 2, 3, v3), "PutGet onto base keeps the absent groupId absent");
        assertEquals(json("{'title':'t','status':'done','createdAt':'x','groupId':'inbox'}"), TODO.translate(v2, 2, 3));
        assertNull(TODO.translate(v2, 2, 3, v3).get("groupId"));
    }
}
