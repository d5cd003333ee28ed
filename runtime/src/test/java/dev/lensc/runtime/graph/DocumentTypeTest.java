package dev.lensc.runtime.graph;

import static dev.lensc.runtime.Json.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lensc.runtime.lens.Lens;
import dev.lensc.runtime.lens.LensException;
import dev.lensc.runtime.lens.LensOp;
import dev.lensc.runtime.lens.ValueMapping;
import dev.lensc.runtime.schema.Field;
import dev.lensc.runtime.schema.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {
    static final JsonNodeFactory N = JsonNodeFactory.instance;

    static final Type V1 = new Type.ObjectType(List.of(
            new Field("title", new Type.StringType()),
            new Field("isDone", new Type.BooleanType()),
            new Field("assignee", Type.nullable(new Type.StringType()), N.nullNode())));

    static final DocumentType TODO = DocumentType.builder("TodoItem")
            .version(1, V1)
            .lens(1, 2, Lens.of(new LensOp.Rename("isDone", "status"), new LensOp.Convert("status",
                    new Type.BooleanType(), new Type.EnumType(List.of("active", "done", "blocked")), List.of(
                    ValueMapping.both(N.booleanNode(true), N.textNode("done")),
                    ValueMapping.both(N.booleanNode(false), N.textNode("active")),
                    new ValueMapping(N.booleanNode(false), N.textNode("blocked"), ValueMapping.Direction.BACKWARD)),
                    null, null)), "done flag becomes a status")
            .lens(2, 3, Lens.of(new LensOp.Add("groupId", new Type.StringType(), N.textNode("inbox")),
                    new LensOp.Wrap("assignee"), new LensOp.Rename("assignee", "assignees")))
            .build();

    @Test
    void schemasOfLaterVersions_areDerivedThroughTheLenses() {
        Type.ObjectType v3 = (Type.ObjectType) TODO.schema(3).orElseThrow();
        assertEquals(List.of("title", "status", "assignees", "groupId"), v3.fieldNames());
        assertEquals(new Type.ArrayType(new Type.StringType()), v3.field("assignees").orElseThrow().type());
    }

    @Test
    void translate_upAndDownAcrossTwoLenses() {
        JsonNode v1 = json("{'title':'milk','isDone':true,'assignee':'ann'}");
        JsonNode v3 = TODO.translate(v1, 1, 3);
        assertEquals(json("{'title':'milk','status':'done','assignees':['ann'],'groupId':'inbox'}"), v3);
        assertEquals(v1, TODO.translate(v3, 3, 1));
    }

    @Test
    void translateDown_andBackUpOntoTheNewerDocument_losesNothing() {
        JsonNode v3 = json("{'title':'milk','status':'blocked','assignees':['ann','bob'],'groupId':'work'}");
        JsonNode v1 = TODO.translate(v3, 3, 1);
        assertEquals(json("{'title':'milk','isDone':false,'assignee':'ann'}"), v1);
        assertEquals(v3, TODO.translate(v1, 1, 3, v3));
        JsonNode edited = json("{'title':'oat milk','isDone':false,'assignee':'cy'}");
        assertEquals(json("{'title':'oat milk','status':'blocked','assignees':['cy','bob'],'groupId':'work'}"),
                TODO.translate(edited, 1, 3, v3));
    }

    @Test
    void pathsAreComposed_nMinusOneLenses() {
        assertEquals(2 + 3, TODO.path(1, 3).ops().size());
        assertEquals(TODO.path(1, 3).reverse(), TODO.path(3, 1));
        assertEquals(0, TODO.path(2, 2).ops().size());
    }

    @Test
    void unknownVersion_failsNamingTypeAndKnownVersions() {
        LensException e = assertThrows(LensException.class, () -> TODO.translate(json("{}"), 1, 7));
        assertTrue(e.getMessage().startsWith("TodoItem 1 -> 7: unknown version 7 of TodoItem; known versions: [1, 2, 3]"),
                e.getMessage());
    }

    @Test
    void documentNotFittingItsVersion_failsWithPointer() {
        LensException e = assertThrows(LensException.class,
                () -> TODO.translate(json("{'title':'x','isDone':'yes'}"), 1, 2));
        assertEquals("/isDone", e.pointer());
        assertEquals("TodoItem", e.documentType());
        assertTrue(e.getMessage().contains("does not fit TodoItem version 1: expected a boolean, found string"),
                e.getMessage());
    }

    @Test
    void unknownField_isReportedWithAHint() {
        LensException e = assertThrows(LensException.class,
                () -> TODO.translate(json("{'title':'x','isdone':true}"), 1, 2));
        assertTrue(e.getMessage().contains("did you mean 'isDone'?"), e.getMessage());
    }

    @Test
    void disconnectedVersions_failClearly() {
        DocumentType t = DocumentType.builder("T").version(1, V1).version(5, V1).build();
        LensException e = assertThrows(LensException.class, () -> t.translate(json("{'title':'x','isDone':true}"), 1, 5));
        assertTrue(e.getMessage().contains("no chain of lenses joins version 1 and version 5 of T"), e.getMessage());
    }

    @Test
    void versionGraph_findsTypesByName() {
        VersionGraph g = new VersionGraph().register(TODO);
        assertEquals(json("{'title':'a','status':'active'}"),
                g.translate("TodoItem", json("{'title':'a','isDone':false}"), 1, 2));
        LensException e = assertThrows(LensException.class, () -> g.type("Todo"));
        assertTrue(e.getMessage().contains("unknown document type 'Todo'"));
    }
}
