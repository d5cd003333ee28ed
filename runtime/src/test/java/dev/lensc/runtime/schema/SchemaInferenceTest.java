package dev.lensc.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lensc.runtime.schema.Type.AnyType;
import dev.lensc.runtime.schema.Type.ArrayType;
import dev.lensc.runtime.schema.Type.BooleanType;
import dev.lensc.runtime.schema.Type.DoubleType;
import dev.lensc.runtime.schema.Type.IntType;
import dev.lensc.runtime.schema.Type.LongType;
import dev.lensc.runtime.schema.Type.ObjectType;
import dev.lensc.runtime.schema.Type.StringType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaInferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void arrayOfThreeStrings_hasStringItems() {
        assertEquals(new ArrayType(new StringType()), SchemaInference.infer(json("['a','b','c']")));
    }

    @Test
    void arrayOfThreeObjects_mergesTheirFields_andFieldsMissingFromSomeItemsBecomeOptional() {
        Type t = SchemaInference.infer(json("[{'id':1,'name':'a'},{'id':2,'name':'b'},{'id':3,'color':'red'}]"));
        assertEquals(new ArrayType(new ObjectType(List.of(
                new Field("id", new IntType()),
                Field.optional("name", new StringType()),
                Field.optional("color", new StringType())))), t);
    }

    @Test
    void absentAndNull_areInferredApart() {
        Type t = SchemaInference.infer(json("[{'a':1,'b':null},{'b':2},{'a':3,'b':4}]"));
        assertEquals(new ArrayType(new ObjectType(List.of(
                Field.optional("a", new IntType()),
                new Field("b", Type.nullable(new IntType()))))), t);
        assertFalse(SchemaValidator.fits(json("[{'a':null,'b':1}]"), t), "absent is not null");
        assertFalse(SchemaValidator.fits(json("[{'a':1}]"), t), "null is not absent");
    }

    @Test
    void nullsAndNumbers_unifyToNullableWidestNumber() {
        assertEquals(new ArrayType(Type.nullable(new DoubleType())), SchemaInference.infer(json("[1,null,2.5]")));
        assertEquals(new ArrayType(new LongType()), SchemaInference.infer(json("[1,10000000000]")));
    }

    @Test
    void emptyArray_nullAndMixedKinds_areAny() {
        assertEquals(new ArrayType(new AnyType()), SchemaInference.infer(json("[]")));
        assertEquals(new AnyType(), SchemaInference.infer(json("null")));
        assertEquals(new ArrayType(new AnyType()), SchemaInference.infer(json("['a',1]")));
    }

    @Test
    void nestedObjects_andArraysOfArrays_haveItemSchemas() {
        Type t = SchemaInference.infer(json("{'user':{'login':'x','admin':false},'grid':[[1],[2,3],[]]}"));
        assertEquals(new ObjectType(List.of(
                new Field("user", new ObjectType(List.of(new Field("login", new StringType()),
                        new Field("admin", new BooleanType())))),
                new Field("grid", new ArrayType(new ArrayType(new IntType()))))), t);
        JsonNode schema = JsonSchemas.toJsonSchema(t);
        assertEquals(json("{'type':'integer','format':'int32'}"), schema.at("/properties/grid/items/items"));
    }

    @Test
    void inferredType_acceptsTheDocumentItCameFrom() {
        JsonNode doc = json("{'a':[{'x':1},{'y':'z'},{'x':null}],'b':null,'c':[null,'s','t']}");
        assertTrue(SchemaValidator.fits(doc, SchemaInference.infer(doc)));
    }
}
